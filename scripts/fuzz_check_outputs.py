#!/usr/bin/env python3
"""Imports what the binary generates for every input of the fuzzing corpus, outside CI.

usage: scripts/fuzz_check_outputs.py [CORPUS_DIR] [--bin PATH] [--every N]

For each input that `linkml generate sqla` accepts (style 1 and 2), the module is imported by
real SQLAlchemy, its mappers are configured and its tables created in an in-memory SQLite
database. Prints the counts and every input whose output fails, with the error; exits 1 if
any does. `--every N` checks every Nth input only (a large corpus takes a while). Run it with the test venv's Python (.venv/bin/python).
"""
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))

from sqlalchemy.orm import clear_mappers, configure_mappers  # noqa: E402

from metadata_dump import dump  # noqa: E402


def main():
    args = sys.argv[1:]
    binary = ROOT / "target" / "debug" / "linkml"
    if "--bin" in args:
        binary = Path(args.pop(args.index("--bin") + 1))
        args.remove("--bin")
    every = 1
    if "--every" in args:
        every = int(args.pop(args.index("--every") + 1))
        args.remove("--every")
    corpus = Path(args[0]) if args else ROOT / "fuzz" / "corpus" / "pipeline"
    inputs = sorted(p for p in corpus.iterdir() if p.is_file())[::every]
    accepted = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for index, schema in enumerate(inputs):
            for style in ("1", "2"):
                module = Path(folder) / f"m{index}_{style}.py"
                result = subprocess.run([str(binary), "generate", "sqla", "-q", "--sqla-style", style, str(schema),
                                         "-o", str(module)], capture_output=True, text=True, timeout=60)
                if result.returncode != 0:
                    if "panicked" in result.stderr:
                        failed += 1
                        print(f"PANIC {schema.name}: {result.stderr[-500:]}")
                    continue
                accepted += 1
                try:
                    outcome = dump(module, create="sqlite")
                    configure_mappers()
                    if outcome["create_all"] != "ok":
                        raise RuntimeError(outcome["create_all"])
                except Exception as error:  # every failure is reported
                    failed += 1
                    print(f"FAIL {schema.name} style {style}: {type(error).__name__}: {str(error)[:300]}")
                finally:
                    clear_mappers()
    print(f"{len(inputs)} inputs, {accepted} generated modules, {failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
