CREATE TABLE "Specimen" (
	sample_code TEXT NOT NULL,
	sample_batch TEXT NOT NULL,
	collected_on DATE,
	CONSTRAINT "pk_Specimen" PRIMARY KEY (sample_batch)
);
CREATE INDEX "ix_Specimen_sample_code" ON "Specimen" (sample_code);
CREATE INDEX "ix_Specimen_sample_batch" ON "Specimen" (sample_batch);
COMMENT ON TABLE "Specimen" IS 'Two identifier slots; as listed, sample_batch sorts before sample_code, but sample-code sorts before sample_batch.';

CREATE TABLE "Aliquot" (
	sample_code TEXT NOT NULL,
	sample_batch TEXT NOT NULL,
	CONSTRAINT "pk_Aliquot" PRIMARY KEY (sample_batch)
);
CREATE INDEX "ix_Aliquot_sample_code" ON "Aliquot" (sample_code);
CREATE INDEX "ix_Aliquot_sample_batch" ON "Aliquot" (sample_batch);
COMMENT ON TABLE "Aliquot" IS 'Lists the hyphenated slot by its real name, for comparison.';
