#!/usr/bin/env bash
# Fuzzes the whole pipeline (fuzz/fuzz_targets/pipeline.rs) with libFuzzer, outside CI.
#
# usage: scripts/fuzz.sh SECONDS [JOBS]
#
# Seeds: every schema in tests/ and the pinned real schemas (installed by scripts/test.sh into
# .venv). Structure-aware: libFuzzer mutates with a dictionary of the metamodel's keys and of
# YAML and LinkML tokens (fuzz/linkml.dict), so mutants stay schema-shaped. Crashes land in
# fuzz/artifacts/pipeline/; turn each into a regression test. Needs `cargo install cargo-fuzz`;
# the stable toolchain builds the sanitizer runtime with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: scripts/fuzz.sh SECONDS [JOBS]}
jobs=${2:-1}
corpus=fuzz/corpus/pipeline
mkdir -p "$corpus"
find tests/schemas tests/diagnostics examples -name '*.yaml' -size -200k -exec cp {} "$corpus/" \;
site=$(ls -d .venv/lib/python3*/site-packages 2>/dev/null | head -n1 || true)
if [[ -n $site ]]; then
  cp "$site"/linkml_model/model/schema/*.yaml "$corpus/" 2>/dev/null || true
  find "$site"/asb_schema "$site"/kgcl_schema -name '*.yaml' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null || true
fi
python3 - "$corpus" > fuzz/linkml.dict <<'PY'
import re, sys
keys = set(re.findall(r'\("([a-z_ ]+)", ', open("crates/linkml_load/src/metamodel_keys.rs").read()))
tokens = keys | {"classes", "slots", "enums", "types", "attributes", "slot_usage", "permissible_values",
                 "imports", "prefixes", "is_a", "mixins", "range", "multivalued", "inlined", "inlined_as_list",
                 "identifier", "key", "required", "annotations", "unique_keys", "unique_key_slots", "ifabsent",
                 "linkml:types", "string", "integer", "true", "false", "null", "~", "yes", "- ", ": ", "\n  ",
                 "\n    ", "{", "}", "[", "]", "&a", "*a", "<<: ", "!!str", "\"", "'", "#", "1.10", "0x1F"}
for t in sorted(tokens):
    print('"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\x{ord(c):02X}" for c in t) + '"')
PY
cd fuzz
parallel=()
[[ $jobs -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline "corpus/pipeline" -- \
  -dict=linkml.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${parallel[@]}"
