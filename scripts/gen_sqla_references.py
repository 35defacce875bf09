#!/usr/bin/env python3
"""Regenerate the stored MetaData references from Python linkml 1.12.1's `gen-sqla`.

usage: scripts/gen_sqla_references.py [NAME ...]

For each schema (tests/schemas, biolink, meta, nmdc), runs `gen-sqla` (style 1) and
`gen-sqla --sqla-style 2` from linkml 1.12.1, then tests/python/metadata_dump.py on each module
with `--create sqlite`, and writes tests/reference/sqla/<NAME>.sqla1.json and .sqla2.json.
Needs `pip install linkml==1.12.1` and the schema packages. linkml takes 11 to 16 minutes and
about 6 GB on biolink-model: name the schemas you want to refresh.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))

from schemas import REFERENCE, reference_schemas  # noqa: E402


def gen_sqla():
    found = shutil.which("gen-sqla") or str(Path(sys.executable).parent / "gen-sqla")
    return found


def main():
    wanted = set(sys.argv[1:])
    out_dir = REFERENCE / "sqla"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, schema in reference_schemas():
        if wanted and name not in wanted:
            continue
        for style, flags in (("sqla1", []), ("sqla2", ["--sqla-style", "2"])):
            print(f"{name} {style}: {schema}", file=sys.stderr)
            with tempfile.TemporaryDirectory() as folder:
                module = Path(folder) / f"{name}_{style}.py"
                code = subprocess.run([gen_sqla(), *flags, str(schema)], capture_output=True, text=True)
                module.write_text(code.stdout)
                dumped = subprocess.run(
                    [sys.executable, str(ROOT / "tests" / "python" / "metadata_dump.py"), str(module), "--create", "sqlite"],
                    capture_output=True, text=True,
                )
            if code.returncode or dumped.returncode:
                # linkml's own module does not load: keep why, so the test can say so.
                failure = (code.stderr if code.returncode else dumped.stderr).strip().splitlines()[-1]
                text = json.dumps({"linkml_failed": failure}, indent=1) + "\n"
            else:
                text = dumped.stdout
            (out_dir / f"{name}.{style}.json").write_text(text)


if __name__ == "__main__":
    main()
