//! Any bytes as a schema file, through the whole pipeline: load, resolve (imports of files
//! beside it), validate, derive, transform under each foreign-key policy, and every emitter.
//! A panic, a hang or a crash is a bug; errors in the input are fine.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use linkml_derive::SchemaView;
use linkml_diagnostics::{Diagnostics, SourceMap};
use linkml_emit_ddl::{Dialect, Options as DdlOptions};
use linkml_emit_sqla::{BaseKind, Options, Style};
use linkml_resolve::ResolveOptions;
use linkml_transform::ForeignKeyPolicy;

/// The file each input is written to (one per fuzzing process).
fn input_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let folder = std::env::temp_dir().join(format!("linkml-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&folder).expect("a temporary folder");
        folder.join("schema.yaml")
    })
}

fuzz_target!(|data: &[u8]| {
    let path = input_path();
    std::fs::write(path, data).expect("the input is written");
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let Some(set) = linkml_resolve::resolve(path, &ResolveOptions::default(), &mut map, &mut diags) else {
        let _ = diags.render(&map);
        return;
    };
    diags.extend(SchemaView::new(&set).validate());
    let _ = diags.render(&map);
    if diags.has_errors() {
        return;
    }
    let view = SchemaView::merged(&set);
    for policy in [ForeignKeyPolicy::InjectForNested, ForeignKeyPolicy::InjectForAllRefs, ForeignKeyPolicy::None] {
        let Ok(transformed) = linkml_transform::transform(&view, policy) else {
            continue;
        };
        let model = transformed.model;
        for style in [Style::One, Style::Two] {
            let options = Options {
                style,
                naming_convention: true,
                base: BaseKind::Own,
                scope: None,
            };
            let _ = linkml_emit_sqla::write_declarative(&model, options);
        }
        let _ = linkml_emit_sqla::write_imperative(&model, true);
        for dialect in [Dialect::Sqlite, Dialect::Postgresql, Dialect::Mysql] {
            let options = DdlOptions {
                dialect,
                autogenerate_index: true,
                abstract_tables: true,
            };
            let _ = linkml_emit_ddl::write(&model, options);
        }
    }
});
