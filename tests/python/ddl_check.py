#!/usr/bin/env python3
"""Load DDL from `linkml generate sqltables` into a real database, insert a row into every table
without a required foreign key, then compare the database with the generated SQLAlchemy models
using Alembic's compare_metadata. Prints a JSON report; exits 1 when something fails or differs.

usage: ddl_check.py DDL.sql MODULE.py URL
"""
import datetime
import decimal
import json
import sqlite3
import sys

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ddl_dump import statements
from metadata_dump import load_module


def load_ddl(ddl, url):
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        connection.executescript(ddl)
        connection.close()
        return
    # One statement per transaction: PostgreSQL locks every table created in a transaction,
    # and biolink-model's thousands of tables exceed its lock table in one.
    # The driver's own cursor, without parameters: the DDL is plain SQL, where `%` is a `%`.
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        cursor = connection.connection.cursor()
        for statement in statements(ddl):
            cursor.execute(statement)
        cursor.close()
    engine.dispose()


SAMPLES = [
    (sa.Enum, lambda t: t.enums[0]),
    (sa.Boolean, lambda t: True),
    (sa.Integer, lambda t: 7),
    (sa.Float, lambda t: 1.5),
    (sa.Numeric, lambda t: decimal.Decimal("2.5")),
    (sa.DateTime, lambda t: datetime.datetime(2024, 5, 6, 7, 8, 9)),
    (sa.Date, lambda t: datetime.date(2024, 5, 6)),
    (sa.Time, lambda t: datetime.time(7, 8, 9)),
    (sa.String, lambda t: "x"),
]


def sample(column_type):
    return next(make(column_type) for kind, make in SAMPLES if isinstance(column_type, kind))


def column_checks(table, column):
    """The (operator, value) of the schema's CHECKs on `column` (`column("x") >= 0`, ...)."""
    found = []
    for constraint in table.constraints:
        expression = getattr(constraint, "sqltext", None)
        if type(expression).__name__ == "_Matches" and expression.column.name == column.name:
            found.append(("regexp_match_op", None))
            continue
        left = getattr(expression, "left", None)
        if isinstance(constraint, sa.CheckConstraint) and getattr(left, "name", None) == column.name:
            right = expression.right
            value = getattr(right, "value", None)
            if value is None and hasattr(right, "clauses"):
                value = [c.value for c in right.clauses]
            found.append((expression.operator.__name__, value))
    return found


def satisfying(table, column, value):
    """`value` moved into the column's CHECKs, or None where no sample satisfies them (a
    pattern, or bounds that exclude each other)."""
    for operator, bound in column_checks(table, column):
        if operator in ("eq", "in_op"):
            value = bound[0] if isinstance(bound, list) else bound
    for operator, bound in column_checks(table, column):
        if operator == "ge" and value < bound or operator == "le" and value > bound:
            value = bound
    for operator, bound in column_checks(table, column):
        if (operator, bound) in (("ge", None), ("le", None)) or operator == "regexp_match_op":
            return None
        if operator == "ge" and value < bound or operator == "le" and value > bound:
            return None
    return value


def row_for(table):
    """Values for the columns a row needs (a server default fills its column), or None when it
    needs a foreign key or no sample value keeps the schema's CHECKs."""
    row = {}
    for column in table.columns:
        if column is table.autoincrement_column or column.server_default is not None:
            continue
        if column.nullable and not column.primary_key:
            continue
        if column.foreign_keys:
            return None
        value = satisfying(table, column, sample(column.type))
        if value is None:
            return None
        row[column.name] = value
    return row


def insert_rows(metadata, url):
    engine = sa.create_engine(url)
    inserted = skipped = 0
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            row = row_for(table)
            if row is None:
                skipped += 1
                continue
            connection.execute(table.insert().values(row))
            inserted += 1
    engine.dispose()
    return inserted, skipped


def created_here(obj, type_, dialect):
    """Skip foreign keys whose `ddl_if` leaves them out on this database (MariaDB's limits)."""
    condition = getattr(obj, "_ddl_if", None)
    if type_ != "foreign_key_constraint" or condition is None or condition.callable_ is None:
        return True
    return condition.callable_(ddl=None, target=obj, bind=None, dialect=dialect, state=None)


def differences(metadata, url):
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: reflected
                or created_here(obj, type_, connection.dialect),
            },
        )
        diffs = compare_metadata(context, metadata)
    engine.dispose()
    return [str(d)[:500] for d in diffs]


def main():
    ddl_path, module_path, url = sys.argv[1:4]
    report = {"url": url.split("@")[-1]}
    stage = "load"
    try:
        with open(ddl_path) as handle:
            load_ddl(handle.read(), url)
        stage = "import"
        metadata = load_module(module_path).metadata
        stage = "insert"
        report["inserted"], report["skipped"] = insert_rows(metadata, url)
        stage = "compare"
        report["differences"] = differences(metadata, url)
    except Exception as error:  # reported to the test, which fails with it
        report["failed"] = stage
        report["error"] = f"{type(error).__name__}: {str(error)[:2000]}"
    print(json.dumps(report))
    sys.exit(1 if report.get("failed") or report.get("differences") else 0)


if __name__ == "__main__":
    main()
