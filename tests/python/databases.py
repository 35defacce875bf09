"""The real database servers the tests use, and a scratch database on each for one session.

PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and MariaDB at 127.0.0.1:3306 (root, no
password). A test that needs an unreachable server is skipped with a visible reason, or fails
when CI=true, where both servers must be there.
"""
import os
import uuid

import pytest
import sqlalchemy as sa

SERVERS = {
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:5432/{db}",
    "mariadb": "mysql+pymysql://root@127.0.0.1:3306/{db}",
}
ADMIN_DB = {"postgresql": "postgres", "mariadb": "test"}


def unavailable(kind, error):
    message = f"{kind} is not reachable ({type(error).__name__}: {str(error).splitlines()[0][:200]})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI must have it")
    pytest.skip(message)


class ScratchDatabase:
    """A database created for this test session and dropped at its end."""

    def __init__(self, kind):
        self.kind = kind
        self.name = f"linkml_test_{uuid.uuid4().hex[:10]}"
        self.admin = sa.create_engine(SERVERS[kind].format(db=ADMIN_DB[kind]), isolation_level="AUTOCOMMIT")
        with self.admin.connect() as connection:
            connection.execute(sa.text(f"CREATE DATABASE {self.name}"))
        self.url = SERVERS[kind].format(db=self.name)

    def drop(self):
        with self.admin.connect() as connection:
            if self.kind == "postgresql":
                connection.execute(sa.text(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)"))
            else:
                connection.execute(sa.text(f"DROP DATABASE IF EXISTS {self.name}"))
        self.admin.dispose()


def scratch(kind):
    try:
        return ScratchDatabase(kind)
    except Exception as error:  # any connection problem means the server is not usable
        unavailable(kind, error)
