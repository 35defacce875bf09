CREATE TABLE `Site` (
	site_code VARCHAR(16) NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT `pk_Site` PRIMARY KEY (site_code)
);
CREATE INDEX `ix_Site_site_code` ON `Site` (site_code);

CREATE TABLE `Sample` (
	sample_id VARCHAR(24) NOT NULL,
	site VARCHAR(16),
	depth_cm INTEGER,
	ph FLOAT,
	unit TEXT DEFAULT 'cm' NOT NULL,
	protocol_version INTEGER DEFAULT 2,
	status TEXT DEFAULT 'draft',
	code TEXT,
	title TEXT,
	run TEXT,
	collected_on DATE DEFAULT '2024-01-31',
	measured_at DATETIME DEFAULT '2024-01-31 10:00:00',
	verified BOOL DEFAULT '0' NOT NULL,
	weight_g FLOAT DEFAULT 1.5,
	recorded_by TEXT,
	label VARCHAR(12),
	CONSTRAINT `pk_Sample` PRIMARY KEY (sample_id),
	CONSTRAINT `fk_Sample_site_Site` FOREIGN KEY(site) REFERENCES `Site` (site_code),
	CONSTRAINT `ck_Sample_depth_cm_min` CHECK (depth_cm >= 0),
	CONSTRAINT `ck_Sample_depth_cm_max` CHECK (depth_cm <= 500),
	CONSTRAINT `ck_Sample_ph_min` CHECK (ph >= 0),
	CONSTRAINT `ck_Sample_ph_max` CHECK (ph <= 14),
	CONSTRAINT `ck_Sample_unit_eq` CHECK (unit = 'cm'),
	CONSTRAINT `ck_Sample_protocol_version_eq` CHECK (protocol_version = 2),
	CONSTRAINT `ck_Sample_status_in` CHECK (status IN ('draft', 'final')),
	CONSTRAINT `ck_Sample_code_pattern` CHECK (code REGEXP '(?-i)^[A-Z]{2}-[0-9]+$'),
	CONSTRAINT `ck_Sample_title_pattern` CHECK (title REGEXP '(?-i)\\bsample\\b'),
	CONSTRAINT `ck_Sample_run_pattern` CHECK (run REGEXP '(?-i)^a++$'),
	CONSTRAINT `ck_Sample_collected_on_min` CHECK (collected_on >= '2000-01-01')
);
CREATE INDEX `ix_Sample_sample_id` ON `Sample` (sample_id);

CREATE TABLE `Sample_tags` (
	`Sample_sample_id` VARCHAR(24) NOT NULL,
	tags VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Sample_tags` PRIMARY KEY (`Sample_sample_id`, tags),
	CONSTRAINT `fk_Sample_tags_Sample_sample_id_Sample` FOREIGN KEY(`Sample_sample_id`) REFERENCES `Sample` (sample_id),
	CONSTRAINT `ck_Sample_tags_tags_pattern` CHECK (tags REGEXP '(?-i)^[a-z]+$')
);
CREATE INDEX `ix_Sample_tags_Sample_sample_id` ON `Sample_tags` (`Sample_sample_id`);
CREATE INDEX `ix_Sample_tags_tags` ON `Sample_tags` (tags);
