#!/usr/bin/env python3
"""Regenerate the stored reference outputs from Python linkml-runtime 1.12.1.

usage: scripts/gen_references.py [NAME ...]

Writes tests/reference/induced/<NAME>.json: SchemaView's classes (ancestors, identifier slot,
induced slots with their values), enums and types, in the exact form `linkml schema induced`
prints. Covers the project's schemas in tests/schemas and the pinned PyPI schemas
(biolink-model, linkml-model's meta.yaml, nmdc-schema). Install scripts/requirements-reference.txt
and requirements-schemas.txt first.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "python"))

import linkml.utils.rawloader  # noqa: E402,F401  (linkml's generators name a schema without `name:` after its id)
from linkml_runtime.utils.schemaview import SchemaView  # noqa: E402

from schemas import REFERENCE, reference_schemas  # noqa: E402

FLAGS = ("required", "multivalued", "identifier", "key", "inlined", "inlined_as_list")


def slot_record(slot):
    record = {"name": slot.name, "alias": slot.alias, "range": slot.range}
    record.update({flag: bool(getattr(slot, flag)) for flag in FLAGS})
    return record


def class_record(view, name, cls):
    identifier = view.get_identifier_slot(name)
    return {
        "name": name,
        "is_a": cls.is_a,
        "mixins": list(cls.mixins),
        "abstract": bool(cls.abstract),
        "mixin": bool(cls.mixin),
        "identifier_slot": identifier.name if identifier else None,
        "induced_slots": [slot_record(s) for s in view.class_induced_slots(name)],
    }


def induced(path):
    view = SchemaView(str(path))
    return {
        "name": view.schema.name,
        "classes": [class_record(view, n, c) for n, c in view.all_classes().items()],
        "enums": [{"name": n, "permissible_values": list(e.permissible_values)}
                  for n, e in view.all_enums().items()],
        "types": [{"name": n, "typeof": t.typeof, "base": view.induced_type(n).base}
                  for n, t in view.all_types().items()],
    }


def main():
    wanted = set(sys.argv[1:])
    out_dir = REFERENCE / "induced"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, path in reference_schemas():
        if wanted and name not in wanted:
            continue
        print(f"{name}: {path}", file=sys.stderr)
        (out_dir / f"{name}.json").write_text(json.dumps(induced(path), indent=1) + "\n")


if __name__ == "__main__":
    main()
