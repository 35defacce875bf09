"""The schema's value constraints in the database (README, "Differences from linkml"): CHECKs
from minimum_value/maximum_value, equals_* and pattern, server defaults from ifabsent, and
string lengths from the max_length annotation. On SQLite, PostgreSQL and MariaDB, through the
DDL and through the models, a row that breaks a constraint is rejected and one that keeps it is
accepted; a row written without a column gets its default; `alembic check` is clean after
create_all; a revision adds and drops them and keeps every row. `--no-schema-constraints`
gives linkml's tables.
"""
import datetime
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from databases import set_alembic_url
from ddl_check import load_ddl
from test_alembic_revision import Project
from test_sqlmodel import assert_validation

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parents[1] / "tests" / "schemas" / "schema_constraints.yaml"
ALEMBIC = Path(sys.executable).parent / "alembic"
DIALECTS = ["sqlite", "postgresql", "mariadb"]
ALL = set(DIALECTS)
REGEXP = {"postgresql", "mariadb"}

GOOD = {
    "sample_id": "S-1",
    "depth_cm": 500,
    "ph": 7.5,
    "unit": "cm",
    "protocol_version": 2,
    "status": "final",
    "code": "AB-12",
    "title": "a sample here",
    "run": "aaa",
    "collected_on": datetime.date(2000, 1, 1),
    "label": "twelve chars",
}
# Each change to the good row, and the databases that reject it.
BAD = [
    ({"depth_cm": -1}, ALL),
    ({"depth_cm": 501}, ALL),
    ({"ph": 14.5}, ALL),
    ({"unit": "mm"}, ALL),
    ({"protocol_version": 3}, ALL),
    ({"status": "done"}, ALL),
    ({"collected_on": datetime.date(1999, 12, 31)}, ALL),
    ({"label": "thirteen char"}, ALL),
    ({"sample_id": "S" * 25}, ALL),
    # SQLite has no REGEXP; MariaDB's REGEXP ignores case unless told not to.
    ({"code": "ab-12"}, REGEXP),
    ({"code": "AB12"}, REGEXP),
    # `\bsample\b`: PostgreSQL's `\y`.
    ({"title": "samples"}, REGEXP),
    # A possessive quantifier: MariaDB's PCRE runs it, PostgreSQL's engine does not (warned).
    ({"run": "b"}, {"mariadb"}),
]
DEFAULTS = {
    "unit": "cm",
    "protocol_version": 2,
    "status": "draft",
    "collected_on": datetime.date(2024, 1, 31),
    "measured_at": datetime.datetime(2024, 1, 31, 10, 0),
    "verified": False,
    "weight_g": 1.5,
    "recorded_by": None,
}


def create(via, dialect, url, run_linkml, tmp_path):
    """The schema's tables on the database at `url`, from the DDL or from the models."""
    if via == "ddl":
        ddl = run_linkml("generate", "sqltables", "--dialect", "mysql" if dialect == "mariadb" else dialect,
                         SCHEMA, "-q").stdout
        load_ddl(ddl, url)
        return
    module = tmp_path / "models.py"
    run_linkml("generate", "sqla", "--sqla-style", "2", SCHEMA, "-q", "-o", module)
    code = f"from metadata_dump import load_module\nimport sqlalchemy as sa\n" \
           f"m = load_module({str(module)!r})\nm.Base.metadata.create_all(sa.create_engine({url!r}))\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stderr[-3000:]


def rejected(engine, table, row):
    try:
        with engine.begin() as connection:
            connection.execute(table.insert().values(row))
    except (sa.exc.IntegrityError, sa.exc.OperationalError, sa.exc.DataError):
        return True
    return False


@pytest.mark.parametrize("via", ["models", "ddl"])
@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_database_checks_rows_and_fills_defaults(dialect, via, run_linkml, tmp_path, fresh_database):
    url = fresh_database(dialect)
    create(via, dialect, url, run_linkml, tmp_path)
    engine = sa.create_engine(url)
    try:
        metadata = sa.MetaData()
        metadata.reflect(engine)
        sample, tags = metadata.tables["Sample"], metadata.tables["Sample_tags"]
        # Each row its own key, so that a row wrongly accepted does not fail the next one.
        wrongly = [(change, dialect in rejecting) for i, (change, rejecting) in enumerate(BAD)
                   if rejected(engine, sample, {**GOOD, "sample_id": f"B-{i}", **change}) != (dialect in rejecting)]
        assert wrongly == [], f"(change, should reject) the database got wrong: {wrongly}"
        assert not rejected(engine, sample, GOOD)
        assert not rejected(engine, sample, {"sample_id": "S-2"})
        with engine.connect() as connection:
            row = connection.execute(sa.select(sample).where(sample.c.sample_id == "S-2")).mappings().one()
        assert {k: row[k] for k in DEFAULTS} == DEFAULTS
        assert rejected(engine, tags, {"Sample_sample_id": "S-1", "tags": "UPPER"}) == (dialect in REGEXP)
        assert not rejected(engine, tags, {"Sample_sample_id": "S-1", "tags": "lower"})
    finally:
        engine.dispose()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_alembic_check_is_clean_after_create_all(dialect, run_linkml, tmp_path, fresh_database):
    url = fresh_database(dialect)
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "__init__.py").write_text("")
    for style, base in [("2", "sqlmodel")]:
        run_linkml("generate", "sqla", "--sqla-style", style, "--base", base, SCHEMA, "-q",
                   "-o", tmp_path / "models" / "samples.py")
    run_linkml("alembic", "init", tmp_path / "migrations", "--models", "models")
    set_alembic_url(tmp_path / "alembic.ini", url)
    code = "import sqlalchemy as sa, sys\nimport models.samples\nfrom sqlmodel import SQLModel\n" \
           "SQLModel.metadata.create_all(sa.create_engine(sys.argv[1]))\n"
    created = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, cwd=tmp_path)
    assert created.returncode == 0, created.stderr[-3000:]
    check = subprocess.run([str(ALEMBIC), "check"], capture_output=True, text=True, cwd=tmp_path)
    assert "No new upgrade operations detected" in check.stdout + check.stderr, check.stdout + check.stderr[-3000:]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_revision_adds_and_drops_checks_and_defaults_keeping_rows(dialect, run_linkml, tmp_path, request,
                                                                  fresh_database):
    project = Project(tmp_path / "project", run_linkml, fresh_database(dialect))
    request.addfinalizer(project.engine.dispose)
    project.revision("v0", "c1")
    project.use("c1")
    project.alembic("upgrade", "head")
    project.execute("INSERT INTO \"Sample\" (id, depth_cm, unit, code) VALUES ('s1', 5, NULL, 'AB')",
                    "INSERT INTO \"Sample\" (id, depth_cm, unit, code) VALUES ('s2', 7, 'mm', 'CD')")
    revision = project.revision("c1", "c2")
    assert "the table must be empty" not in revision
    project.alembic("upgrade", "head")
    project.check_clean("c2")
    rows = "SELECT id, depth_cm, unit, code, verified FROM \"Sample\" ORDER BY id"
    assert [tuple(r) for r in project.rows(rows)] == [("s1", 5, None, "AB", False), ("s2", 7, "mm", "CD", False)]
    project.execute("INSERT INTO \"Sample\" (id) VALUES ('s3')")
    assert [tuple(r) for r in project.rows("SELECT unit, verified FROM \"Sample\" WHERE id = 's3'")] == [("cm", False)]
    with pytest.raises(sa.exc.DBAPIError):
        project.execute("INSERT INTO \"Sample\" (id, depth_cm) VALUES ('s4', -1)")
    project.alembic("downgrade", "-1")
    project.matches("c1")
    assert len(project.rows(rows.replace(", verified", ""))) == 3
    project.execute("INSERT INTO \"Sample\" (id, depth_cm, code) VALUES ('s4', -1, 'lower case, longer than 12')")
    project.alembic("downgrade", "base")


def test_sqlmodel_validates_lengths_and_fills_defaults(run_linkml, tmp_path):
    module = tmp_path / "samples.py"
    run_linkml("generate", "sqlmodel", SCHEMA, "-q", "-o", module)
    good = {"sample_id": "S-1", "verified": True}
    defaults = 'assert (row.unit, row.status, row.protocol_version, row.weight_g) == ("cm", "draft", 2, 1.5)'
    assert_validation(module, "Sample", good, [{"sample_id": "S" * 25}, {"label": "thirteen char"}], defaults)


def test_positioned_warning_and_note_and_linkml_parity_switch(run_linkml):
    result = run_linkml("generate", "sqltables", "--dialect", "postgresql", SCHEMA)
    assert "schema_constraints.yaml:62:18: the pattern is not checked on PostgreSQL" in result.stderr
    assert "note: " in result.stderr and "`ifabsent: bnode` is computed by linkml's Python classes" in result.stderr
    assert "0 error(s), 1 warning(s)" in result.stderr
    plain = run_linkml("generate", "sqltables", "--dialect", "postgresql", "--no-schema-constraints", SCHEMA)
    assert plain.stderr == ""
    assert "CHECK" not in plain.stdout and "DEFAULT" not in plain.stdout and "VARCHAR(24)" not in plain.stdout
    models = run_linkml("generate", "sqla", "--sqla-style", "2", "--no-schema-constraints", SCHEMA).stdout
    assert "CheckConstraint" not in models and "server_default" not in models and "String(24)" not in models
