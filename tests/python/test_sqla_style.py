"""Generated modules pass the linters users run: `ruff check` (both styles), and for style 2
`ruff format --check` and `mypy --strict`, with the pinned tool versions."""
import subprocess
import sys
from pathlib import Path

import pytest

from test_sqla import GENERATED

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "library.yaml"
CASES = [("library", EXAMPLE), *GENERATED]
TOOLS = Path(sys.executable).parent


def tool(name, *args, cwd):
    result = subprocess.run([str(TOOLS / name), *map(str, args)], capture_output=True, text=True, cwd=cwd)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.parametrize("style", ["1", "2"])
@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_ruff_check(name, schema, style, generated):
    module = generated(schema, style)
    tool("ruff", "check", "--isolated", "--no-cache", module, cwd=module.parent)


@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_style_2_is_ruff_formatted(name, schema, generated):
    module = generated(schema, "2")
    tool("ruff", "format", "--isolated", "--no-cache", "--check", "--diff", module, cwd=module.parent)


@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_style_2_passes_mypy_strict(name, schema, generated, mypy_cache):
    module = generated(schema, "2")
    tool("mypy", "--strict", "--cache-dir", mypy_cache, module, cwd=module.parent)
