-- # Class: Root Description: Defined only here.
--     * Slot: id
--     * Slot: label
-- # Class: Shared Description: Also defined in the part, which wins.
--     * Slot: id
--     * Slot: label
-- # Class: Other
--     * Slot: id
--     * Slot: count
--     * Slot: label

CREATE TABLE "Root" (
	id INTEGER NOT NULL,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Root" PRIMARY KEY (id)
);
CREATE INDEX "ix_Root_id" ON "Root" (id);

CREATE TABLE "Shared" (
	id INTEGER NOT NULL,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Shared" PRIMARY KEY (id)
);
CREATE INDEX "ix_Shared_id" ON "Shared" (id);

CREATE TABLE "Other" (
	id INTEGER NOT NULL,
	count INTEGER,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Other" PRIMARY KEY (id)
);
CREATE INDEX "ix_Other_id" ON "Other" (id);
