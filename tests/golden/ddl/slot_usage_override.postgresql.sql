CREATE TABLE "Sample" (
	id SERIAL NOT NULL,
	code TEXT,
	weight INTEGER NOT NULL,
	source TEXT,
	CONSTRAINT "pk_Sample" PRIMARY KEY (id)
);
CREATE INDEX "ix_Sample_id" ON "Sample" (id);
COMMENT ON TABLE "Sample" IS 'Top of the chain.';

CREATE TABLE "FieldSample" (
	code TEXT NOT NULL,
	weight FLOAT,
	tags TEXT,
	CONSTRAINT "pk_FieldSample" PRIMARY KEY (code)
);
CREATE INDEX "ix_FieldSample_code" ON "FieldSample" (code);
COMMENT ON TABLE "FieldSample" IS 'Relaxes requirements set by the ancestors.';

CREATE TABLE "Site" (
	code TEXT NOT NULL,
	CONSTRAINT "pk_Site" PRIMARY KEY (code)
);
CREATE INDEX "ix_Site_code" ON "Site" (code);
COMMENT ON TABLE "Site" IS 'Where a sample came from.';

CREATE TABLE "LabSample" (
	code TEXT NOT NULL,
	weight FLOAT NOT NULL,
	source_code TEXT NOT NULL,
	CONSTRAINT "pk_LabSample" PRIMARY KEY (code),
	CONSTRAINT "fk_LabSample_source_code_Site" FOREIGN KEY(source_code) REFERENCES "Site" (code)
);
CREATE INDEX "ix_LabSample_code" ON "LabSample" (code);
COMMENT ON TABLE "LabSample" IS 'Narrows ranges and makes code the identifier.';

CREATE TABLE "Sample_tags" (
	"Sample_id" INTEGER NOT NULL,
	tags TEXT NOT NULL,
	CONSTRAINT "pk_Sample_tags" PRIMARY KEY ("Sample_id", tags),
	CONSTRAINT "fk_Sample_tags_Sample_id_Sample" FOREIGN KEY("Sample_id") REFERENCES "Sample" (id)
);
CREATE INDEX "ix_Sample_tags_Sample_id" ON "Sample_tags" ("Sample_id");
CREATE INDEX "ix_Sample_tags_tags" ON "Sample_tags" (tags);

CREATE TABLE "FieldSample_source" (
	"FieldSample_code" TEXT NOT NULL,
	source_code TEXT NOT NULL,
	CONSTRAINT "pk_FieldSample_source" PRIMARY KEY ("FieldSample_code", source_code),
	CONSTRAINT "fk_FieldSample_source_FieldSample_code_FieldSample" FOREIGN KEY("FieldSample_code") REFERENCES "FieldSample" (code),
	CONSTRAINT "fk_FieldSample_source_source_code_Site" FOREIGN KEY(source_code) REFERENCES "Site" (code)
);
CREATE INDEX "ix_FieldSample_source_FieldSample_code" ON "FieldSample_source" ("FieldSample_code");
CREATE INDEX "ix_FieldSample_source_source_code" ON "FieldSample_source" (source_code);

CREATE TABLE "LabSample_tags" (
	"LabSample_code" TEXT NOT NULL,
	tags TEXT NOT NULL,
	CONSTRAINT "pk_LabSample_tags" PRIMARY KEY ("LabSample_code", tags),
	CONSTRAINT "fk_LabSample_tags_LabSample_code_LabSample" FOREIGN KEY("LabSample_code") REFERENCES "LabSample" (code)
);
CREATE INDEX "ix_LabSample_tags_LabSample_code" ON "LabSample_tags" ("LabSample_code");
CREATE INDEX "ix_LabSample_tags_tags" ON "LabSample_tags" (tags);
