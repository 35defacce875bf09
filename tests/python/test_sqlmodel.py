"""`linkml generate sqlmodel`: SQLModel table models with exactly style 2's MetaData, that
import, configure and create their tables on SQLite, PostgreSQL and MariaDB, validate rows with
pydantic, lint clean, serve a FastAPI app, and migrate under Alembic beside a hand-written
SQLModel class. Every project schema and the real-schema corpus."""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import cached_outputs
from databases import set_alembic_url
from metadata_dump import dump
from schemas import CORPUS_ON_SERVERS, LARGEST, corpus_schemas
from test_alembic_init import migrate_and_check, project
from test_sqla import GENERATED, check_module
from test_sqla_style import tool

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
EXAMPLE = ROOT / "examples" / "library.yaml"
CASES = GENERATED + corpus_schemas()
IDS = [name for name, _ in CASES]
# The servers get the project's schemas and a representative part of the corpus.
SERVER_CASES = [(n, p) for n, p in CASES if n in CORPUS_ON_SERVERS or p.is_relative_to(ROOT / "tests")]


@pytest.fixture(scope="session")
def sqlmodel_module(run_linkml, tmp_path_factory):
    """sqlmodel_module(schema) -> the module `linkml generate sqlmodel` wrote."""
    output = cached_outputs(run_linkml, tmp_path_factory.mktemp("sqlmodel"), "sqlmodel", "--naming-convention", ".py")
    return lambda schema: output(schema, "default")


def dump_apart(module):
    """The module's MetaData dump, made in a process of its own: SQLModel.metadata is global."""
    args = [sys.executable, str(HERE / "metadata_dump.py"), str(module), "--create", "sqlite"]
    result = subprocess.run(args, capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


# The largest schema's module is imported, created and validated below (see schemas.LARGEST).
SAME_AS_STYLE_2 = [c for c in CASES if c[0] != LARGEST]


@pytest.mark.parametrize("name,schema", SAME_AS_STYLE_2, ids=[c[0] for c in SAME_AS_STYLE_2])
def test_metadata_is_style_2s(name, schema, sqlmodel_module, generated):
    ours = dump_apart(sqlmodel_module(schema))
    style_2 = dump(generated(schema, "2"), "sqlite")
    assert ours["create_all"] == "ok", ours["create_all"]
    assert ours["tables"] == style_2["tables"]


@pytest.mark.parametrize("name,schema", CASES, ids=IDS)
def test_imports_configures_creates_and_validates(name, schema, sqlmodel_module):
    module = sqlmodel_module(schema)
    # One process imports, configures, creates and validates (biolink-model's import: a minute).
    result = subprocess.run(
        [sys.executable, str(HERE / "sqlmodel_check.py"), str(module)], capture_output=True, text=True, cwd=HERE
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["wrong_type"] > 0 or report["classes"] == 0, report
    assert report["tables"] > 0 or report["classes"] == 0, report


def assert_validation(module, model, good, bad_changes, check=""):
    """`model_validate` accepts the `good` row (then runs `check`, with it as `row`) and
    rejects it with each of `bad_changes`, in a process of its own."""
    code = textwrap.dedent(f"""
        import pydantic
        from metadata_dump import load_module
        m = load_module({str(module)!r})
        good = {good!r}
        row = m.{model}.model_validate(good)
        {check}
        for bad in {bad_changes!r}:
            try:
                m.{model}.model_validate({{**good, **bad}})
            except pydantic.ValidationError:
                continue
            raise AssertionError(f"accepted {{bad}}")
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE)
    assert result.stdout.strip() == "ok", result.stderr[-3000:]


def test_bounds_and_patterns_are_enforced(sqlmodel_module):
    module = sqlmodel_module(ROOT / "tests" / "schemas" / "value_constraints.yaml")
    good = {"reading_id": "R1", "value": 20, "sensor_code": "IN-123"}
    bad = [{"value": 41}, {"value": 9}, {"sensor_code": "XX-1"}, {"reading_id": "Q1"}, {"value": "many"}]
    assert_validation(module, "IndoorReading", good, bad, "assert row.value == 20")


def test_inverse_slots_populate_each_other_and_both_are_stored(sqlmodel_module):
    module = sqlmodel_module(ROOT / "tests" / "schemas" / "inverses.yaml")
    code = textwrap.dedent(f"""
        import warnings
        warnings.simplefilter("error")
        from sqlalchemy import inspect, text
        from sqlalchemy.orm import configure_mappers
        from sqlmodel import Session, SQLModel, create_engine
        from metadata_dump import load_module
        m = load_module({str(module)!r})
        configure_mappers()
        paired = {{
            (r.parent.class_.__name__, r.key): sorted(p.key for p in r._reverse_property)
            for mapper in SQLModel._sa_registry.mappers
            for r in mapper.relationships
        }}
        engine = create_engine("sqlite://")
        SQLModel.metadata.create_all(engine)
        team, hero, sponsor, fan = m.Team(id="t"), m.Hero(id="h"), m.Sponsor(id="s"), m.Fan(id="f")
        hero.member_of = team
        sponsor.main_team = team
        team.fans.append(fan)
        held = [team.heroes == [hero], team.main_sponsors == [sponsor], fan.supports == [team]]
        with Session(engine) as session:
            session.add_all([team, hero, sponsor, fan])
            session.commit()
            rows = {{
                table: session.execute(text(f'SELECT * FROM "{{table}}"')).all()
                for table in ["Hero", "Sponsor", "Team_main_sponsors", "Fan", "Fan_supports"]
            }}
        print(repr((paired, held, {{t: [tuple(r) for r in v] for t, v in rows.items()}})))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stderr[-3000:]
    paired, held, rows = eval(result.stdout)
    assert paired == {
        ("Team", "heroes"): ["member_of"],
        ("Team", "main_sponsors"): ["main_team"],
        ("Team", "sponsored_by"): [],
        ("Team", "fans"): ["supports"],
        ("Hero", "member_of"): ["heroes"],
        ("Sponsor", "main_team"): ["main_sponsors"],
        ("Sponsor", "teams"): [],
        ("Fan", "supports"): ["fans"],
        ("Person", "spouse"): [],
    }
    assert held == [True, True, True]
    # Each slot keeps its own storage, and both sides of a pair are written.
    assert rows == {
        "Hero": [("h", None, "t", "t")],
        "Sponsor": [("s", "t")],
        "Team_main_sponsors": [("t", "s")],
        "Fan": [("f", "t")],
        "Fan_supports": [("f", "t")],
    }


@pytest.mark.parametrize("dialect", ["postgresql", "mariadb"])
@pytest.mark.parametrize("name,schema", SERVER_CASES, ids=[n for n, _ in SERVER_CASES])
def test_creates_on_servers(name, schema, dialect, sqlmodel_module, request):
    server = request.getfixturevalue(dialect)
    with server.fresh_database() as url:
        check_module(sqlmodel_module(schema), url)


@pytest.mark.parametrize("name,schema", GENERATED, ids=[n for n, _ in GENERATED])
def test_lints_clean(name, schema, sqlmodel_module, mypy_cache):
    module = sqlmodel_module(schema)
    tool("ruff", "check", "--isolated", "--no-cache", module, cwd=module.parent)
    tool("ruff", "format", "--isolated", "--no-cache", "--check", "--diff", module, cwd=module.parent)
    tool("mypy", "--strict", "--cache-dir", mypy_cache, module, cwd=module.parent)


API = '''
from typing import Any

import pydantic
from fastapi import FastAPI, HTTPException
from sqlmodel import Session, SQLModel, create_engine

import models

engine = create_engine("sqlite:///{db}")
SQLModel.metadata.create_all(engine)
app = FastAPI()


def validated(model: type[SQLModel], payload: dict[str, Any]) -> Any:
    # SQLModel does not validate a table model that FastAPI builds from a body; this does.
    try:
        return model.model_validate(payload)
    except pydantic.ValidationError as error:
        raise HTTPException(status_code=422, detail=error.errors(include_context=False)) from None


@app.post("/books")
def add_book(payload: dict[str, Any]) -> models.Book:
    book = validated(models.Book, payload)
    with Session(engine) as session:
        session.add(book)
        session.commit()
        session.refresh(book)
        return book


@app.post("/books/{{book_id}}/authors")
def add_author(book_id: str, payload: dict[str, Any]) -> models.Author:
    author = validated(models.Author, payload)
    with Session(engine) as session:
        book = session.get(models.Book, book_id)
        if book is None:
            raise HTTPException(status_code=404)
        book.authors.append(author)
        session.commit()
        session.refresh(author)
        return author


@app.get("/books/{{book_id}}")
def get_book(book_id: str) -> models.Book:
    with Session(engine) as session:
        book = session.get(models.Book, book_id)
        if book is None:
            raise HTTPException(status_code=404)
        return book


@app.get("/books/{{book_id}}/authors")
def get_authors(book_id: str) -> list[models.Author]:
    with Session(engine) as session:
        book = session.get(models.Book, book_id)
        return list(book.authors) if book else []
'''

CLIENT = '''
from fastapi.testclient import TestClient

import api

client = TestClient(api.app)
book = {"id": "ex:dispossessed", "name": "The Dispossessed", "isbn": "978-0-06-051275-0", "genre": "fiction"}
assert client.post("/books", json=book).status_code == 200
bad = client.post("/books", json={**book, "id": "ex:2", "isbn": "not an isbn"})
assert bad.status_code == 422, bad.text
author = client.post("/books/ex:dispossessed/authors", json={"id": "ex:ursula", "name": "Ursula K. Le Guin", "born": "1929-10-21"})
assert author.status_code == 200, author.text
assert client.get("/books/ex:dispossessed").json() == book
authors = client.get("/books/ex:dispossessed/authors").json()
assert authors == [{"id": "ex:ursula", "name": "Ursula K. Le Guin", "born": "1929-10-21"}], authors
print("ok")
'''


def test_fastapi_round_trips_a_row_with_a_relationship(run_linkml, tmp_path):
    run_linkml("generate", "sqlmodel", EXAMPLE, "-o", tmp_path / "models.py")
    (tmp_path / "api.py").write_text(API.format(db=tmp_path / "app.db"))
    (tmp_path / "client.py").write_text(CLIENT)
    result = subprocess.run([sys.executable, "client.py"], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "ok", result.stdout + result.stderr[-4000:]


PACKAGE_CHECK = '''
import importlib, json, pkgutil, sys
from sqlalchemy.orm import configure_mappers
from sqlmodel import SQLModel
from metadata_dump import describe_table, load_module
if sys.argv[1] == "package":
    sys.path.insert(0, sys.argv[2])
    package = importlib.import_module("pkg")
    for found in pkgutil.walk_packages(package.__path__, "pkg."):
        importlib.import_module(found.name)
else:
    load_module(sys.argv[2])
configure_mappers()
print(json.dumps({n: describe_table(t) for n, t in sorted(SQLModel.metadata.tables.items())}, sort_keys=True))
'''


def test_no_mergeimports_package_is_the_merged_model(run_linkml, tmp_path, mypy_cache):
    schema = ROOT / "tests" / "schemas" / "modular" / "src" / "schema" / "study.yaml"
    run_linkml("generate", "sqlmodel", "--no-mergeimports", "-q", schema, "-o", f"{tmp_path / 'pkg'}/")
    run_linkml("generate", "sqlmodel", "-q", schema, "-o", tmp_path / "merged.py")

    def tables(kind, where):
        result = subprocess.run([sys.executable, "-c", PACKAGE_CHECK, kind, str(where)], capture_output=True, text=True, cwd=HERE)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    assert tables("package", tmp_path) == tables("module", tmp_path / "merged.py")
    package = tmp_path / "pkg"
    tool("ruff", "check", "--isolated", "--no-cache", package, cwd=tmp_path)
    tool("ruff", "format", "--isolated", "--no-cache", "--check", package, cwd=tmp_path)
    tool("mypy", "--strict", "--cache-dir", mypy_cache, package, cwd=tmp_path)


APP_MODELS = '''
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel

from schemas.generated.library import Book


class Shelf(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    label: str
    book_id: str = Field(foreign_key="book.id")
    book: Optional[Book] = Relationship()
'''

ROWS = '''
import sqlalchemy as sa
from sqlmodel import Session, select

from app.models import Shelf
from schemas.generated.library import Author, Book

engine = sa.create_engine(sys.argv[1])
with Session(engine) as session:
    book = Book(id="ex:1", name="Dune", authors=[Author(id="ex:frank", name="Frank Herbert")])
    session.add(Shelf(label="sf", book=book))
    session.commit()
with Session(engine) as session:
    shelf = session.exec(select(Shelf)).one()
    assert shelf.book.authors[0].name == "Frank Herbert"
print("ok")
'''


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mariadb"])
def test_alembic_workflow_beside_a_hand_written_model(dialect, run_linkml, tmp_path, fresh_database):
    ini = project(tmp_path / "project", run_linkml, ("sqlmodel",), APP_MODELS)
    url = f"sqlite:///{ini.parent / 'app.db'}"
    if dialect != "sqlite":
        url = fresh_database(dialect)
        set_alembic_url(ini, url)
    migrate_and_check(ini, ini.parent)
    rows = subprocess.run([sys.executable, "-c", "import sys\n" + ROWS, url], capture_output=True, text=True, cwd=ini.parent)
    assert rows.stdout.strip() == "ok", rows.stderr[-3000:]
