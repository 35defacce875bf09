"""Where the parity schemas live: the project's own under tests/schemas, and the pinned real
schemas inside their installed PyPI packages."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN_SCHEMAS = ROOT / "tests" / "schemas"
REFERENCE = ROOT / "tests" / "reference"

# reference name -> (package, path inside the package)
PACKAGED = {
    "biolink": ("biolink_model", "schema/biolink_model.yaml"),
    "meta": ("linkml_model", "model/schema/meta.yaml"),
    "nmdc": ("nmdc_schema", "nmdc_materialized_patterns.yaml"),
}


# Real multi-file schemas, for `--no-mergeimports` packages: name -> (package, root schema).
MULTI_FILE = {
    "meta": PACKAGED["meta"],
    "asb": ("asb_schema", "asb.yaml"),
}


def packaged_schema(name, packages=PACKAGED):
    package, inner = packages[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{package} is not installed; run scripts/test.sh, which installs it")
    return Path(list(spec.submodule_search_locations)[0]) / inner


# The real-schema corpus: LinkML schemas from pinned PyPI packages (requirements-schemas.txt),
# name -> (package, root schema inside it). Their references (induced, gen-sqla) are stored
# like the others'; tests/python/test_corpus.py checks them.
CORPUS = {
    "asb": ("asb_schema", "asb.yaml"),
    "cas-general": ("cell_annotation_schema", "schema/cell_annotation_schema.yaml"),
    "cas-cap": ("cell_annotation_schema", "schema/CAP/CAP_schema.yaml"),
    "cas-cap-merged": ("cell_annotation_schema", "schemas/CAP_schema.yaml"),
    "cmdr": ("cmdr", "schema/cmdr.yaml"),
    "dcat-ap-plus": ("dcat_ap_plus", "schema/dcat_ap_plus.yaml"),
    "dcat-ap-linkml": ("dcat_ap_plus", "schema/dcat_ap_linkml.yaml"),
    "go-std-ann": ("go_standard_annotation_schema", "schema/go_standard_annotation_schema.yaml"),
    "gocam": ("gocam", "schema/gocam.yaml"),
    "kgcl": ("kgcl_schema", "schema/kgcl.yaml"),
    "linkml-map": ("linkml_map", "datamodel/transformer_model.yaml"),
    "redcap-record": ("linkml_redcap", "record/schema/redcap_record.yaml"),
    "redcap-dd": ("linkml_redcap", "data_dictionary/schema/redcap_data_dictionary.yaml"),
    "tutorial-2024": ("linkml_tutorial_2024", "schema/linkml_tutorial_2024.yaml"),
    "lokf": ("lokf", "data/lokf.yaml"),
    "marinerg": ("marinerg_schema", "data/marinerg_dataset.linkml.yaml"),
    "neat-ml": ("neat_ml_schema", "schema/neat_ml_schema.yaml"),
    "nmdc-lakehouse": ("nmdc_lakehouse_schema", "schema/nmdc_lakehouse_schema.yaml"),
    "nmdc-submission": ("nmdc_submission_schema", "schema/nmdc_submission_schema.yaml"),
    "nwb-core-2.7": ("nwb_models", "schema/linkml/core/v2_7_0/namespace.yaml"),
    "nwb-schema-language": ("nwb_schema_language", "schema/nwb_schema_language.yaml"),
    "oak-mapping-rules": ("oaklib", "datamodels/mapping_rules_datamodel.yaml"),
    "oak-obograph": ("oaklib", "datamodels/obograph.yaml"),
    "oak-ontology-metadata": ("oaklib", "datamodels/ontology_metadata.yaml"),
    "ontogpt-gocam": ("ontogpt", "templates/gocam.yaml"),
    "pid4cat": ("pid4cat_model", "schema/pid4cat_model.yaml"),
    "sa-cadsr": ("schema_automator", "metamodels/cadsr.yaml"),
    "sa-dosdp": ("schema_automator", "metamodels/dosdp/dosdp_linkml.yaml"),
    "schemasheets-config": ("schemasheets", "conf/configschema.yaml"),
    "semsql": ("semsql", "linkml/semsql.yaml"),
    "sparqlfun": ("sparqlfun", "schema/sparqlfun.yaml"),
    "sssom": ("sssom_schema", "schema/sssom_schema.yaml"),
    "template-config": ("template_config_model", "schema/config_model.yaml"),
    "valuesets": ("valuesets", "schema/valuesets.yaml"),
    "varda": ("varda", "profile/varda.yaml"),
}
# biolink-model's 4,142 tables take minutes in each real-database check; the checks run it on
# each database once per kind of output, and the other schemas in every combination, so that
# CI stays within its time:
# - SQLAlchemy modules: style 1 on SQLite (test_sqla), style 2 on PostgreSQL (test_sqla) and
#   imperatively on PostgreSQL (test_sqla_imperative);
# - DDL, compared with the models: style 2 with renamed keys on PostgreSQL, style 1 on MariaDB
#   (test_ddl); both styles' modules are also created on SQLite by the parity checks;
# - SQLModel: on SQLite (test_sqlmodel).
LARGEST = "biolink"

# The corpus entries that also run on PostgreSQL and MariaDB (the rest: SQLite), chosen for
# variety: multi-file imports, enums, inheritance and size.
CORPUS_ON_SERVERS = ["sssom", "gocam", "nwb-core-2.7", "semsql"]


def corpus_schemas():
    return [(name, packaged_schema(name, CORPUS)) for name in CORPUS]


def own_schemas():
    return sorted(p for p in OWN_SCHEMAS.glob("*.yaml"))


def all_schemas():
    """(reference name, schema path) for the project's schemas and the three large real ones."""
    out = [(p.stem, p) for p in own_schemas()]
    out += [(name, packaged_schema(name)) for name in PACKAGED]
    return out


def reference_schemas():
    """(reference name, schema path) for every schema with stored references, corpus included."""
    return all_schemas() + corpus_schemas()
