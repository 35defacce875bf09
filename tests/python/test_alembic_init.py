"""`linkml alembic init`: an Alembic environment for generated models next to the project's own
SQLModel models. Autogenerate sees every table of both, upgrade creates them, and
`alembic check` is clean afterwards, on SQLite, PostgreSQL and MariaDB; run from another
directory than the project's.
"""
import subprocess
import sys
from pathlib import Path

import pytest

from databases import set_alembic_url

SCHEMA = Path(__file__).resolve().parents[2] / "examples" / "library.yaml"
ALEMBIC = Path(sys.executable).parent / "alembic"
APP_MODELS = '''
from sqlmodel import Field, SQLModel


class Shelf(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    label: str
    book_id: str = Field(foreign_key="book.id")
'''


def project(tmp_path, run_linkml, generator=("sqla", "--sqla-style", "2", "--base", "sqlmodel"), app_models=APP_MODELS):
    """A project with the example's generated module and its own `app/models.py`, and the
    Alembic environment `linkml alembic init` writes for both; returns its alembic.ini."""
    generated = tmp_path / "schemas" / "generated"
    generated.mkdir(parents=True)
    (tmp_path / "app").mkdir()
    for package in (tmp_path / "schemas", generated, tmp_path / "app"):
        (package / "__init__.py").write_text("")
    (tmp_path / "app" / "models.py").write_text(app_models)
    run_linkml("generate", *generator, SCHEMA, "-o", generated / "library.py")
    run_linkml("alembic", "init", tmp_path / "migrations", "--models", "schemas.generated", "--models", "app.models")
    return tmp_path / "alembic.ini"


def alembic(ini, *args, cwd):
    result = subprocess.run([str(ALEMBIC), "-c", str(ini), *args], capture_output=True, text=True, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    return result.stdout + result.stderr


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mariadb"])
def test_autogenerate_upgrade_and_check(dialect, run_linkml, tmp_path, fresh_database):
    ini = project(tmp_path / "project", run_linkml)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if dialect != "sqlite":
        set_alembic_url(ini, fresh_database(dialect))
    migrate_and_check(ini, elsewhere)
    alembic(ini, "downgrade", "base", cwd=elsewhere)


def migrate_and_check(ini, cwd):
    """Autogenerate the first revision (it creates every table of both packages), upgrade, and
    check that nothing is left to migrate."""
    alembic(ini, "revision", "--autogenerate", "-m", "create tables", cwd=cwd)
    revision = next((ini.parent / "migrations" / "versions").glob("*create_tables.py")).read_text()
    for table in ("shelf", "book", "author", "book_authors"):
        assert f"op.create_table('{table}'" in revision, table
    alembic(ini, "upgrade", "head", cwd=cwd)
    assert "No new upgrade operations detected" in alembic(ini, "check", cwd=cwd)


def test_existing_environment_is_not_overwritten(run_linkml, tmp_path):
    ini = project(tmp_path, run_linkml)
    before = ini.read_text()
    again = run_linkml("alembic", "init", tmp_path / "migrations", "--models", "x", check=False)
    assert again.returncode == 1 and "--print" in again.stderr and ini.read_text() == before
    block = run_linkml("alembic", "init", tmp_path / "migrations", "--models", "x", "--print").stdout
    assert 'MODEL_PACKAGES = ["x"]' in block and "def include_object" in block
    compile(block, "block", "exec")
    forced = run_linkml("alembic", "init", tmp_path / "migrations", "--models", "x", "--force")
    assert forced.returncode == 0 and 'MODEL_PACKAGES = ["x"]' in (tmp_path / "migrations" / "env.py").read_text()
