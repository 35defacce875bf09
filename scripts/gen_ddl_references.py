#!/usr/bin/env python3
"""Regenerate the stored DDL references from Python linkml 1.12.1's `gen-sqlddl`.

usage: scripts/gen_ddl_references.py [--sql-from DIR] [NAME ...]

For each schema (tests/schemas, biolink, meta, nmdc) and each dialect (sqlite, postgresql,
mysql), runs `gen-sqlddl --dialect D`, reads the DDL with tests/python/ddl_dump.py and writes
tests/reference/ddl/<NAME>.<D>.json. With --sql-from, DIR/<NAME>.<D>.sql is read instead of
running linkml, where it exists (gen-sqlddl takes 11 to 16 minutes per dialect on biolink).
Needs `pip install linkml==1.12.1` and the schema packages.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))

from ddl_dump import dump  # noqa: E402
from schemas import REFERENCE, all_schemas  # noqa: E402

DIALECTS = ["sqlite", "postgresql", "mysql"]


def gen_sqlddl():
    return shutil.which("gen-sqlddl") or str(Path(sys.executable).parent / "gen-sqlddl")


def linkml_ddl(schema, dialect, sql_from):
    if sql_from and (sql_from / f"{schema[0]}.{dialect}.sql").exists():
        return (sql_from / f"{schema[0]}.{dialect}.sql").read_text(), None
    result = subprocess.run([gen_sqlddl(), "--dialect", dialect, str(schema[1])], capture_output=True, text=True)
    if result.returncode:
        return None, (result.stderr.strip().splitlines() or ["no output"])[-1]
    return result.stdout, None


def main():
    args = sys.argv[1:]
    sql_from = None
    if args[:1] == ["--sql-from"]:
        sql_from, args = Path(args[1]), args[2:]
    out_dir = REFERENCE / "ddl"
    out_dir.mkdir(parents=True, exist_ok=True)
    for schema in all_schemas():
        if args and schema[0] not in args:
            continue
        for dialect in DIALECTS:
            print(f"{schema[0]} {dialect}", file=sys.stderr)
            ddl, failure = linkml_ddl(schema, dialect, sql_from)
            summary = {"linkml_failed": failure} if failure else dump(ddl)
            text = json.dumps(summary, indent=1, sort_keys=True) + "\n"
            (out_dir / f"{schema[0]}.{dialect}.json").write_text(text)


if __name__ == "__main__":
    main()
