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


def cached_outputs(run_linkml, folder, generator, option, suffix):
    """output(schema, value, *flags) -> the file `linkml generate GENERATOR OPTION value` wrote
    for the schema, written once per set of arguments."""
    cache = {}

    def output(schema, value, *flags):
        key = (str(schema), value, flags)
        if key not in cache:
            out = folder / f"{Path(schema).stem}_{value}_{len(cache)}{suffix}"
            run_linkml("generate", generator, option, value, *flags, schema, "-o", out)
            cache[key] = out
        return cache[key]

    return output


@pytest.fixture(scope="session")
def generated(run_linkml, tmp_path_factory):
    """generated(schema_path, style, *flags) -> path of the module `linkml generate sqla` wrote."""
    return cached_outputs(run_linkml, tmp_path_factory.mktemp("generated"), "sqla", "--sqla-style", ".py")


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory):
    """A mypy cache folder for this worker's whole session: the installed libraries' stubs
    (SQLAlchemy, SQLModel, pydantic) are analysed once, not by each check. mypy checks each
    generated module again whenever its content differs from the cached one."""
    return tmp_path_factory.mktemp("mypy-cache")


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
