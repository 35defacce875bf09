"""`linkml generate sqltables`: the same tables, columns, keys, unique constraints and indexes as
linkml 1.12.1's gen-sqlddl, per dialect, except for the README's "Differences from linkml".

References in tests/reference/ddl come from scripts/gen_ddl_references.py (linkml's DDL read by
ddl_dump.py); our DDL is read the same way.
"""
import functools
import json
import re

import pytest

from ddl_dump import dump
from schemas import REFERENCE, all_schemas
from test_sqla import kept_slot_column
from test_sqla import apply_table_names, fit_identifier, table_names, typeof_columns

DIALECTS = ["sqlite", "postgresql", "mysql"]
CASES = [
    (name, path, dialect)
    for name, path in all_schemas()
    for dialect in DIALECTS
    if (REFERENCE / "ddl" / f"{name}.{dialect}.json").exists()
]


def column_name(name):
    """linkml's gen-sqlddl keeps attribute names as they are; our columns are underscored and
    fitted to 63 bytes, as in the models."""
    return fit_identifier(re.sub(r"\s+", "_", name.strip()).replace(",", "").replace("-", "_"))


def as_tables(summary, rename=lambda n: n):
    """The DDL summary in the shape test_sqla compares: columns with type, nullable and pk."""
    tables = {}
    for name, info in summary["tables"].items():
        pk = [rename(c) for c in info["pk"]]
        columns = {
            rename(c): {"type": v["type"], "nullable": not v["not_null"], "pk": rename(c) in pk}
            for c, v in info["columns"].items()
        }
        fks = sorted(
            json.dumps([[rename(c) for c in cols], target, [rename(c) for c in target_cols]])
            for cols, target, target_cols in map(json.loads, info["fks"])
        )
        tables[name] = {
            "columns": columns,
            "fks": fks,
            "uniques": sorted([rename(c) for c in u] for u in info["uniques"]),
            "indexes": sorted([rename(c) for c in cols] for _, cols in info["indexes"]),
        }
    return tables


def enum_type(dialect, linkml_type, enums):
    """Whether linkml's type is an enum, and whether that enum has values."""
    if dialect == "postgresql":
        name = linkml_type.strip('"')
        return (name in enums), bool(enums.get(name))
    if linkml_type.startswith("ENUM("):
        return True, linkml_type != "ENUM()"
    return linkml_type.startswith("VARCHAR"), linkml_type != "VARCHAR"


def allowed_type(dialect, ours, linkml, keyed, typeof, enums):
    is_enum, has_values = enum_type(dialect, linkml, enums)
    if is_enum and not has_values and ours in ("TEXT", "VARCHAR(255)"):
        return "empty enum: text"
    if is_enum and ours.startswith("VARCHAR("):
        return "enum values the database's ENUM cannot hold: a string column"
    if dialect == "mysql" and keyed and linkml == "TEXT" and ours == "VARCHAR(255)":
        return "key columns are VARCHAR(255) on MySQL and MariaDB"
    if dialect == "mysql" and keyed and linkml == "TEXT" and re.fullmatch(r"VARCHAR\((\d+)\)", ours):
        return "key columns narrower on MySQL and MariaDB, so that a wide key fits 3,072 bytes"
    if typeof and linkml in ("TEXT", "VARCHAR(255)"):
        return "typeof chain resolved to its base type"
    if linkml in ("TEXT", "VARCHAR(255)") and re.fullmatch(r"VARCHAR\((\d+)\)", ours):
        return "the max_length annotation: a string of that length"
    return None


def keyed_columns(table):
    keyed = {c for c, v in table["columns"].items() if v["pk"]}
    for fk in table["fks"]:
        keyed.update(json.loads(fk)[0])
    for group in table["uniques"] + table["indexes"]:
        keyed.update(group)
    return keyed


def compare(dialect, ours, ref, typeof, enums):
    problems = []
    referenced = {(t, c) for info in ours.values() for fk in info["fks"] for t, c in [json.loads(fk)[1:3]] for c in c}
    for table in sorted(set(ours) | set(ref)):
        if table not in ours or table not in ref:
            problems.append(f"table {table}: only in {'linkml' if table in ref else 'ours'}")
            continue
        o, r = ours[table], ref[table]
        keyed = keyed_columns(o)
        # README: linkml keys a key-only table by all its columns; ours by its key column.
        all_columns_key = all(c["pk"] for c in r["columns"].values()) and not all(
            c["pk"] for c in o["columns"].values()
        )
        for column in sorted(set(o["columns"]) | set(r["columns"])):
            oc, rc = o["columns"].get(column), r["columns"].get(column)
            if oc is None or rc is None:
                if rc is None and kept_slot_column(column, r["columns"]):
                    continue
                problems.append(f"{table}.{column}: only in {'linkml' if oc is None else 'ours'}")
                continue
            if oc["pk"] != rc["pk"] and not (all_columns_key and not oc["pk"]):
                problems.append(f"{table}.{column}.pk: ours {oc['pk']} linkml {rc['pk']}")
            # Primary-key columns are NOT NULL, as in the models (linkml's join tables say NULL).
            if oc["nullable"] != rc["nullable"] and not oc["pk"]:
                problems.append(f"{table}.{column}.nullable: ours {oc['nullable']} linkml {rc['nullable']}")
            if oc["type"] != rc["type"] and not allowed_type(
                dialect, oc["type"], rc["type"], column in keyed, (table, column) in typeof, enums
            ):
                problems.append(f"{table}.{column}.type: ours {oc['type']} linkml {rc['type']}")
        missing_fks = [fk for fk in r["fks"] if fk not in o["fks"]]
        # MariaDB and MySQL cannot hold every foreign key of very wide tables (README).
        if missing_fks and not (dialect == "mysql" and len(r["fks"]) > 40) or set(o["fks"]) - set(r["fks"]):
            problems.append(f"{table} fks: ours {o['fks']} linkml {r['fks']}")
        pk = sorted(c for c, v in o["columns"].items() if v["pk"])
        # Extra: unique constraints on columns foreign keys point at; missing: unique keys
        # over exactly the primary key.
        extra = [u for u in o["uniques"] if u not in r["uniques"] and not (len(u) == 1 and (table, u[0]) in referenced)]
        missing = [u for u in r["uniques"] if u not in o["uniques"] and sorted(u) != pk]
        if extra or missing:
            problems.append(f"{table} unique: ours {o['uniques']} linkml {r['uniques']}")
        pk_key_indexes = [[c] for c in pk]
        linkml_only_key = [[c] for c, v in r["columns"].items() if all_columns_key and not o["columns"][c]["pk"]]
        missing_indexes = [
            i for i in r["indexes"]
            if i not in o["indexes"] and not (i in r["uniques"] and sorted(i) == pk) and i not in linkml_only_key
        ]
        extra_indexes = [i for i in o["indexes"] if i not in r["indexes"] and i not in pk_key_indexes]
        if missing_indexes or extra_indexes:
            problems.append(f"{table} indexes: ours {o['indexes']} linkml {r['indexes']}")
    return problems


@functools.cache
def model_typeof_columns(schema, run_linkml, generated):
    """The style-1 model's columns whose range is a `typeof` chain, once per schema (importing
    biolink-model's module takes a while)."""
    from metadata_dump import dump as dump_module

    return typeof_columns(dump_module(generated(schema, "1"), "sqlite")["tables"], run_linkml, schema)


@pytest.mark.parametrize("name,schema,dialect", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_same_tables_keys_and_indexes_as_linkml(name, schema, dialect, run_linkml, generated):
    reference = json.loads((REFERENCE / "ddl" / f"{name}.{dialect}.json").read_text())
    result = run_linkml("generate", "sqltables", "--dialect", dialect, schema, check=False)
    if result.returncode and "cannot tell apart" in result.stderr:
        return  # README: names that differ only in case are refused (linkml's DDL fails to load)
    assert result.returncode == 0, result.stderr
    ours = as_tables(dump(result.stdout))
    if "linkml_failed" in reference:
        return  # linkml crashes (README); test_ddl loads ours into every database
    linkml = as_tables(reference, column_name)
    renamed = apply_table_names(linkml, ours, table_names(schema))
    problems = compare(dialect, ours, renamed, model_typeof_columns(schema, run_linkml, generated), reference["enums"])
    assert not problems, f"{len(problems)} unlisted differences from linkml:\n" + "\n".join(problems[:50])
