#!/usr/bin/env python3
"""Imports every module of a generated package, configures the mappers, and prints the tables
of the one MetaData they share as canonical JSON (the format of metadata_dump.py).

usage: package_check.py FOLDER PACKAGE [--create URL]

FOLDER is put on sys.path first. With --create, the tables are also created in the database
at URL (and dropped again), so that a failure names the table a database refuses.
"""
import importlib
import json
import pkgutil
import sys

import sqlalchemy as sa
from sqlalchemy.orm import configure_mappers

from metadata_dump import describe_table


def import_package(name):
    """The package's modules, the package itself first."""
    package = importlib.import_module(name)
    modules = [package]
    for info in sorted(pkgutil.walk_packages(package.__path__, prefix=f"{name}."), key=lambda m: m.name):
        modules.append(importlib.import_module(info.name))
    return modules


def shared_metadata(modules):
    found = {id(m.metadata): m.metadata for m in modules if isinstance(getattr(m, "metadata", None), sa.MetaData)}
    if len(found) != 1:
        raise SystemExit(f"the modules use {len(found)} MetaData objects, not one")
    return next(iter(found.values()))


def main():
    folder, name = sys.argv[1], sys.argv[2]
    sys.path.insert(0, folder)
    metadata = shared_metadata(import_package(name))
    configure_mappers()
    if "--create" in sys.argv:
        engine = sa.create_engine(sys.argv[sys.argv.index("--create") + 1])
        metadata.create_all(engine)
        metadata.drop_all(engine)
        engine.dispose()
    print(json.dumps({t.name: describe_table(t) for t in metadata.tables.values()}, sort_keys=True))


if __name__ == "__main__":
    main()
