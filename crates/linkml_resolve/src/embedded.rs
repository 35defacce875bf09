//! The schemas of linkml-model 1.12.0, built into the binary so that `linkml:` imports never
//! touch the network. Refresh them with `scripts/update_linkml_model.sh`.

/// The linkml-model release the embedded schemas come from (`--version` names it).
pub const LINKML_MODEL_VERSION: &str = "1.12.0";

const SCHEMAS: &[(&str, &str)] = &[
    ("annotations", include_str!("../linkml-model/annotations.yaml")),
    ("array", include_str!("../linkml-model/array.yaml")),
    ("datasets", include_str!("../linkml-model/datasets.yaml")),
    ("extended_types", include_str!("../linkml-model/extended_types.yaml")),
    ("extensions", include_str!("../linkml-model/extensions.yaml")),
    ("mappings", include_str!("../linkml-model/mappings.yaml")),
    ("meta", include_str!("../linkml-model/meta.yaml")),
    ("types", include_str!("../linkml-model/types.yaml")),
    ("units", include_str!("../linkml-model/units.yaml")),
    ("validation", include_str!("../linkml-model/validation.yaml")),
];

pub fn text(name: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// The `'static` copy of a known schema name.
pub fn static_name(name: &str) -> &'static str {
    SCHEMAS.iter().find(|(n, _)| *n == name).map_or("", |(n, _)| n)
}
