"""`linkml generate sqla --no-declarative`: linkml's imperative mapping onto the classes of the
schema's gen-python module, here stood in for by plain classes with the same names and
inheritance. The tables must match the declarative module's, and create on every database."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from metadata_dump import dump
from schemas import LARGEST
from test_sqla import GENERATED

HERE = Path(__file__).resolve().parent
MAPPING = re.compile(r"map_imperatively\(\s*(\w+),\s*tbl_\w+(?:,\s*inherits=(\w+))?", re.S)


@pytest.fixture(scope="module")
def imperative(run_linkml, tmp_path_factory):
    """Generates the imperative module and the stand-in class module beside it."""
    cache = {}

    def build(schema):
        if schema not in cache:
            folder = tmp_path_factory.mktemp("imperative")
            module = folder / "mapping.py"
            run_linkml("generate", "sqla", "--no-declarative", schema, "-o", module)
            text = module.read_text()
            schema_module = [m for m in re.findall(r"^from (\w+) import", text, re.M) if m != "sqlalchemy"][-1]
            if schema_module in sys.stdlib_module_names:
                pytest.skip(f"the classes module `{schema_module}` would shadow Python's own module")
            classes = []
            for name, parent in MAPPING.findall(text):
                classes.append(f"class {name}({parent or 'object'}):\n    pass\n")
            (folder / f"{schema_module}.py").write_text("\n\n".join(classes))
            cache[schema] = module
        return cache[schema]

    return build


def check(module, url=None):
    args = [sys.executable, str(HERE / "check_module.py"), str(module)] + ([url] if url else [])
    result = subprocess.run(args, capture_output=True, text=True, cwd=module.parent,
                            env={"PYTHONPATH": f"{module.parent}:{HERE}"})
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize("name,schema", GENERATED, ids=[c[0] for c in GENERATED])
def test_same_tables_as_the_declarative_module(name, schema, imperative, generated):
    module = imperative(schema)
    sys.path.insert(0, str(module.parent))
    try:
        ours = dump(module)
    finally:
        sys.path.remove(str(module.parent))
    declarative = dump(generated(schema, "1"))
    assert ours["tables"] == declarative["tables"]


# The largest schema is mapped and created on PostgreSQL only (see schemas.LARGEST).
SMALLER = [c for c in GENERATED if c[0] != LARGEST]


@pytest.mark.parametrize("name,schema", SMALLER, ids=[c[0] for c in SMALLER])
def test_maps_and_creates_on_sqlite(name, schema, imperative):
    check(imperative(schema))


@pytest.mark.parametrize("name,schema", GENERATED, ids=[c[0] for c in GENERATED])
def test_creates_on_postgresql(name, schema, imperative, postgresql):
    with postgresql.fresh_database() as url:
        check(imperative(schema), url)


@pytest.mark.parametrize("name,schema", SMALLER, ids=[c[0] for c in SMALLER])
def test_creates_on_mariadb(name, schema, imperative, mariadb):
    with mariadb.fresh_database() as url:
        check(imperative(schema), url)
