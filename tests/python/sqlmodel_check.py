#!/usr/bin/env python3
"""Import a generated SQLModel module, configure its mappers and create its tables on in-memory
SQLite (as check_module.py does), then check pydantic validation of its table models: per class,
`model_validate` accepts a good row (where one can be made without matching a pattern), and
reports an error at a field given a value of the wrong type or one out of its bounds
(`ge`/`le`). Prints a JSON report; exits 1 when a check fails.

usage: sqlmodel_check.py MODULE.py
"""
import datetime
import decimal
import enum
import json
import sys
import types
import typing

import annotated_types
import pydantic
import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers
from sqlmodel import SQLModel

from check_module import create
from metadata_dump import load_module, metadata_objects

SAMPLES = {
    str: "x",
    int: 7,
    float: 1.5,
    decimal.Decimal: "2.5",
    bool: True,
    datetime.date: "2024-05-06",
    datetime.datetime: "2024-05-06T07:08:09",
    datetime.time: "07:08:09",
}


def bounds(field):
    low = next((m.ge for m in field.metadata if isinstance(m, annotated_types.Ge)), None)
    high = next((m.le for m in field.metadata if isinstance(m, annotated_types.Le)), None)
    return low, high


def has_pattern(field):
    return any(getattr(m, "pattern", None) for m in field.metadata)


def base_type(annotation):
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation


def sample(field):
    kind = base_type(field.annotation)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind)).value
    low, high = bounds(field)
    if low is not None or high is not None:
        return low if low is not None else high
    return SAMPLES.get(kind)


def good_row(cls):
    """Values for the required fields, and whether they make a valid row (a field with a
    pattern gets a value that may not match it)."""
    row, complete = {}, True
    for name, field in cls.model_fields.items():
        if not field.is_required():
            continue
        complete &= not has_pattern(field) and sample(field) is not None
        row[name] = sample(field) if sample(field) is not None else "x"
    return row, complete


def rejects(cls, row, name):
    """Whether validating `row` reports an error at field `name`."""
    try:
        cls.model_validate(row)
    except pydantic.ValidationError as error:
        return any(e["loc"][:1] == (name,) for e in error.errors())
    return False


def main():
    module = load_module(sys.argv[1])
    configure_mappers()
    engine = sa.create_engine("sqlite://")
    for metadata in metadata_objects(module):
        create(metadata, engine)
    tables = len(sa.inspect(engine).get_table_names())
    engine.dispose()
    classes = [c for c in vars(module).values() if isinstance(c, type) and issubclass(c, SQLModel) and c is not SQLModel]
    report = {"tables": tables, "classes": len(classes), "accepted": 0, "wrong_type": 0, "out_of_range": 0, "failures": []}
    for cls in classes:
        row, complete = good_row(cls)
        if complete:
            try:
                cls.model_validate(row)
                report["accepted"] += 1
            except pydantic.ValidationError as error:
                report["failures"].append(f"{cls.__name__} rejected {row}: {error}")
        for name, field in cls.model_fields.items():
            if rejects(cls, {**row, name: [["not", "a", "value"]]}, name):
                report["wrong_type"] += 1
            else:
                report["failures"].append(f"{cls.__name__}.{name} accepted a nested list")
            low, high = bounds(field)
            for bad in ([low - 1] if low is not None else []) + ([high + 1] if high is not None else []):
                if rejects(cls, {**row, name: bad}, name):
                    report["out_of_range"] += 1
                else:
                    report["failures"].append(f"{cls.__name__}.{name} accepted {bad}")
    print(json.dumps(report))
    sys.exit(1 if report["failures"] else 0)


if __name__ == "__main__":
    main()
