"""`linkml generate sqltables`: DDL that loads into real SQLite, PostgreSQL and MariaDB, takes a
row in every table without a required foreign key, and matches our own SQLAlchemy models
exactly (Alembic's compare_metadata finds nothing): style 1 against the default DDL, style 2
against the DDL with --rename-foreign-keys.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cached_outputs

from schemas import LARGEST
from test_sqla import GENERATED

HERE = Path(__file__).resolve().parent
DIALECTS = ["sqlite", "postgresql", "mariadb"]
# (sqla style, sqltables flags) that must describe the same database.
PAIRS = {"style1": ("1", []), "style2-renamed": ("2", ["--rename-foreign-keys"])}
# The largest schema on the servers, one pair each (see schemas.LARGEST).
LARGEST_ON = {("postgresql", "style2-renamed"), ("mariadb", "style1")}
CASES = [
    (name, schema, dialect, pair)
    for name, schema in GENERATED
    for dialect in DIALECTS
    for pair in PAIRS
    if name != LARGEST or (dialect, pair) in LARGEST_ON
]


@pytest.fixture(scope="session")
def ddl(run_linkml, tmp_path_factory):
    """ddl(schema, dialect, *flags) -> path of the DDL `linkml generate sqltables` wrote."""
    return cached_outputs(run_linkml, tmp_path_factory.mktemp("ddl"), "sqltables", "--dialect", ".sql")


def ddl_check(ddl_path, module, url):
    args = [sys.executable, str(HERE / "ddl_check.py"), str(ddl_path), str(module), url]
    result = subprocess.run(args, capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("name,schema,dialect,pair", CASES, ids=["-".join((c[0], c[2], c[3])) for c in CASES])
def test_loads_takes_rows_and_matches_the_models(name, schema, dialect, pair, ddl, generated, fresh_database):
    style, flags = PAIRS[pair]
    sql = ddl(schema, dialect, *flags)
    module = generated(schema, style)
    report = ddl_check(sql, module, fresh_database(dialect))
    assert report["differences"] == []
    assert report["inserted"] > 0 or report["skipped"] > 0
