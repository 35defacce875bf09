#!/usr/bin/env bash
# Sets up everything the tests need and runs every test: Rust unit, golden and CLI tests, then
# the Python tests (parity with linkml 1.12.1, real SQLAlchemy/Alembic/databases) against the
# same build. Needs only the Rust toolchain and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
venv=.venv
stamp="$venv/.requirements.sha"
want=$(cat requirements-test.txt requirements-schemas.txt | sha256sum | cut -d' ' -f1)
if [[ ! -x $venv/bin/python || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  echo "== setting up $venv from pinned requirements"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-schemas.txt
  echo "$want" > "$stamp"
fi

echo "== cargo test"
cargo build --workspace --quiet
cargo test --workspace --quiet

echo "== pytest"
export LINKML_BIN="$CARGO_TARGET_DIR/debug/linkml"
# Two workers: the biggest checks wait on the database servers as much as on Python.
"$venv/bin/python" -m pytest -q -n 2 tests/python "$@"
