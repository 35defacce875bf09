"""`linkml generate sqla --base`: generated classes in SQLModel's registry and metadata, or on a
declarative base the project owns, working next to the project's own classes: foreign keys and
relationships both ways, one metadata for Alembic, and rows on a real database.
"""
import subprocess
import sys
import textwrap

import pytest

from test_sqla_style import tool

SCHEMA = "examples/library.yaml"

# The project's own SQLModel class, referencing a generated table and class.
APP = '''
from sqlalchemy.orm import relationship
from sqlmodel import Field, Relationship, Session, SQLModel, create_engine, select

import generated


class Shelf(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    book_id: str = Field(foreign_key="book.id")
    book: "generated.Book" = Relationship(sa_relationship=relationship("Book"))
'''

CHECK = '''
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.orm import configure_mappers

import app
import generated

assert generated.Base.metadata is app.SQLModel.metadata
tables = set(app.SQLModel.metadata.tables)
assert {"shelf", "book", "author", "loan"} <= tables, tables
configure_mappers()
engine = sa.create_engine("sqlite://")
with engine.connect() as connection:
    context = MigrationContext.configure(connection)
    diffs = compare_metadata(context, app.SQLModel.metadata)
    assert {d[1].name for d in diffs if d[0] == "add_table"} == tables
app.SQLModel.metadata.create_all(engine)
with engine.connect() as connection:
    assert compare_metadata(MigrationContext.configure(connection), app.SQLModel.metadata) == []
with app.Session(engine) as session:
    book = generated.Book(id="ex:1", name="Dune", isbn="978")
    session.add(app.Shelf(book=book))
    session.commit()
    shelf = session.exec(app.select(app.Shelf)).one()
    assert shelf.book.name == "Dune" and shelf.book_id == "ex:1"
print("ok")
'''


def run_python(folder, code):
    result = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    return result.stdout


@pytest.mark.parametrize("style", ["1", "2"])
def test_sqlmodel_base_shares_metadata_and_relationships(style, run_linkml, tmp_path, mypy_cache):
    run_linkml("generate", "sqla", "--sqla-style", style, "--base", "sqlmodel", SCHEMA, "-o", tmp_path / "generated.py")
    (tmp_path / "app.py").write_text(APP)
    assert run_python(tmp_path, CHECK).strip() == "ok"
    module = tmp_path / "generated.py"
    tool("ruff", "check", "--isolated", "--no-cache", module, cwd=tmp_path)
    if style == "2":
        tool("ruff", "format", "--isolated", "--no-cache", "--check", "--diff", module, cwd=tmp_path)
        tool("mypy", "--strict", "--cache-dir", mypy_cache, module, cwd=tmp_path)


def test_project_base(run_linkml, tmp_path):
    (tmp_path / "mydb.py").write_text(textwrap.dedent('''
        from sqlalchemy.orm import DeclarativeBase


        class Model(DeclarativeBase):
            pass
    '''))
    run_linkml("generate", "sqla", "--sqla-style", "2", "--base", "mydb:Model", SCHEMA, "-o", tmp_path / "generated.py")
    code = textwrap.dedent('''
        import sqlalchemy as sa
        from sqlalchemy.orm import configure_mappers

        import generated
        import mydb

        assert generated.Base is mydb.Model and "book" in mydb.Model.metadata.tables
        configure_mappers()
        mydb.Model.metadata.create_all(sa.create_engine("sqlite://"))
        print("ok")
    ''')
    assert run_python(tmp_path, code).strip() == "ok"


def test_bad_base_is_refused(run_linkml):
    result = run_linkml("generate", "sqla", "--base", "not a module", SCHEMA, check=False)
    assert result.returncode == 2 and "is not a base" in result.stderr
