-- # Class: Specimen Description: Two identifier slots; as listed, sample_batch sorts before sample_code, but sample-code sorts before sample_batch.
--     * Slot: sample_code Description: Real name has a hyphen; its underscored form is sample_code.
--     * Slot: sample_batch Description: Second identifier slot.
--     * Slot: collected_on Description: Referenced by its real name.
-- # Class: Aliquot Description: Lists the hyphenated slot by its real name, for comparison.
--     * Slot: sample_code Description: Real name has a hyphen; its underscored form is sample_code.
--     * Slot: sample_batch Description: Second identifier slot.

CREATE TABLE "Specimen" (
	sample_code TEXT NOT NULL,
	sample_batch TEXT NOT NULL,
	collected_on DATE,
	CONSTRAINT "pk_Specimen" PRIMARY KEY (sample_batch)
);
CREATE INDEX "ix_Specimen_sample_code" ON "Specimen" (sample_code);
CREATE INDEX "ix_Specimen_sample_batch" ON "Specimen" (sample_batch);

CREATE TABLE "Aliquot" (
	sample_code TEXT NOT NULL,
	sample_batch TEXT NOT NULL,
	CONSTRAINT "pk_Aliquot" PRIMARY KEY (sample_batch)
);
CREATE INDEX "ix_Aliquot_sample_code" ON "Aliquot" (sample_code);
CREATE INDEX "ix_Aliquot_sample_batch" ON "Aliquot" (sample_batch);
