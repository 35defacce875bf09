CREATE TABLE `Root` (
	root_note TEXT,
	middle_count INTEGER,
	leaf_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Root` PRIMARY KEY (leaf_id)
)COMMENT='Chain spans all three files.';
CREATE INDEX `ix_Root_leaf_id` ON `Root` (leaf_id);

CREATE TABLE `Leaf` (
	leaf_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Leaf` PRIMARY KEY (leaf_id)
)COMMENT='Bottom of the chain.';
CREATE INDEX `ix_Leaf_leaf_id` ON `Leaf` (leaf_id);

CREATE TABLE `Middle` (
	middle_count INTEGER,
	leaf_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Middle` PRIMARY KEY (leaf_id)
)COMMENT='Defined in the nested schema.';
CREATE INDEX `ix_Middle_leaf_id` ON `Middle` (leaf_id);
