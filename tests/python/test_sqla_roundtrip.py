"""Rows written through the generated ORM classes come back intact, with their relationships,
on real SQLite, PostgreSQL and MariaDB (the bundled example schema, both styles)."""
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from metadata_dump import load_module

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "library.yaml"


def load(path):
    module = load_module(path)
    # This module's mappers only: configure_mappers() would also configure every module that
    # earlier tests loaded into this worker (biolink-model's 4,142 classes among them).
    module.Base.registry.configure()
    return module


def round_trip(module, url, style):
    engine = sa.create_engine(url)
    module.Base.metadata.create_all(engine)
    with Session(engine) as session:
        author = module.Author(id="ex:ursula", name="Ursula K. Le Guin", born=date(1929, 10, 21))
        book = module.Book(id="ex:dispossessed", name="The Dispossessed", isbn="978-0-06-051275-0", genre="fiction")
        book.authors.append(author)
        book.keywords = ["anarchism", "physics"]
        member = module.Member(id="ex:sam", name="Sam", email="sam@example.org")
        # Style 2 maps every reference as a relationship; style 1 (linkml's default) keeps the
        # key column for references to classes with an identifier.
        loan = module.Loan(book=book, lent_on=date(2026, 1, 2)) if style == "2" else module.Loan(
            book=book.id, lent_on=date(2026, 1, 2)
        )
        member.loans.append(loan)
        session.add_all([author, book, member])
        session.commit()
    with Session(engine) as session:
        book = session.get(module.Book, "ex:dispossessed")
        assert [a.name for a in book.authors] == ["Ursula K. Le Guin"]
        assert sorted(book.keywords) == ["anarchism", "physics"]
        assert book.genre == "fiction"
        member = session.get(module.Member, "ex:sam")
        assert [loan.lent_on for loan in member.loans] == [date(2026, 1, 2)]
        loaned = member.loans[0].book
        assert (loaned.name if style == "2" else loaned) in ("The Dispossessed", "ex:dispossessed")
        assert session.get(module.Author, "ex:ursula").born == date(1929, 10, 21)
    engine.dispose()


def test_tables_carry_the_tablename_annotations(generated):
    module = load(generated(EXAMPLE, "2"))
    tables = set(module.Base.metadata.tables)
    assert {"author", "book", "library_member", "loan", "book_authors", "book_keyword"} <= tables


@pytest.mark.parametrize("style", ["1", "2"])
def test_round_trip_sqlite(style, generated, tmp_path):
    round_trip(load(generated(EXAMPLE, style)), f"sqlite:///{tmp_path / 'library.db'}", style)


@pytest.mark.parametrize("style", ["1", "2"])
def test_round_trip_postgresql(style, generated, postgresql):
    with postgresql.fresh_database() as url:
        round_trip(load(generated(EXAMPLE, style)), url, style)


@pytest.mark.parametrize("style", ["1", "2"])
def test_round_trip_mariadb(style, generated, mariadb):
    with mariadb.fresh_database() as url:
        round_trip(load(generated(EXAMPLE, style)), url, style)
