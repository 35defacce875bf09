-- # Class: Holder Description: Uses slots from both common files.
--     * Slot: id
--     * Slot: top_level
--     * Slot: nested_level
--     * Slot: level Description: Defined in the outer common file as a date.

CREATE TABLE "Holder" (
	id INTEGER NOT NULL,
	top_level INTEGER,
	nested_level FLOAT,
	level DATE,
	CONSTRAINT "pk_Holder" PRIMARY KEY (id)
);
CREATE INDEX "ix_Holder_id" ON "Holder" (id);
