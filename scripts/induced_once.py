#!/usr/bin/env python3
"""Run linkml-runtime's SchemaView over one schema, as `linkml schema induced` does (for
scripts/bench.py's comparison). usage: induced_once.py SCHEMA.yaml"""
import json
import sys

from gen_references import induced

print(json.dumps(induced(sys.argv[1]), indent=1))
