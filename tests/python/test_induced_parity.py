"""`linkml schema induced` equals linkml-runtime 1.12.1's SchemaView, value for value.

The references in tests/reference/induced come from scripts/gen_references.py.
"""
import json

import pytest

from schemas import REFERENCE, all_schemas

CASES = all_schemas()


def differences(ours, ref, path="$"):
    """Every path where two JSON values differ, so a failure names the class and slot."""
    if type(ours) is not type(ref):
        return [f"{path}: {ours!r} != {ref!r}"]
    if isinstance(ours, dict):
        out = []
        for key in dict.fromkeys([*ours, *ref]):
            if key not in ours or key not in ref:
                out.append(f"{path}.{key}: only in {'reference' if key in ref else 'ours'}")
            else:
                out += differences(ours[key], ref[key], f"{path}.{key}")
        return out
    if isinstance(ours, list):
        if len(ours) != len(ref):
            return [f"{path}: {len(ours)} items != {len(ref)}: {ours} vs {ref}"[:500]]
        out = []
        for i, (a, b) in enumerate(zip(ours, ref)):
            label = a.get("name", i) if isinstance(a, dict) else i
            out += differences(a, b, f"{path}[{label}]")
        return out
    return [] if ours == ref else [f"{path}: {ours!r} != {ref!r}"]


@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_induced_matches_linkml(name, schema, run_linkml):
    reference = REFERENCE / "induced" / f"{name}.json"
    assert reference.exists(), f"no reference for {name}: run scripts/gen_references.py {name}"
    ours = json.loads(run_linkml("schema", "induced", schema).stdout)
    diff = differences(ours, json.loads(reference.read_text()))
    assert not diff, f"{len(diff)} differences from linkml:\n" + "\n".join(diff[:40])


@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_induced_is_byte_identical_to_python_json(name, schema, run_linkml):
    """Also laid out exactly as Python's json.dumps(indent=1), so references diff as text."""
    reference = REFERENCE / "induced" / f"{name}.json"
    assert run_linkml("schema", "induced", schema).stdout == reference.read_text()


def test_every_own_schema_has_a_reference():
    missing = [n for n, _ in CASES if not (REFERENCE / "induced" / f"{n}.json").exists()]
    assert not missing, f"run scripts/gen_references.py {' '.join(missing)}"
