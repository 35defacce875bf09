CREATE TABLE "Holder" (
	id SERIAL NOT NULL,
	top_level INTEGER,
	nested_level FLOAT,
	level DATE,
	CONSTRAINT "pk_Holder" PRIMARY KEY (id)
);
CREATE INDEX "ix_Holder_id" ON "Holder" (id);
COMMENT ON TABLE "Holder" IS 'Uses slots from both common files.';
