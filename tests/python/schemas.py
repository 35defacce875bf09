"""Where the parity schemas live: the project's own under tests/schemas, and the pinned real
schemas inside their installed PyPI packages."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN_SCHEMAS = ROOT / "tests" / "schemas"
REFERENCE = ROOT / "tests" / "reference"

# reference name -> (package, path inside the package)
PACKAGED = {
    "biolink": ("biolink_model", "schema/biolink_model.yaml"),
    "meta": ("linkml_model", "model/schema/meta.yaml"),
    "nmdc": ("nmdc_schema", "nmdc_materialized_patterns.yaml"),
}


# Real multi-file schemas, for `--no-mergeimports` packages: name -> (package, root schema).
MULTI_FILE = {
    "meta": PACKAGED["meta"],
    "asb": ("asb_schema", "asb.yaml"),
}


def packaged_schema(name, packages=PACKAGED):
    package, inner = packages[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{package} is not installed; run scripts/test.sh, which installs it")
    return Path(list(spec.submodule_search_locations)[0]) / inner


def own_schemas():
    return sorted(p for p in OWN_SCHEMAS.glob("*.yaml"))


def all_schemas():
    """(reference name, schema path) for every schema with stored references."""
    out = [(p.stem, p) for p in own_schemas()]
    out += [(name, packaged_schema(name)) for name in PACKAGED]
    return out
