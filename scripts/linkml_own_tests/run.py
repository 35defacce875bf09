#!/usr/bin/env python3
"""Runs linkml's own SQL-generator tests against linkml-sql, and checks that every failure is
a documented difference.

    git clone https://github.com/linkml/linkml /tmp/linkml   # any clone holding LINKML_COMMIT
    cargo build
    python3 scripts/linkml_own_tests/run.py --linkml /tmp/linkml

The tests are taken from the clone at LINKML_COMMIT into a scratch folder and run with pytest
in a virtualenv made from requirements.txt (linkml 1.12.1 for its test helpers). The plugin
linkml_sql_shim.py answers linkml's SQLTableGenerator, SQLAlchemyGenerator and their CLIs with
the binary; the Python generators are never run. Each failing test must match an entry of
DIFFERENCES, which names the README's "Differences from linkml" item it follows from.
Exit status: 0 when every failure is documented, 1 otherwise. Not part of CI: it needs a clone
of linkml and the network for the virtualenv.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import venv
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LINKML_COMMIT = "24e73c9a007e57a8df28964784d7feb247b82983"
EXTRACT = [
    "pyproject.toml",
    "conftest.py",
    "scripts",
    "tests/__init__.py",
    "tests/conftest.py",
    "tests/linkml",
]

# Each run is a list of pytest arguments, run from the extracted tree.
RUNS = {
    "generators": [
        "tests/linkml/test_generators/test_sqlalchemygen.py",
        "tests/linkml/test_generators/test_sqltablegen.py",
        "tests/linkml/test_data/test_sqlite.py",
        "tests/linkml/test_issues/test_linkml_issue_2006.py",
        "tests/linkml/test_issues/test_linkml_issue_1104.py",
    ],
    "compliance": [
        "-m",
        "sqlddlgen or sqlddlpostgresgen",
        "tests/linkml/test_compliance",
    ],
}

# (test id pattern, why it fails here). Patterns are searched in "file::test[params]".
DIFFERENCES = [
    (
        r"test_sqltablegen\.py::test_(get_sql_range|get_id_or_key)",
        "Python API of linkml's generator class",
    ),
    (
        r"test_sqltablegen\.py::test_(varchar_sql_range|cli_default_length_oracle)",
        "Oracle is not supported",
    ),
    (
        r"test_sqlalchemygen\.py::test_sqla_basic_imperative",
        "ruff-formatted output: `Table(` and its name are on two lines (generate sqla 7)",
    ),
    (
        r"test_sqlalchemygen\.py::test_sqla_2x_golden_file",
        "byte-for-byte copy of linkml's template output (generate sqla 7)",
    ),
    (
        r"test_sqlalchemygen\.py::test_sqla_2x_(fk_column_type|fk_type_when|emits_relationship)",
        'string key columns are `Text().with_variant(String(255), "mysql", "mariadb")` (generate sqla 5)',
    ),
    (
        r"test_sqltablegen\.py::test_dialect|test_metadata_compliance\.py::test_descriptions\[sql_ddl_postgres\]",
        "columns have no comment (generate sqla 8)",
    ),
    (
        r"test_sqltablegen\.py::test_sqlddl_basic",
        "the test stores `P2` as a FamilialRelationshipType; SQLite checks enum values (generate sqltables 7)",
    ),
    (
        r"test_core_compliance\.py::test_cardinality\[sql_ddl_",
        "named constraints and NOT NULL key columns (generate sqltables 3, 4)",
    ),
    (
        r"test_enum_compliance\.py::test_enum\[sql_ddl_\w+-EMPTY_ENUM",
        "an enum without values is text (generate sqla 5)",
    ),
]


def extract(linkml: Path, dest: Path) -> None:
    """The test tree at LINKML_COMMIT. Blobs a partial clone lacks are skipped with a note."""
    listing = git(
        linkml, "ls-tree", "-r", "--name-only", LINKML_COMMIT, "--", *EXTRACT
    ).splitlines()
    present = set(
        git(
            linkml, "cat-file", "--batch-check=%(objectname)", "--batch-all-objects"
        ).split()
    )
    entries = git(linkml, "ls-tree", "-r", LINKML_COMMIT, "--", *EXTRACT).splitlines()
    wanted = [e.split("\t", 1)[1] for e in entries if e.split()[2] in present]
    missing = len(listing) - len(wanted)
    archive = subprocess.run(
        ["git", "-C", str(linkml), "archive", LINKML_COMMIT, "--", *wanted],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    if missing:
        print(
            f"note: {missing} files of the test tree are absent from the clone and were skipped"
        )


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


def test_python() -> Path:
    """A virtualenv with requirements.txt, made once per version of that file."""
    requirements = HERE / "requirements.txt"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()[:12]
    home = ROOT / "target" / f"linkml-own-tests-venv-{digest}"
    python = home / "bin" / "python"
    if not python.exists():
        print(f"== making {home}")
        venv.create(home, with_pip=True)
        pip = [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ]
        subprocess.run([*pip, "-r", str(requirements)], check=True)
    return python


def run_tests(
    python: Path, tree: Path, binary: Path, name: str, args: list[str]
) -> Path:
    report = tree / f"{name}.xml"
    env = dict(os.environ, LINKML_SQL_BIN=str(binary), PYTHONPATH=str(HERE))
    command = [
        str(python),
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-p",
        "linkml_sql_shim",
        "-q",
    ]
    print(f"== {name}: pytest {' '.join(args)}")
    subprocess.run(
        [*command, f"--junitxml={report}", *args],
        check=False,
        cwd=tree,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return report


def outcomes(report: Path) -> dict[str, str]:
    """Test id ("file::name[params]") to passed, failed or skipped."""
    result = {}
    for case in ET.parse(report).iter("testcase"):
        path = case.get("classname", "").replace(".", "/")
        test_id = f"{path}.py::{case.get('name')}"
        if case.find("failure") is not None or case.find("error") is not None:
            result[test_id] = "failed"
        elif case.find("skipped") is not None:
            result[test_id] = "skipped"
        else:
            result[test_id] = "passed"
    return result


def documented(test_id: str) -> str | None:
    return next(
        (why for pattern, why in DIFFERENCES if re.search(pattern, test_id)), None
    )


def summarize(results: dict[str, str]) -> int:
    counts = {
        k: sum(1 for v in results.values() if v == k)
        for k in ("passed", "failed", "skipped")
    }
    failed = [t for t, v in results.items() if v == "failed"]
    undocumented = [t for t in failed if documented(t) is None]
    print(
        f"\n{len(results)} tests: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
    )
    by_reason: dict[str, int] = {}
    for t in failed:
        if (why := documented(t)) is not None:
            by_reason[why] = by_reason.get(why, 0) + 1
    for why, n in by_reason.items():
        print(f"  documented ({n}): {why}")
    unused = [p for p, _ in DIFFERENCES if not any(re.search(p, t) for t in failed)]
    for pattern in unused:
        print(f"  stale difference (nothing fails for it): {pattern}")
    for t in undocumented:
        print(f"  UNDOCUMENTED FAILURE: {t}")
    return 1 if undocumented else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--linkml",
        type=Path,
        required=True,
        help="a git clone of linkml/linkml (work tree or bare)",
    )
    parser.add_argument(
        "--binary", type=Path, default=ROOT / "target" / "debug" / "linkml"
    )
    parser.add_argument(
        "--python",
        type=Path,
        help="a Python with requirements.txt (default: a venv under target/)",
    )
    args = parser.parse_args()
    if not args.binary.exists():
        sys.exit(f"{args.binary} does not exist: run `cargo build` or pass --binary")
    python = args.python or test_python()
    with tempfile.TemporaryDirectory(prefix="linkml-own-tests-") as scratch:
        tree = Path(scratch)
        extract(args.linkml, tree)
        results: dict[str, str] = {}
        for name, pytest_args in RUNS.items():
            results.update(
                outcomes(
                    run_tests(python, tree, args.binary.resolve(), name, pytest_args)
                )
            )
        return summarize(results)


if __name__ == "__main__":
    sys.exit(main())
