CREATE TABLE `Catalog` (
	catalog_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Catalog` PRIMARY KEY (catalog_id)
)COMMENT='The root container.';
CREATE INDEX `ix_Catalog_catalog_id` ON `Catalog` (catalog_id);

CREATE TABLE `Agent` (
	catalog_id VARCHAR(255) NOT NULL,
	full_name TEXT,
	homepage TEXT,
	CONSTRAINT `pk_Agent` PRIMARY KEY (catalog_id)
)COMMENT='Inherits slots; its own class_uri uses an expanded-form prefix.';
CREATE INDEX `ix_Agent_catalog_id` ON `Agent` (catalog_id);

CREATE TABLE `Unmapped` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	full_name TEXT,
	CONSTRAINT `pk_Unmapped` PRIMARY KEY (id)
)COMMENT='No class_uri, so it defaults to the default prefix.';
CREATE INDEX `ix_Unmapped_id` ON `Unmapped` (id);

CREATE TABLE `Person` (
	catalog_id VARCHAR(255) NOT NULL,
	full_name TEXT,
	homepage TEXT,
	`Catalog_catalog_id` VARCHAR(255),
	CONSTRAINT `pk_Person` PRIMARY KEY (catalog_id),
	CONSTRAINT `fk_Person_Catalog_catalog_id_Catalog` FOREIGN KEY(`Catalog_catalog_id`) REFERENCES `Catalog` (catalog_id)
)COMMENT='A person, mapped to schema.org.';
CREATE INDEX `ix_Person_catalog_id` ON `Person` (catalog_id);
