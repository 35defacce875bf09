CREATE TABLE `Sample` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	code TEXT,
	weight INTEGER NOT NULL,
	source TEXT,
	CONSTRAINT `pk_Sample` PRIMARY KEY (id)
)COMMENT='Top of the chain.';
CREATE INDEX `ix_Sample_id` ON `Sample` (id);

CREATE TABLE `FieldSample` (
	code VARCHAR(255) NOT NULL,
	weight FLOAT,
	tags TEXT,
	CONSTRAINT `pk_FieldSample` PRIMARY KEY (code)
)COMMENT='Relaxes requirements set by the ancestors.';
CREATE INDEX `ix_FieldSample_code` ON `FieldSample` (code);

CREATE TABLE `Site` (
	code VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Site` PRIMARY KEY (code)
)COMMENT='Where a sample came from.';
CREATE INDEX `ix_Site_code` ON `Site` (code);

CREATE TABLE `LabSample` (
	code VARCHAR(255) NOT NULL,
	weight FLOAT NOT NULL,
	source_code VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_LabSample` PRIMARY KEY (code),
	CONSTRAINT `fk_LabSample_source_code_Site` FOREIGN KEY(source_code) REFERENCES `Site` (code)
)COMMENT='Narrows ranges and makes code the identifier.';
CREATE INDEX `ix_LabSample_code` ON `LabSample` (code);

CREATE TABLE `Sample_tags` (
	`Sample_id` INTEGER NOT NULL,
	tags VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Sample_tags` PRIMARY KEY (`Sample_id`, tags),
	CONSTRAINT `fk_Sample_tags_Sample_id_Sample` FOREIGN KEY(`Sample_id`) REFERENCES `Sample` (id)
);
CREATE INDEX `ix_Sample_tags_Sample_id` ON `Sample_tags` (`Sample_id`);
CREATE INDEX `ix_Sample_tags_tags` ON `Sample_tags` (tags);

CREATE TABLE `FieldSample_source` (
	`FieldSample_code` VARCHAR(255) NOT NULL,
	source_code VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_FieldSample_source` PRIMARY KEY (`FieldSample_code`, source_code),
	CONSTRAINT `fk_FieldSample_source_FieldSample_code_FieldSample` FOREIGN KEY(`FieldSample_code`) REFERENCES `FieldSample` (code),
	CONSTRAINT `fk_FieldSample_source_source_code_Site` FOREIGN KEY(source_code) REFERENCES `Site` (code)
);
CREATE INDEX `ix_FieldSample_source_FieldSample_code` ON `FieldSample_source` (`FieldSample_code`);
CREATE INDEX `ix_FieldSample_source_source_code` ON `FieldSample_source` (source_code);

CREATE TABLE `LabSample_tags` (
	`LabSample_code` VARCHAR(255) NOT NULL,
	tags VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_LabSample_tags` PRIMARY KEY (`LabSample_code`, tags),
	CONSTRAINT `fk_LabSample_tags_LabSample_code_LabSample` FOREIGN KEY(`LabSample_code`) REFERENCES `LabSample` (code)
);
CREATE INDEX `ix_LabSample_tags_LabSample_code` ON `LabSample_tags` (`LabSample_code`);
CREATE INDEX `ix_LabSample_tags_tags` ON `LabSample_tags` (tags);
