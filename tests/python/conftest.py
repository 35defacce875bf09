import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def linkml_bin():
    """The binary built by scripts/test.sh (LINKML_BIN), or the debug build."""
    path = Path(os.environ.get("LINKML_BIN", ROOT / "target" / "debug" / "linkml"))
    if not path.exists():
        pytest.fail(f"{path} does not exist: build it with `cargo build` or run scripts/test.sh")
    return path


@pytest.fixture(scope="session")
def run_linkml(linkml_bin):
    def run(*args, check=True):
        result = subprocess.run([str(linkml_bin), *map(str, args)], capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"linkml {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}")
        return result

    return run


@pytest.fixture(scope="session")
def generated(run_linkml, tmp_path_factory):
    """generated(schema_path, style, *flags) -> path of the module `linkml generate sqla` wrote."""
    folder = tmp_path_factory.mktemp("generated")
    cache = {}

    def generate(schema, style, *flags):
        key = (str(schema), style, flags)
        if key not in cache:
            name = f"{Path(schema).stem}_style{style}_{len(cache)}.py"
            out = folder / name
            run_linkml("generate", "sqla", "--sqla-style", style, *flags, schema, "-o", out)
            cache[key] = out
        return cache[key]

    return generate


@pytest.fixture(scope="session")
def postgresql():
    from databases import connect

    return connect("postgresql")


@pytest.fixture(scope="session")
def mariadb():
    from databases import connect

    return connect("mariadb")


@pytest.fixture
def fresh_database(request, tmp_path):
    """fresh_database(dialect) -> the URL of a new, empty database (SQLite: a file in the test's
    folder), dropped after the test."""

    def create(dialect):
        if dialect == "sqlite":
            return f"sqlite:///{tmp_path / 'test.db'}"
        server = request.getfixturevalue("postgresql" if dialect == "postgresql" else "mariadb")
        context = server.fresh_database()
        url = context.__enter__()
        request.addfinalizer(lambda: context.__exit__(None, None, None))
        return url

    return create
