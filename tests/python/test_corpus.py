"""The real-schema corpus: LinkML schemas from pinned PyPI packages (tests/python/schemas.py,
CORPUS). For each: `linkml schema induced` equals linkml-runtime 1.12.1's SchemaView, the
`generate sqla` MetaData equals linkml 1.12.1's gen-sqla (both styles, up to the README's
differences), and the DDL loads into SQLite with a row in every table. A representative subset
is created on PostgreSQL and MariaDB too.
"""
import json

import pytest

from schemas import CORPUS_ON_SERVERS, REFERENCE, corpus_schemas
from test_ddl import ddl, ddl_check  # noqa: F401  (ddl is a fixture)
from test_induced_parity import differences
from test_sqla import apply_table_names, check_module, compare, table_names, typeof_columns
from metadata_dump import dump

CASES = corpus_schemas()
# Differences from linkml that are known and not yet fixed, with the open issue that covers
# them: {corpus entry: {difference, ...}}. None today.
KNOWN: dict[str, set[str]] = {}
IDS = [name for name, _ in CASES]
SERVER_CASES = [(name, path) for name, path in CASES if name in CORPUS_ON_SERVERS]


@pytest.mark.parametrize("name,schema", CASES, ids=IDS)
def test_induced_matches_linkml(name, schema, run_linkml):
    reference = REFERENCE / "induced" / f"{name}.json"
    ours = json.loads(run_linkml("schema", "induced", "-q", schema).stdout)
    diff = differences(ours, json.loads(reference.read_text()))
    assert not diff, f"{len(diff)} differences from linkml:\n" + "\n".join(diff[:40])


@pytest.mark.parametrize("style", ["1", "2"])
@pytest.mark.parametrize("name,schema", CASES, ids=IDS)
def test_same_tables_columns_and_keys_as_linkml(name, schema, style, generated, run_linkml):
    reference = json.loads((REFERENCE / "sqla" / f"{name}.sqla{style}.json").read_text())
    ours = dump(generated(schema, style), "sqlite")
    assert ours["create_all"] == "ok", ours["create_all"]
    if "linkml_failed" in reference:
        return
    renamed = apply_table_names(reference["tables"], ours["tables"], table_names(schema))
    problems = compare(ours["tables"], renamed, typeof_columns(ours["tables"], run_linkml, schema))
    assert KNOWN.get(name, set()) <= set(problems), "a known difference is gone: remove it from KNOWN"
    problems = [p for p in problems if p not in KNOWN.get(name, set())]
    assert not problems, f"{len(problems)} unlisted differences from linkml:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize("name,schema", CASES, ids=IDS)
def test_ddl_loads_on_sqlite(name, schema, ddl, generated, tmp_path):
    ddl_check(ddl(schema, "sqlite"), generated(schema, "1"), f"sqlite:///{tmp_path / 'db.sqlite'}")


@pytest.mark.parametrize("style", ["1", "2"])
@pytest.mark.parametrize("name,schema", SERVER_CASES, ids=[n for n, _ in SERVER_CASES])
def test_creates_on_postgresql_and_mariadb(name, schema, style, generated, postgresql, mariadb):
    for server in (postgresql, mariadb):
        with server.fresh_database() as url:
            check_module(generated(schema, style), url)
