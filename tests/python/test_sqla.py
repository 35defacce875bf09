"""`linkml generate sqla`: the same tables, columns and keys as linkml 1.12.1, in modules that
import, configure and create their tables on real SQLite, PostgreSQL and MariaDB.

References in tests/reference/sqla come from scripts/gen_sqla_references.py (linkml 1.12.1's
gen-sqla, dumped by metadata_dump.py).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from metadata_dump import dump
from schemas import REFERENCE, all_schemas

HERE = Path(__file__).resolve().parent
CASES = [(name, path) for name, path in all_schemas() if (REFERENCE / "sqla" / f"{name}.sqla1.json").exists()]
STYLES = ["1", "2"]


def check_module(module, url=None):
    args = [sys.executable, str(HERE / "check_module.py"), str(module)] + ([url] if url else [])
    result = subprocess.run(args, capture_output=True, text=True, cwd=HERE)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    return json.loads(result.stdout)


def induced_ranges(run_linkml, schema):
    """(class, column name) -> slot range, and type name -> (declared base, induced base)."""
    induced = json.loads(run_linkml("schema", "induced", schema).stdout)
    ranges = {}
    for cls in induced["classes"]:
        for slot in cls["induced_slots"]:
            column = (slot["alias"] or slot["name"]).replace(" ", "_")
            ranges[(cls["name"], column)] = slot["range"]
    return ranges


def allowed_difference(ours, ref, context):
    """The README's deliberate type differences: typeof chains and empty enums."""
    if ref == "Enum()" and ours == "Text":
        return "empty enum: Text, not an ENUM without values"
    if ref == "Text" and ours != "Text" and context.get("typeof_ranges"):
        return "typeof chain resolved to its base type"
    return None


def compare(ours, ref, typeof_columns):
    problems = []
    for table in sorted(set(ours) | set(ref)):
        if table not in ours or table not in ref:
            problems.append(f"table {table}: only in {'linkml' if table in ref else 'ours'}")
            continue
        o, r = ours[table], ref[table]
        for column in sorted(set(o["columns"]) | set(r["columns"])):
            oc, rc = o["columns"].get(column), r["columns"].get(column)
            if oc is None or rc is None:
                problems.append(f"{table}.{column}: only in {'linkml' if oc is None else 'ours'}")
                continue
            for field in ("nullable", "pk"):
                if oc[field] != rc[field]:
                    problems.append(f"{table}.{column}.{field}: ours {oc[field]} linkml {rc[field]}")
            if oc["type"] != rc["type"]:
                context = {"typeof_ranges": (table, column) in typeof_columns}
                if not allowed_difference(oc["type"], rc["type"], context):
                    problems.append(f"{table}.{column}.type: ours {oc['type']} linkml {rc['type']}")
        if o["fks"] != r["fks"]:
            problems.append(f"{table} fks: ours {o['fks']} linkml {r['fks']}")
    return problems


def typeof_columns(ours_module_dump, run_linkml, schema):
    """Columns whose type our generator resolves through a typeof chain (linkml: Text)."""
    induced = json.loads(run_linkml("schema", "induced", schema).stdout)
    custom = {t["name"] for t in induced["types"] if t["typeof"] and t["base"]}
    builtin = {"string", "integer", "boolean", "float", "double", "decimal", "time", "date", "datetime",
               "uriorcurie", "uri", "ncname", "objectidentifier", "nodeidentifier"}
    ranges = induced_ranges(run_linkml, schema)
    direct = {key for key, rng in ranges.items() if rng in custom and rng not in builtin}
    out = set(direct)
    # Reference and join columns take the type of the key they point at.
    for table, info in ours_module_dump.items():
        for fk in info["fks"]:
            cols, target, target_cols = json.loads(fk)
            if any((target, c) in direct for c in target_cols) or any(c.endswith(target_cols[0]) for c in cols):
                out.update((table, c) for c in cols)
        for column in info["columns"]:
            if (table, column) not in out and any(column == c for (_, c) in direct):
                out.add((table, column))
    return out


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_same_tables_columns_and_keys_as_linkml(name, schema, style, generated, run_linkml):
    module = generated(schema, style)
    ours = dump(module, "sqlite")
    reference = json.loads((REFERENCE / "sqla" / f"{name}.sqla{style}.json").read_text())
    assert ours["create_all"] == "ok", ours["create_all"]
    if "linkml_failed" in reference:
        # linkml's own module does not load (README, "Differences from linkml"): nothing to
        # compare against, and ours must load, which the line above checked.
        return
    problems = compare(ours["tables"], reference["tables"], typeof_columns(ours["tables"], run_linkml, schema))
    assert not problems, f"{len(problems)} unlisted differences from linkml:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_imports_configures_and_creates_on_sqlite(name, schema, style, generated):
    check_module(generated(schema, style))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_creates_on_postgresql(name, schema, style, generated, postgresql_url):
    check_module(generated(schema, style), postgresql_url)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name,schema", CASES, ids=[c[0] for c in CASES])
def test_creates_on_mariadb(name, schema, style, generated, mariadb_url):
    check_module(generated(schema, style), mariadb_url)
