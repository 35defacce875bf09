#!/usr/bin/env python3
"""Import a generated module under real SQLAlchemy, configure its mappers, create its tables
on a database, and drop them again. Prints a JSON report; exits 1 on the first failure.

usage: check_module.py MODULE.py [URL]   (URL defaults to in-memory SQLite)
"""
import json
import sys

import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers

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
            metadata.create_all(engine)
        report["tables"] = len(sa.inspect(engine).get_table_names())
        stage = "drop_all"
        for metadata in metadatas:
            metadata.drop_all(engine)
        engine.dispose()
    except Exception as error:  # reported to the test, which fails with it
        report["failed"] = stage
        report["error"] = f"{type(error).__name__}: {str(error)[:2000]}"
        print(json.dumps(report))
        sys.exit(1)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
