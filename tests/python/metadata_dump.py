#!/usr/bin/env python3
"""The relational schema that a generated SQLAlchemy module defines, as canonical JSON.

usage: metadata_dump.py MODULE.py [--create sqlite|URL]

Loads the module under a fresh name, finds every MetaData it defines (directly or through a
declarative base), and prints each table's columns (generic type, nullable, primary key),
foreign keys and unique constraints, sorted so that dumps compare as text. With --create it
also runs create_all against the database and records whether that worked. The format is the
one of the reference dumps made from Python linkml 1.12.1's modules.
"""
import importlib.util
import json
import sys
import uuid

import sqlalchemy as sa


def load_module(path):
    name = f"generated_{uuid.uuid4().hex}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def metadata_objects(module):
    found = []
    for value in list(vars(module).values()):
        candidate = value if isinstance(value, sa.MetaData) else getattr(value, "metadata", None)
        if isinstance(candidate, sa.MetaData) and not any(candidate is m for m in found):
            found.append(candidate)
    return found


def generic_type(column_type):
    if isinstance(column_type, sa.Enum):
        return "Enum(" + ",".join(sorted(map(str, column_type.enums))) + ")"
    try:
        return type(column_type.as_generic()).__name__
    except NotImplementedError:
        return type(column_type).__name__


def describe_table(table):
    columns = {
        c.name: {"type": generic_type(c.type), "nullable": bool(c.nullable), "pk": bool(c.primary_key)}
        for c in table.columns
    }
    fks = sorted(
        json.dumps([[e.parent.name for e in fk.elements], fk.referred_table.name, [e.column.name for e in fk.elements]])
        for fk in table.foreign_key_constraints
    )
    uniques = sorted(
        json.dumps(sorted(c.name for c in constraint.columns))
        for constraint in table.constraints
        if isinstance(constraint, sa.UniqueConstraint)
    )
    return {"columns": columns, "fks": fks, "uniques": uniques}


def dump(path, create=None):
    module = load_module(path)
    metadatas = metadata_objects(module)
    tables = {}
    for metadata in metadatas:
        tables.update({name: describe_table(t) for name, t in metadata.tables.items()})
    result = {"tables": dict(sorted(tables.items()))}
    if create:
        engine = sa.create_engine("sqlite://" if create == "sqlite" else create)
        try:
            for metadata in metadatas:
                metadata.create_all(engine)
            result["create_all"] = "ok"
        except Exception as error:  # recorded, compared by the caller
            first_line = str(error).splitlines()[0][:300]
            result["create_all"] = f"error: {type(error).__name__}: {first_line}"
    return result


if __name__ == "__main__":
    target = sys.argv[sys.argv.index("--create") + 1] if "--create" in sys.argv else None
    print(json.dumps(dump(sys.argv[1], target), indent=1, sort_keys=True))
