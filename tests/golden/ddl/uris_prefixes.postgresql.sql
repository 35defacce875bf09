CREATE TABLE "Catalog" (
	catalog_id TEXT NOT NULL,
	CONSTRAINT "pk_Catalog" PRIMARY KEY (catalog_id)
);
CREATE INDEX "ix_Catalog_catalog_id" ON "Catalog" (catalog_id);
COMMENT ON TABLE "Catalog" IS 'The root container.';

CREATE TABLE "Agent" (
	catalog_id TEXT NOT NULL,
	full_name TEXT,
	homepage TEXT,
	CONSTRAINT "pk_Agent" PRIMARY KEY (catalog_id)
);
CREATE INDEX "ix_Agent_catalog_id" ON "Agent" (catalog_id);
COMMENT ON TABLE "Agent" IS 'Inherits slots; its own class_uri uses an expanded-form prefix.';

CREATE TABLE "Unmapped" (
	id SERIAL NOT NULL,
	full_name TEXT,
	CONSTRAINT "pk_Unmapped" PRIMARY KEY (id)
);
CREATE INDEX "ix_Unmapped_id" ON "Unmapped" (id);
COMMENT ON TABLE "Unmapped" IS 'No class_uri, so it defaults to the default prefix.';

CREATE TABLE "Person" (
	catalog_id TEXT NOT NULL,
	full_name TEXT,
	homepage TEXT,
	"Catalog_catalog_id" TEXT,
	CONSTRAINT "pk_Person" PRIMARY KEY (catalog_id),
	CONSTRAINT "fk_Person_Catalog_catalog_id_Catalog" FOREIGN KEY("Catalog_catalog_id") REFERENCES "Catalog" (catalog_id)
);
CREATE INDEX "ix_Person_catalog_id" ON "Person" (catalog_id);
COMMENT ON TABLE "Person" IS 'A person, mapped to schema.org.';
