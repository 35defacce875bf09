-- # Class: Container Description: Declares serial as an attribute.
--     * Slot: label
--     * Slot: serial
-- # Class: Crate Description: Lists the ancestor's attribute under slots, and refines slots it never declares.
--     * Slot: serial Description: Refines the inherited attribute.
--     * Slot: weight
--     * Slot: label
-- # Class: SmallCrate Description: Uses colour, so the ancestor's slot_usage for colour now applies.
--     * Slot: colour Description: A schema slot that Crate does not use; not induced.
--     * Slot: serial Description: Refines the inherited attribute.
--     * Slot: weight
--     * Slot: label

CREATE TABLE "Container" (
	label TEXT,
	serial INTEGER NOT NULL,
	CONSTRAINT "pk_Container" PRIMARY KEY (serial)
);
CREATE INDEX "ix_Container_serial" ON "Container" (serial);

CREATE TABLE "Crate" (
	serial TEXT NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT "pk_Crate" PRIMARY KEY (serial)
);
CREATE INDEX "ix_Crate_serial" ON "Crate" (serial);

CREATE TABLE "SmallCrate" (
	colour INTEGER NOT NULL,
	serial TEXT NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT "pk_SmallCrate" PRIMARY KEY (serial)
);
CREATE INDEX "ix_SmallCrate_serial" ON "SmallCrate" (serial);
