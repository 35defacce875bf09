#!/usr/bin/env python3
"""Benchmark `linkml schema induced`, `linkml generate sqla` and `linkml generate sqltables` (each
dialect): wall time and peak memory on
real schemas and on synthetic schemas of growing size, with the growth factor per doubling
(near 2 means linear).

usage: scripts/bench.py [--python PYTHON_WITH_LINKML] [--runs N]

Real schemas come from the pinned PyPI packages in .venv (run scripts/test.sh once first).
With --python (a Python with linkml 1.12.1), the same runs are made with linkml-runtime's
SchemaView, linkml's gen-sqla and gen-sqlddl on the example schema and meta.yaml, and the ratio
printed.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))


def run_once(cmd):
    """Wall seconds and peak RSS (MB) of one run, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return elapsed, usage.ru_maxrss / 1024


def measure(cmd, runs):
    results = [run_once(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def synthetic_schema(classes, folder):
    """Deep is_a chains (depth 8), a mixin on every 4th class, slot_usage on inherited slots."""
    lines = ["id: https://example.org/synthetic", f"name: synthetic_{classes}",
             "prefixes:", "  linkml: https://w3id.org/linkml/", "default_range: string",
             "imports:", "  - linkml:types", "classes:"]
    for m in range(50):
        lines += [f"  Mixin{m}:", "    mixin: true", f"    slots: [mslot{m}]"]
    for i in range(classes):
        lines += [f"  C{i}:", f"    slots: [s{i % 500}]", "    attributes:", f"      a{i}:", "        range: integer"]
        if i % 8:
            lines.append(f"    is_a: C{i - 1}")
            lines += ["    slot_usage:", f"      s{(i - 1) % 500}:", "        required: true"]
        if i % 4 == 0:
            lines.append(f"    mixins: [Mixin{i % 50}]")
    lines.append("slots:")
    for s in range(500):
        lines += [f"  s{s}:", "    range: string" if s % 3 else "    range: C0"]
    for m in range(50):
        lines += [f"  mslot{m}:", "    multivalued: true"]
    path = Path(folder) / f"synthetic_{classes}.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", help="a python with linkml-runtime 1.12.1, to time it too")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "linkml_cli"], cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "linkml"

    from schemas import packaged_schema  # needs the packages from scripts/test.sh's .venv

    example = ROOT / "examples" / "library.yaml"
    tool = (lambda name: str(Path(args.python).parent / name)) if args.python else (lambda name: None)
    commands = {
        "schema induced": (lambda schema: [binary, "schema", "induced", schema],
                           lambda schema: [args.python, ROOT / "scripts" / "induced_once.py", schema]),
        "generate sqla": (lambda schema: [binary, "generate", "sqla", schema],
                          lambda schema: [tool("gen-sqla"), schema]),
    }
    for dialect in ("sqlite", "postgresql", "mysql"):
        commands[f"generate sqltables --dialect {dialect}"] = (
            lambda schema, d=dialect: [binary, "generate", "sqltables", "--dialect", d, schema],
            lambda schema, d=dialect: [tool("gen-sqlddl"), "--dialect", d, schema],
        )
    for title, (ours, theirs) in commands.items():
        print(f"\n== linkml {title}")
        print(f"{'schema':<22}{'linkml (Rust)':>16}{'peak RSS':>11}{'Python linkml':>16}{'ratio':>9}")
        compared = ("library", "meta") if title.startswith("generate") else ("meta", "nmdc", "biolink")
        for name in ("library", "meta", "nmdc", "biolink"):
            schema = example if name == "library" else packaged_schema(name)
            wall, rss = measure(ours(schema), args.runs)
            line = f"{name:<22}{wall * 1000:>13.1f} ms{rss:>8.1f} MB"
            if args.python and name in compared:
                py_wall, _ = measure(theirs(schema), 1)
                line += f"{py_wall:>14.2f} s{py_wall / wall:>8.0f}x"
            print(line)
        with tempfile.TemporaryDirectory() as folder:
            previous = None
            for size in (2500, 5000, 10000, 20000):
                schema = synthetic_schema(size, folder)
                wall, rss = measure(ours(schema), max(1, args.runs // 2))
                growth = f"  x{wall / previous:.2f} per doubling" if previous else ""
                print(f"{'synthetic ' + str(size):<22}{wall * 1000:>13.1f} ms{rss:>8.1f} MB{growth}")
                previous = wall


if __name__ == "__main__":
    main()
