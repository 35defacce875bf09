-- # Class: Root Description: Chain spans all three files.
--     * Slot: root_note
--     * Slot: middle_count
--     * Slot: leaf_id
-- # Class: Leaf Description: Bottom of the chain.
--     * Slot: leaf_id
-- # Class: Middle Description: Defined in the nested schema.
--     * Slot: middle_count
--     * Slot: leaf_id

CREATE TABLE "Root" (
	root_note TEXT,
	middle_count INTEGER,
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Root" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Root_leaf_id" ON "Root" (leaf_id);

CREATE TABLE "Leaf" (
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Leaf" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Leaf_leaf_id" ON "Leaf" (leaf_id);

CREATE TABLE "Middle" (
	middle_count INTEGER,
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Middle" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Middle_leaf_id" ON "Middle" (leaf_id);
