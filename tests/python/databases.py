"""The real database servers the tests use, with a fresh database for each check.

PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and MariaDB at 127.0.0.1:3306 (root, no
password). A test that needs an unreachable server is skipped with a visible reason, or fails
when CI=true, where both servers must be there.
"""
import contextlib
import os
import re
import uuid

import pytest
import sqlalchemy as sa

SERVERS = {
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:5432/{db}",
    "mariadb": "mysql+pymysql://root@127.0.0.1:3306/{db}",
}
ADMIN_DB = {"postgresql": "postgres", "mariadb": "test"}


class Server:
    def __init__(self, kind):
        self.kind = kind
        self.admin = sa.create_engine(SERVERS[kind].format(db=ADMIN_DB[kind]), isolation_level="AUTOCOMMIT")
        with self.admin.connect() as connection:
            connection.execute(sa.text("SELECT 1"))

    @contextlib.contextmanager
    def fresh_database(self):
        """A new, empty database for one check; dropped afterwards whatever happened."""
        name = f"linkml_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as connection:
            connection.execute(sa.text(f"CREATE DATABASE {name}"))
        try:
            yield SERVERS[self.kind].format(db=name)
        finally:
            force = " WITH (FORCE)" if self.kind == "postgresql" else ""
            with self.admin.connect() as connection:
                connection.execute(sa.text(f"DROP DATABASE IF EXISTS {name}{force}"))


def connect(kind):
    try:
        return Server(kind)
    except Exception as error:  # any connection problem means the server is not usable here
        message = f"{kind} is not reachable ({type(error).__name__}: {str(error).splitlines()[0][:200]})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI must have it")
        pytest.skip(message)


def set_alembic_url(ini, url):
    """Points an alembic.ini at the database `url`."""
    text = re.sub(r"^sqlalchemy\.url = .*$", lambda _: f"sqlalchemy.url = {url}", ini.read_text(), flags=re.M)
    ini.write_text(text)
