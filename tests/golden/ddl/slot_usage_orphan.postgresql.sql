CREATE TABLE "Container" (
	label TEXT,
	serial SERIAL NOT NULL,
	CONSTRAINT "pk_Container" PRIMARY KEY (serial)
);
CREATE INDEX "ix_Container_serial" ON "Container" (serial);
COMMENT ON TABLE "Container" IS 'Declares serial as an attribute.';

CREATE TABLE "Crate" (
	serial TEXT NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT "pk_Crate" PRIMARY KEY (serial)
);
CREATE INDEX "ix_Crate_serial" ON "Crate" (serial);
COMMENT ON TABLE "Crate" IS 'Lists the ancestor''s attribute under slots, and refines slots it never declares.';

CREATE TABLE "SmallCrate" (
	colour INTEGER NOT NULL,
	serial TEXT NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT "pk_SmallCrate" PRIMARY KEY (serial)
);
CREATE INDEX "ix_SmallCrate_serial" ON "SmallCrate" (serial);
COMMENT ON TABLE "SmallCrate" IS 'Uses colour, so the ancestor''s slot_usage for colour now applies.';
