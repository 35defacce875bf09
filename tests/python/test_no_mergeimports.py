"""`linkml generate sqla --no-mergeimports`: one module per schema file, in one package, sharing
one Base. Generating a schema and each of its imports this way gives exactly the tables of the
merged generation; mappers configure across modules; the modules pass ruff (and mypy --strict
in style 2).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from metadata_dump import dump
from test_sqla_style import tool

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "alembic-sqlmodel" / "schemas"
SCHEMAS = ["core", "library"]

CHECK = '''
import json, sys
import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
sys.path.insert(0, sys.argv[1])
from metadata_dump import describe_table
import gen.core, gen.library
assert gen.core.metadata is gen.library.metadata
configure_mappers()
gen.library.metadata.create_all(sa.create_engine("sqlite://"))
print(json.dumps({t.name: describe_table(t) for t in gen.library.metadata.sorted_tables}, sort_keys=True))
'''


@pytest.mark.parametrize("base", ["own", "sqlmodel"])
@pytest.mark.parametrize("style", ["1", "2"])
def test_modules_per_schema_give_the_merged_tables(style, base, run_linkml, tmp_path):
    package = tmp_path / "gen"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in SCHEMAS:
        run_linkml("generate", "sqla", "--sqla-style", style, "--base", base, "--no-mergeimports",
                   EXAMPLE / f"{name}.yaml", "-o", package / f"{name}.py")
    assert (package / "_base.py").exists() == (base == "own")
    result = subprocess.run([sys.executable, "-c", CHECK, str(Path(__file__).parent)],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-4000:]
    per_schema = json.loads(result.stdout)
    merged_module = tmp_path / "merged.py"
    run_linkml("generate", "sqla", "--sqla-style", style, EXAMPLE / "library.yaml", "-o", merged_module)
    merged = {name: table for name, table in dump(merged_module, "sqlite")["tables"].items()}
    assert per_schema == merged
    for module in package.glob("*.py"):
        tool("ruff", "check", "--isolated", "--no-cache", module, cwd=tmp_path)
    if style == "2":
        tool("mypy", "--strict", "--no-incremental", "--cache-dir", tmp_path / ".mypy", "-p", "gen", cwd=tmp_path)


def test_a_table_defined_twice_or_a_missing_base_file_is_refused(run_linkml, tmp_path):
    (tmp_path / "core.yaml").write_text((EXAMPLE / "core.yaml").read_text())
    twice = (EXAMPLE / "library.yaml").read_text().replace("classes:\n", "classes:\n  Person:\n    attributes:\n      x:\n", 1)
    (tmp_path / "library.yaml").write_text(twice)
    result = run_linkml("generate", "sqla", "--no-mergeimports", "--base", "sqlmodel", tmp_path / "library.yaml", check=False)
    assert result.returncode == 1 and "defined both here and in `core`" in result.stderr, result.stderr
    result = run_linkml("generate", "sqla", "--no-mergeimports", EXAMPLE / "library.yaml", check=False)
    assert result.returncode == 2 and "needs -o FILE" in result.stderr, result.stderr
