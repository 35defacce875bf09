CREATE TABLE `Specimen` (
	sample_code VARCHAR(255) NOT NULL,
	sample_batch VARCHAR(255) NOT NULL,
	collected_on DATE,
	CONSTRAINT `pk_Specimen` PRIMARY KEY (sample_batch)
)COMMENT='Two identifier slots; as listed, sample_batch sorts before sample_code, but sample-code sorts before sample_batch.';
CREATE INDEX `ix_Specimen_sample_code` ON `Specimen` (sample_code);
CREATE INDEX `ix_Specimen_sample_batch` ON `Specimen` (sample_batch);

CREATE TABLE `Aliquot` (
	sample_code VARCHAR(255) NOT NULL,
	sample_batch VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Aliquot` PRIMARY KEY (sample_batch)
)COMMENT='Lists the hyphenated slot by its real name, for comparison.';
CREATE INDEX `ix_Aliquot_sample_code` ON `Aliquot` (sample_code);
CREATE INDEX `ix_Aliquot_sample_batch` ON `Aliquot` (sample_batch);
