#!/usr/bin/env python3
"""Benchmark `linkml schema induced`, `linkml generate sqla` and `linkml generate sqltables` (each
dialect): wall time and peak memory on
real schemas and on synthetic schemas of growing size, with the growth factor per doubling
(near 2 means linear).

usage: scripts/bench.py [--python PYTHON_WITH_LINKML] [--runs N] [--binary LINKML]

Each command's median over --runs runs (default 9) is printed with its ratio to `schema induced`
on the same schema in the same run, which makes the figures comparable across machines. Real
schemas come from the pinned PyPI packages in .venv (run scripts/test.sh once first). With
--python (a Python with linkml 1.12.1), linkml's gen-sqla and gen-sqlddl run side by side on
the example schema and meta.yaml, and how many times faster we are is printed.
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


COMMANDS = {
    "schema induced": ["schema", "induced"],
    "generate sqla": ["generate", "sqla"],
    "generate sqla --sqla-style 2": ["generate", "sqla", "--sqla-style", "2"],
    "generate sqlmodel": ["generate", "sqlmodel"],
    "generate sqltables --dialect sqlite": ["generate", "sqltables", "--dialect", "sqlite"],
    "generate sqltables --dialect postgresql": ["generate", "sqltables", "--dialect", "postgresql"],
    "generate sqltables --dialect mysql": ["generate", "sqltables", "--dialect", "mysql"],
}
# Python linkml's command for ours, where it has one (run once: it takes seconds to minutes).
LINKML = {
    "schema induced": [str(ROOT / "scripts" / "induced_once.py")],
    "generate sqla": ["gen-sqla"],
    "generate sqla --sqla-style 2": ["gen-sqla", "--sqla-style", "2"],
    "generate sqltables --dialect postgresql": ["gen-sqlddl", "--dialect", "postgresql"],
}


def linkml_command(python_bin, command, schema):
    """Python linkml's command: a script run by that Python, or a tool installed beside it."""
    if command[0].endswith(".py"):
        return [python_bin, *command, schema]
    return [str(Path(python_bin).parent / command[0]), *command[1:], schema]


def real_schemas(args, binary, python_bin):
    """Each real schema: every command's median time and peak memory, as a ratio to `schema
    induced` (load, resolve, derive and 2.7 MB of JSON for biolink) in the same run."""
    from schemas import packaged_schema  # needs the packages from scripts/test.sh's .venv

    example = ROOT / "examples" / "library.yaml"
    for name in ("library", "meta", "nmdc", "biolink"):
        schema = example if name == "library" else packaged_schema(name)
        print(f"\n== {name}: median of {args.runs} runs")
        header = f"{'command':<42}{'time':>10}{'peak RSS':>11}{'x induced':>11}"
        if python_bin and name in ("library", "meta"):
            header += f"{'Python linkml':>16}{'faster':>9}"
        print(header)
        induced = None
        for title, command in COMMANDS.items():
            wall, rss = measure([binary, *command, schema], args.runs)
            induced = induced or wall
            line = f"{title:<42}{wall * 1000:>7.1f} ms{rss:>8.1f} MB{wall / induced:>10.2f}x"
            if python_bin and name in ("library", "meta") and title in LINKML:
                py_wall, _ = measure(linkml_command(python_bin, LINKML[title], schema), 1)
                line += f"{py_wall:>14.2f} s{py_wall / wall:>8.0f}x"
            print(line)


def synthetic(args, binary):
    """Synthetic schemas of growing size: time and memory of `generate sqla`, and the growth
    per doubling (2.0 is linear)."""
    print(f"\n== synthetic schemas, generate sqla: median of {max(3, args.runs // 3)} runs")
    with tempfile.TemporaryDirectory() as folder:
        previous = None
        for size in (2500, 5000, 10000, 20000):
            schema = synthetic_schema(size, folder)
            wall, rss = measure([binary, "generate", "sqla", schema], max(3, args.runs // 3))
            growth = f"  x{wall / previous:.2f} per doubling" if previous else ""
            print(f"{str(size) + ' classes':<22}{wall * 1000:>9.1f} ms{rss:>8.1f} MB{growth}")
            previous = wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", help="a python with linkml 1.12.1, to time its generators side by side")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--binary", help="a built `linkml` to measure (default: a release build of this tree)")
    args = parser.parse_args()
    binary = args.binary
    if not binary:
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "linkml_cli"], cwd=ROOT, check=True)
        binary = ROOT / "target" / "release" / "linkml"
    real_schemas(args, binary, args.python)
    synthetic(args, binary)


if __name__ == "__main__":
    main()
