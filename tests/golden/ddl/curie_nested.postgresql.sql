CREATE TABLE "Root" (
	root_note TEXT,
	middle_count INTEGER,
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Root" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Root_leaf_id" ON "Root" (leaf_id);
COMMENT ON TABLE "Root" IS 'Chain spans all three files.';

CREATE TABLE "Leaf" (
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Leaf" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Leaf_leaf_id" ON "Leaf" (leaf_id);
COMMENT ON TABLE "Leaf" IS 'Bottom of the chain.';

CREATE TABLE "Middle" (
	middle_count INTEGER,
	leaf_id TEXT NOT NULL,
	CONSTRAINT "pk_Middle" PRIMARY KEY (leaf_id)
);
CREATE INDEX "ix_Middle_leaf_id" ON "Middle" (leaf_id);
COMMENT ON TABLE "Middle" IS 'Defined in the nested schema.';
