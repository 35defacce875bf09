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
from schemas import LARGEST, REFERENCE, all_schemas

HERE = Path(__file__).resolve().parent
CASES = [(name, path) for name, path in all_schemas() if (REFERENCE / "sqla" / f"{name}.sqla1.json").exists()]
STYLES = ["1", "2"]
# Schemas whose names clash without case: generation refuses them (tested above).
GENERATED = [
    case for case in CASES
    if "duplicate column name" not in (REFERENCE / "sqla" / f"{case[0]}.sqla1.json").read_text()
]

# The largest schema: style 1 on SQLite, style 2 on PostgreSQL (see schemas.LARGEST).
ON_SQLITE = [(n, p, s) for n, p in GENERATED for s in STYLES if (n, s) != (LARGEST, "2")]
ON_POSTGRESQL = [(n, p, s) for n, p in GENERATED for s in STYLES if (n, s) != (LARGEST, "1")]
ON_MARIADB = [(n, p, s) for n, p in GENERATED for s in STYLES if n != LARGEST]


def ids(cases):
    return [f"{n}-{s}" for n, _, s in cases]


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
    """The README's deliberate type differences: typeof chains, empty enums and lengths."""
    if ref == "Enum()" and ours == "Text":
        return "empty enum: Text, not an ENUM without values"
    if ref == "Text" and ours != "Text" and context.get("typeof_ranges"):
        return "typeof chain resolved to its base type"
    if ref == "Text" and ours == "String":
        return "the max_length annotation: a string of that length"
    return None


def kept_slot_column(column, linkml_columns):
    """README: a slot named like another reference's foreign-key column keeps its column as
    `<name>_value`, where linkml loses it."""
    return column.endswith("_value") and column.removesuffix("_value") in linkml_columns


def table_names(schema):
    """class -> `__tablename__`, from the schema and its local imports (README: honoured)."""
    import yaml

    names, todo, seen = {}, [Path(schema).resolve()], set()
    while todo:
        path = todo.pop().resolve()
        if path in seen or not path.exists():
            continue
        seen.add(path)
        document = yaml.safe_load(path.read_text()) or {}
        for name, cls in (document.get("classes") or {}).items():
            annotations = (cls or {}).get("annotations") or {}
            if isinstance(annotations, list):
                annotations = {a["tag"]: a.get("value") for a in annotations}
            value = annotations.get("__tablename__")
            value = value.get("value") if isinstance(value, dict) else value
            if value:
                names[name] = value
        todo += [path.parent / f"{i}.yaml" for i in document.get("imports") or [] if ":" not in i]
    return names


def fit_identifier(name, limit=63):
    """README: names longer than 63 bytes keep a prefix and a stable FNV-1a hash."""
    data = name.encode()
    if len(data) <= limit:
        return name
    digest = 0xCBF29CE484222325
    for byte in data:
        digest = ((digest ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    suffix = f"{digest & 0xFFFFFFFF:08x}"
    prefix = data[: limit - len(suffix) - 1].decode(errors="ignore").rstrip()
    return f"{prefix}_{suffix}"


def apply_table_names(ref, ours, names):
    """linkml's dump with our `__tablename__` renames: tables, join tables `<table>_<slot>`,
    backref columns `<table>_<pk>` and foreign-key targets follow the annotation."""

    def rename(text):
        for cls, table in names.items():
            if text == cls:
                return fit_identifier(table)
            if text.startswith(cls + "_") and text not in ref:
                return fit_identifier(table + text[len(cls):])
        return fit_identifier(text)

    out = {}
    for table, info in ref.items():
        new_table = rename(table) if rename(table) in ours else table
        ours_columns = ours.get(new_table, {}).get("columns", {})
        columns = {}
        for column, value in info["columns"].items():
            renamed = rename(column)
            columns[renamed if renamed in ours_columns and column not in ours_columns else column] = value
        fks = []
        for fk in info["fks"]:
            cols, target, target_cols = json.loads(fk)
            cols = [rename(c) if rename(c) in ours_columns and c not in ours_columns else c for c in cols]
            fks.append(json.dumps([cols, rename(target) if rename(target) in ours else target, target_cols]))
        out[new_table] = {**info, "columns": columns, "fks": sorted(fks)}
    return out


def compare(ours, ref, typeof_columns):
    problems = []
    for table in sorted(set(ours) | set(ref)):
        if table not in ours or table not in ref:
            problems.append(f"table {table}: only in {'linkml' if table in ref else 'ours'}")
            continue
        o, r = ours[table], ref[table]
        # README: linkml makes every column of a key-only table part of its primary key; ours
        # keys it by its identifier or key column, so the other columns may differ in pk and
        # nullable (a primary key column is NOT NULL).
        all_columns_key = all(c["pk"] for c in r["columns"].values()) and not all(c["pk"] for c in o["columns"].values())
        for column in sorted(set(o["columns"]) | set(r["columns"])):
            oc, rc = o["columns"].get(column), r["columns"].get(column)
            if oc is None or rc is None:
                if rc is None and kept_slot_column(column, r["columns"]):
                    continue
                problems.append(f"{table}.{column}: only in {'linkml' if oc is None else 'ours'}")
                continue
            for field in ("nullable", "pk"):
                if all_columns_key and not oc["pk"] and (field == "pk" or oc["nullable"]):
                    continue
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
    reference = json.loads((REFERENCE / "sqla" / f"{name}.sqla{style}.json").read_text())
    if "duplicate column name" in reference.get("create_all", ""):
        # linkml writes columns that differ only in case and create_all fails; we refuse.
        result = run_linkml("generate", "sqla", "--sqla-style", style, schema, check=False)
        assert result.returncode == 1 and "cannot tell apart" in result.stderr, result.stderr
        return
    module = generated(schema, style)
    ours = dump(module, "sqlite")
    assert ours["create_all"] == "ok", ours["create_all"]
    if "linkml_failed" in reference:
        # linkml's own module does not load (README, "Differences from linkml"): nothing to
        # compare against, and ours must load, which the line above checked.
        return
    renamed = apply_table_names(reference["tables"], ours["tables"], table_names(schema))
    problems = compare(ours["tables"], renamed, typeof_columns(ours["tables"], run_linkml, schema))
    assert not problems, f"{len(problems)} unlisted differences from linkml:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize("name,schema,style", ON_SQLITE, ids=ids(ON_SQLITE))
def test_imports_configures_and_creates_on_sqlite(name, schema, style, generated):
    check_module(generated(schema, style))


@pytest.mark.parametrize("name,schema,style", ON_POSTGRESQL, ids=ids(ON_POSTGRESQL))
def test_creates_on_postgresql(name, schema, style, generated, postgresql):
    with postgresql.fresh_database() as url:
        check_module(generated(schema, style), url)


@pytest.mark.parametrize("name,schema,style", ON_MARIADB, ids=ids(ON_MARIADB))
def test_creates_on_mariadb(name, schema, style, generated, mariadb):
    with mariadb.fresh_database() as url:
        check_module(generated(schema, style), url)
