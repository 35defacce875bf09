"""`linkml generate sqla --no-mergeimports`: one module per schema file, in one package, sharing
one Base. Each file generates on its own, with the columns its inlined lists need in imported
tables; `-o DIR/` writes the whole import closure with the same texts. The modules together
give exactly the tables of the merged generation, configure their mappers, pass ruff (and mypy
--strict in style 2), migrate under Alembic and round-trip rows on SQLite, PostgreSQL and
MariaDB.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from databases import set_alembic_url
from metadata_dump import dump
from schemas import MULTI_FILE, packaged_schema
from test_sqla_style import tool

TESTS = Path(__file__).resolve().parent
EXAMPLE = TESTS.parents[1] / "examples" / "alembic-sqlmodel" / "schemas"
MODULAR = TESTS.parent / "schemas" / "modular"
MODULAR_ROOT = MODULAR / "src" / "schema" / "study.yaml"
# Every file of the modular test schema: a base file inlined as lists from two folders away by
# two files, which the root imports (a diamond, and a three-level chain).
MODULAR_FILES = ["common/v1/base", "src/schema/clinical", "src/schema/acquisition", "src/schema/study"]
ALEMBIC = Path(sys.executable).parent / "alembic"
PROJECT_BASES = {
    "1": "from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n",
    "2": "from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n",
}


def package_tables(folder, package, create=None):
    """The tables of the package's one MetaData, after importing every module and configuring
    the mappers (in a fresh interpreter: SQLModel's registry is global)."""
    command = [sys.executable, str(TESTS / "package_check.py"), str(folder), package]
    if create:
        command += ["--create", create]
    result = subprocess.run(command, capture_output=True, text=True, cwd=folder)
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


def merged_tables(run_linkml, schema, style, folder):
    module = folder / f"merged_{style}.py"
    run_linkml("generate", "sqla", "--sqla-style", style, schema, "-o", module)
    return dump(module)["tables"]


def base_arguments(base, style, folder):
    if base != "project":
        return ["--base", base]
    (folder / "myapp").mkdir()
    (folder / "myapp" / "__init__.py").write_text("")
    (folder / "myapp" / "db.py").write_text(PROJECT_BASES[style])
    return ["--base", "myapp.db:Base"]


def lint(folder, package, style, mypy_cache):
    tool("ruff", "check", "--isolated", "--no-cache", package, cwd=folder)
    tool("ruff", "format", "--isolated", "--no-cache", "--check", package, cwd=folder)
    if style == "2":
        tool("mypy", "--strict", "--cache-dir", mypy_cache, "-p", package, cwd=folder)


@pytest.mark.parametrize("base", ["own", "sqlmodel", "project"])
@pytest.mark.parametrize("style", ["1", "2"])
def test_modular_package_is_the_merged_model(style, base, run_linkml, tmp_path, mypy_cache):
    flags = ["--sqla-style", style, *base_arguments(base, style, tmp_path), "--no-mergeimports"]
    run_linkml("generate", "sqla", *flags, MODULAR_ROOT, "-o", f"{tmp_path / 'gen'}/")
    for name in MODULAR_FILES:
        alone = tmp_path / "alone" / f"{name}.py"
        run_linkml("generate", "sqla", *flags, MODULAR / f"{name}.yaml", "-o", alone)
        assert alone.read_text() == (tmp_path / "gen" / f"{name}.py").read_text(), name
    assert (tmp_path / "gen" / "_base.py").exists() == (base == "own")
    assert package_tables(tmp_path, "gen") == merged_tables(run_linkml, MODULAR_ROOT, style, tmp_path)
    lint(tmp_path, "gen", style, mypy_cache)


@pytest.mark.parametrize("name", MULTI_FILE)
def test_real_multi_file_schema_package_is_the_merged_model(name, run_linkml, tmp_path, mypy_cache):
    schema = packaged_schema(name, MULTI_FILE)
    run_linkml("generate", "sqla", "--sqla-style", "2", "--base", "sqlmodel", "--no-mergeimports",
               schema, "-o", f"{tmp_path / 'gen'}/")
    modules = sorted(p.name for p in (tmp_path / "gen").glob("*.py"))
    assert len(modules) > 3, modules
    assert package_tables(tmp_path, "gen") == merged_tables(run_linkml, schema, "2", tmp_path)
    lint(tmp_path, "gen", "1", mypy_cache)  # mypy --strict on meta's 500 tables takes minutes; style 2 is checked above


ROUND_TRIP = '''
import sys
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, configure_mappers
from gen.common.v1.base import File, OntologyClass, Software
from gen.src.schema.acquisition import InstanceAcquisition
from gen.src.schema.clinical import Cohort, PhenotypicFeature
from gen.src.schema.study import ImagingAcquisition, Study

configure_mappers()
engine = create_engine(sys.argv[1])
with Session(engine) as session:
    session.add(OntologyClass(id="HP:1", label="severe"))
    session.add(Study(
        id="s1", title="Study one", keywords=["k1", "k2"],
        cohorts=[Cohort(id="c1", files=[File(id="f1", path="/a")],
                        features=[PhenotypicFeature(id="p1")])],
        acquisitions=[InstanceAcquisition(uid="a1", modality_id="HP:1",
                                          used_software=[Software(name="fiji", version="2")],
                                          files=[File(id="f2", path="/b")])],
    ))
    session.add(ImagingAcquisition(uid="i1", resolution=0.5, used_software=[Software(name="napari")]))
    session.commit()
with Session(engine) as session:
    study = session.get(Study, "s1")
    assert sorted(study.keywords) == ["k1", "k2"]
    assert [f.path for f in study.cohorts[0].files] == ["/a"]
    assert [p.id for p in study.cohorts[0].features] == ["p1"]
    acquisition = study.acquisitions[0]
    assert [(s.name, s.version) for s in acquisition.used_software] == [("fiji", "2")]
    assert [f.id for f in acquisition.files] == ["f2"]
    assert [s.name for s in session.get(ImagingAcquisition, "i1").used_software] == ["napari"]
    assert session.scalars(select(Software.name).where(Software.InstanceAcquisition_uid == "a1")).all() == ["fiji"]
engine.dispose()
print("round trip ok")
'''


def alembic(ini, *args):
    result = subprocess.run([str(ALEMBIC), "-c", str(ini), *args], capture_output=True, text=True, cwd=ini.parent)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    return result.stdout + result.stderr


def migrate_package(run_linkml, project, url):
    """linkml alembic init, then autogenerate, upgrade and a clean check; returns the ini."""
    run_linkml("alembic", "init", project / "migrations", "--models", "gen")
    ini = project / "alembic.ini"
    set_alembic_url(ini, url)
    alembic(ini, "revision", "--autogenerate", "-m", "create tables")
    alembic(ini, "upgrade", "head")
    assert "No new upgrade operations detected" in alembic(ini, "check")
    return ini


def database_url(dialect, project, fresh_database):
    return f"sqlite:///{project / 'app.db'}" if dialect == "sqlite" else fresh_database(dialect)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mariadb"])
def test_modular_package_migrates_and_round_trips(dialect, run_linkml, tmp_path, fresh_database):
    project = tmp_path / "project"
    run_linkml("generate", "sqla", "--sqla-style", "2", "--base", "sqlmodel", "--no-mergeimports",
               MODULAR_ROOT, "-o", f"{project / 'gen'}/")
    url = database_url(dialect, project, fresh_database)
    ini = migrate_package(run_linkml, project, url)
    engine = sa.create_engine(url)
    tables = set(sa.inspect(engine).get_table_names())
    assert {"Software", "File", "Study", "ImagingAcquisition", "phenotypic_feature"} <= tables, tables
    assert {"InstanceAcquisition_uid", "ImagingAcquisition_uid"} <= {
        c["name"] for c in sa.inspect(engine).get_columns("Software")}
    engine.dispose()
    result = subprocess.run([sys.executable, "-c", ROUND_TRIP, url], capture_output=True, text=True, cwd=project)
    assert result.returncode == 0 and "round trip ok" in result.stdout, result.stderr[-4000:]
    alembic(ini, "downgrade", "base")
    engine = sa.create_engine(url)
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


# meta's foreign keys form cycles, which Alembic's autogenerated create_table cannot order on
# PostgreSQL and MariaDB (the merged module fails the same way); SQLite checks them at write time.
REAL_MIGRATIONS = [("asb", "sqlite"), ("asb", "postgresql"), ("asb", "mariadb"), ("meta", "sqlite")]


@pytest.mark.parametrize("name,dialect", REAL_MIGRATIONS)
def test_real_multi_file_package_migrates(name, dialect, run_linkml, tmp_path, fresh_database):
    project = tmp_path / "project"
    run_linkml("generate", "sqla", "--sqla-style", "2", "--base", "sqlmodel", "--no-mergeimports",
               packaged_schema(name, MULTI_FILE), "-o", f"{project / 'gen'}/")
    ini = migrate_package(run_linkml, project, database_url(dialect, project, fresh_database))
    alembic(ini, "downgrade", "base")


def test_check_reports_each_stale_module_of_a_package(run_linkml, tmp_path):
    out = f"{tmp_path / 'gen'}/"
    run_linkml("generate", "sqla", "--no-mergeimports", MODULAR_ROOT, "-o", out)
    assert run_linkml("generate", "sqla", "--no-mergeimports", MODULAR_ROOT, "-o", out, "--check").returncode == 0
    stale = tmp_path / "gen" / "src" / "schema" / "clinical.py"
    stale.write_text(stale.read_text().replace("class Cohort", "class Cohorts"))
    (tmp_path / "gen" / "common" / "v1" / "__init__.py").unlink()
    result = run_linkml("generate", "sqla", "--no-mergeimports", MODULAR_ROOT, "-o", out, "--check", check=False)
    assert result.returncode == 1, result.stderr
    assert "+class Cohort(Base):" in result.stdout and "clinical.py is stale" in result.stderr
    assert "common/v1/__init__.py is stale" in result.stderr


def test_a_file_that_is_not_a_schema_on_its_own_writes_nothing(run_linkml, tmp_path):
    for name in MODULAR_FILES:
        text = (MODULAR / f"{name}.yaml").read_text()
        if name.endswith("clinical"):
            text = text.replace("  - ../../common/v1/base\n", "")
        (tmp_path / "schemas" / f"{name}.yaml").parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "schemas" / f"{name}.yaml").write_text(text)
    out = tmp_path / "gen"
    result = run_linkml("generate", "sqla", "--no-mergeimports", tmp_path / "schemas" / "src/schema/study.yaml",
                        "-o", f"{out}/", check=False)
    assert result.returncode == 1, result.stderr
    assert "clinical.yaml:" in result.stderr and "OntologyClass" in result.stderr, result.stderr
    assert not out.exists()


def test_a_table_defined_twice_or_a_missing_base_file_is_refused(run_linkml, tmp_path):
    (tmp_path / "core.yaml").write_text((EXAMPLE / "core.yaml").read_text())
    twice = (EXAMPLE / "library.yaml").read_text().replace("classes:\n", "classes:\n  Person:\n    attributes:\n      x:\n", 1)
    (tmp_path / "library.yaml").write_text(twice)
    result = run_linkml("generate", "sqla", "--no-mergeimports", "--base", "sqlmodel", tmp_path / "library.yaml", check=False)
    assert result.returncode == 1 and "defined both here and in `core`" in result.stderr, result.stderr
    result = run_linkml("generate", "sqla", "--no-mergeimports", EXAMPLE / "library.yaml", check=False)
    assert result.returncode == 2 and "needs -o FILE" in result.stderr, result.stderr
    result = run_linkml("generate", "sqla", EXAMPLE / "library.yaml", "-o", f"{tmp_path}/", check=False)
    assert result.returncode == 2 and "needs --no-mergeimports" in result.stderr, result.stderr


def test_a_class_that_two_files_define_is_refused_for_a_package(run_linkml, tmp_path):
    """Two files that do not import each other both define `Shared` (nwb-models' language files
    do this): generated alone each is fine, but one package would define the table twice."""
    header = "id: https://example.org/{0}\nname: {0}\nimports: [linkml:types{1}]\n"
    shared = "classes:\n  Shared:\n    attributes:\n      id:\n        identifier: true\n"
    (tmp_path / "a.yaml").write_text(header.format("a", "") + shared)
    (tmp_path / "b.yaml").write_text(header.format("b", "") + shared)
    (tmp_path / "root.yaml").write_text(header.format("root", ", a, b"))
    result = run_linkml("generate", "sqla", "--no-mergeimports", tmp_path / "root.yaml", "-o", f"{tmp_path / 'gen'}/",
                        check=False)
    assert result.returncode == 1, result.stderr
    assert "b.yaml:5:3: class `Shared` is defined here and in" in result.stderr, result.stderr
    assert not (tmp_path / "gen").exists()
    assert run_linkml("generate", "sqla", "--no-mergeimports", "--base", "sqlmodel", tmp_path / "a.yaml").returncode == 0
