#!/usr/bin/env bash
# Refresh the linkml-model schemas embedded in the binary from the pinned PyPI package.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
python3 -m pip download --quiet --no-deps -d "$tmp" linkml-model==1.12.0
python3 -m zipfile -e "$tmp"/linkml_model-1.12.0-*.whl "$tmp/x"
cp "$tmp"/x/linkml_model/model/schema/*.yaml crates/linkml_resolve/linkml-model/
cp "$tmp"/x/linkml_model-1.12.0.dist-info/licenses/LICENSE crates/linkml_resolve/linkml-model/LICENSE
rm -rf "$tmp"
