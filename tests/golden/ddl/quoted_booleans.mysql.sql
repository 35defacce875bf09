CREATE TABLE `Base` (
	ident VARCHAR(255) NOT NULL,
	note TEXT NOT NULL,
	CONSTRAINT `pk_Base` PRIMARY KEY (ident)
)COMMENT='Abstract via a quoted true.';
CREATE INDEX `ix_Base_ident` ON `Base` (ident);

CREATE TABLE `Leaf` (
	ident VARCHAR(255) NOT NULL,
	note TEXT,
	CONSTRAINT `pk_Leaf` PRIMARY KEY (ident)
)COMMENT='Concrete via a quoted false; relaxes note via a quoted false.';
CREATE INDEX `ix_Leaf_ident` ON `Leaf` (ident);

CREATE TABLE `Base_tags` (
	`Base_ident` VARCHAR(255) NOT NULL,
	tags VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Base_tags` PRIMARY KEY (`Base_ident`, tags),
	CONSTRAINT `fk_Base_tags_Base_ident_Base` FOREIGN KEY(`Base_ident`) REFERENCES `Base` (ident)
);
CREATE INDEX `ix_Base_tags_Base_ident` ON `Base_tags` (`Base_ident`);
CREATE INDEX `ix_Base_tags_tags` ON `Base_tags` (tags);

CREATE TABLE `Leaf_tags` (
	`Leaf_ident` VARCHAR(255) NOT NULL,
	tags VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Leaf_tags` PRIMARY KEY (`Leaf_ident`, tags),
	CONSTRAINT `fk_Leaf_tags_Leaf_ident_Leaf` FOREIGN KEY(`Leaf_ident`) REFERENCES `Leaf` (ident)
);
CREATE INDEX `ix_Leaf_tags_Leaf_ident` ON `Leaf_tags` (`Leaf_ident`);
CREATE INDEX `ix_Leaf_tags_tags` ON `Leaf_tags` (tags);
