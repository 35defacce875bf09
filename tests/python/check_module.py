#!/usr/bin/env python3
"""Import a generated module under real SQLAlchemy, configure its mappers and create its tables
on a database (a fresh one, which the caller drops). Prints a JSON report; exits 1 on the
first failure.

usage: check_module.py MODULE.py [URL]   (URL defaults to in-memory SQLite)
"""
import json
import sys

import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
from sqlalchemy.schema import AddConstraint, CreateTable

# PostgreSQL holds a lock per table and constraint until a transaction ends; biolink-model's
# 4,000 tables exceed the default lock table in one create_all, so large schemas are created in
# batches: enum types, then tables without foreign keys, then the foreign keys.
BATCH_THRESHOLD = 1000
BATCH = 200


def batches(items):
    return [items[i : i + BATCH] for i in range(0, len(items), BATCH)]


def create_in_batches(metadata, engine):
    tables = list(metadata.sorted_tables)
    enums = {}
    for table in tables:
        for column in table.columns:
            impl = column.type.dialect_impl(engine.dialect)
            if isinstance(impl, sa.Enum) and impl.name:
                enums.setdefault(impl.name, impl)
    with engine.begin() as connection:
        for enum in enums.values():
            enum.create(connection, checkfirst=True)
    for chunk in batches(tables):
        with engine.begin() as connection:
            for table in chunk:
                connection.execute(CreateTable(table, include_foreign_key_constraints=[]))
    constraints = [fk for table in tables for fk in table.foreign_key_constraints]
    for chunk in batches(constraints):
        with engine.begin() as connection:
            for constraint in chunk:
                connection.execute(AddConstraint(constraint))


def create(metadata, engine):
    if engine.dialect.name == "postgresql" and len(metadata.tables) > BATCH_THRESHOLD:
        create_in_batches(metadata, engine)
    else:
        # The database is new: no existence checks, which MariaDB answers slowly (a minute and
        # more for biolink-model's 4,142 tables).
        metadata.create_all(engine, checkfirst=False)

from metadata_dump import load_module, metadata_objects


def main():
    path, url = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "sqlite://")
    report = {"module": path, "url": url.split("@")[-1]}
    stage = "import"
    try:
        module = load_module(path)
        stage = "configure_mappers"
        configure_mappers()
        stage = "create_all"
        engine = sa.create_engine(url)
        metadatas = metadata_objects(module)
        for metadata in metadatas:
            create(metadata, engine)
        report["tables"] = len(sa.inspect(engine).get_table_names())
        engine.dispose()
    except Exception as error:  # reported to the test, which fails with it
        report["failed"] = stage
        report["error"] = f"{type(error).__name__}: {str(error)[:2000]}"
        print(json.dumps(report))
        sys.exit(1)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
