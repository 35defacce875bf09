CREATE TABLE `AnyValue` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT `pk_AnyValue` PRIMARY KEY (id)
);
CREATE INDEX `ix_AnyValue_id` ON `AnyValue` (id);

CREATE TABLE extensible (
	id INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT pk_extensible PRIMARY KEY (id)
)COMMENT='mixin for classes that support extension';
CREATE INDEX ix_extensible_id ON extensible (id);

CREATE TABLE annotatable (
	id INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT pk_annotatable PRIMARY KEY (id)
)COMMENT='mixin for classes that support annotations';
CREATE INDEX ix_annotatable_id ON annotatable (id);

CREATE TABLE `UnitOfMeasure` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	symbol TEXT,
	abbreviation TEXT,
	descriptive_name TEXT,
	ucum_code TEXT,
	derivation TEXT,
	has_quantity_kind TEXT,
	iec61360code TEXT,
	CONSTRAINT `pk_UnitOfMeasure` PRIMARY KEY (id)
)COMMENT='A unit of measure, or unit, is a particular quantity value that has been chosen as a scale for measuring other quantities the same kind (more generally of equivalent dimension).';
CREATE INDEX `ix_UnitOfMeasure_id` ON `UnitOfMeasure` (id);

CREATE TABLE `Dose` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	dose_value FLOAT NOT NULL,
	dose_unit_id INTEGER,
	CONSTRAINT `pk_Dose` PRIMARY KEY (id),
	CONSTRAINT `fk_Dose_dose_unit_id_UnitOfMeasure` FOREIGN KEY(dose_unit_id) REFERENCES `UnitOfMeasure` (id)
)COMMENT='A quantity with a unit from the metamodel.';
CREATE INDEX `ix_Dose_id` ON `Dose` (id);

CREATE TABLE annotation (
	tag VARCHAR(255) NOT NULL,
	annotatable_id INTEGER,
	annotation_tag VARCHAR(255),
	value_id INTEGER NOT NULL,
	CONSTRAINT pk_annotation PRIMARY KEY (tag),
	CONSTRAINT fk_annotation_annotatable_id_annotatable FOREIGN KEY(annotatable_id) REFERENCES annotatable (id),
	CONSTRAINT fk_annotation_annotation_tag_annotation FOREIGN KEY(annotation_tag) REFERENCES annotation (tag),
	CONSTRAINT `fk_annotation_value_id_AnyValue` FOREIGN KEY(value_id) REFERENCES `AnyValue` (id),
	CONSTRAINT uq_annotation_annotatable_id_tag UNIQUE (annotatable_id, tag),
	CONSTRAINT uq_annotation_annotation_tag_tag UNIQUE (annotation_tag, tag)
)COMMENT='a tag/value pair with the semantics of OWL Annotation';
CREATE INDEX ix_annotation_tag ON annotation (tag);
CREATE INDEX annotation_annotatable_id_tag_idx ON annotation (annotatable_id, tag);
CREATE INDEX annotation_annotation_tag_tag_idx ON annotation (annotation_tag, tag);

CREATE TABLE `UnitOfMeasure_exact_mappings` (
	`UnitOfMeasure_id` INTEGER NOT NULL,
	exact_mappings VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_UnitOfMeasure_exact_mappings` PRIMARY KEY (`UnitOfMeasure_id`, exact_mappings),
	CONSTRAINT `fk_UnitOfMeasure_exact_mappings_UnitOfMeasure_id_UnitOfMeasure` FOREIGN KEY(`UnitOfMeasure_id`) REFERENCES `UnitOfMeasure` (id)
);
CREATE INDEX `ix_UnitOfMeasure_exact_mappings_UnitOfMeasure_id` ON `UnitOfMeasure_exact_mappings` (`UnitOfMeasure_id`);
CREATE INDEX `ix_UnitOfMeasure_exact_mappings_exact_mappings` ON `UnitOfMeasure_exact_mappings` (exact_mappings);

CREATE TABLE extension (
	tag VARCHAR(255) NOT NULL,
	extension_tag VARCHAR(255),
	extensible_id INTEGER,
	annotation_tag VARCHAR(255),
	value_id INTEGER NOT NULL,
	CONSTRAINT pk_extension PRIMARY KEY (tag),
	CONSTRAINT fk_extension_extension_tag_extension FOREIGN KEY(extension_tag) REFERENCES extension (tag),
	CONSTRAINT fk_extension_extensible_id_extensible FOREIGN KEY(extensible_id) REFERENCES extensible (id),
	CONSTRAINT fk_extension_annotation_tag_annotation FOREIGN KEY(annotation_tag) REFERENCES annotation (tag),
	CONSTRAINT `fk_extension_value_id_AnyValue` FOREIGN KEY(value_id) REFERENCES `AnyValue` (id),
	CONSTRAINT uq_extension_extension_tag_tag UNIQUE (extension_tag, tag),
	CONSTRAINT uq_extension_extensible_id_tag UNIQUE (extensible_id, tag),
	CONSTRAINT uq_extension_annotation_tag_tag UNIQUE (annotation_tag, tag)
)COMMENT='a tag/value pair used to add non-model information to an entry';
CREATE INDEX ix_extension_tag ON extension (tag);
CREATE INDEX extension_extension_tag_tag_idx ON extension (extension_tag, tag);
CREATE INDEX extension_extensible_id_tag_idx ON extension (extensible_id, tag);
CREATE INDEX extension_annotation_tag_tag_idx ON extension (annotation_tag, tag);
