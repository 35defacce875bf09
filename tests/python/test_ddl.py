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

from test_sqla import GENERATED

HERE = Path(__file__).resolve().parent
DIALECTS = ["sqlite", "postgresql", "mariadb"]
# (sqla style, sqltables flags) that must describe the same database.
PAIRS = [("1", []), ("2", ["--rename-foreign-keys"])]


@pytest.fixture(scope="session")
def ddl(run_linkml, tmp_path_factory):
    """ddl(schema, dialect, *flags) -> path of the DDL `linkml generate sqltables` wrote."""
    return cached_outputs(run_linkml, tmp_path_factory.mktemp("ddl"), "sqltables", "--dialect", ".sql")


def ddl_check(ddl_path, module, url):
    args = [sys.executable, str(HERE / "ddl_check.py"), str(ddl_path), str(module), url]
    result = subprocess.run(args, capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("style,flags", PAIRS, ids=["style1", "style2-renamed"])
@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("name,schema", GENERATED, ids=[c[0] for c in GENERATED])
def test_loads_takes_rows_and_matches_the_models(name, schema, dialect, style, flags, ddl, generated, fresh_database):
    sql = ddl(schema, dialect, *flags)
    module = generated(schema, style)
    report = ddl_check(sql, module, fresh_database(dialect))
    assert report["differences"] == []
    assert report["inserted"] > 0 or report["skipped"] > 0
