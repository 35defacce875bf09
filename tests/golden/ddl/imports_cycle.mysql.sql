CREATE TABLE `Root` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	label TEXT NOT NULL,
	CONSTRAINT `pk_Root` PRIMARY KEY (id)
)COMMENT='Defined only here.';
CREATE INDEX `ix_Root_id` ON `Root` (id);

CREATE TABLE `Shared` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	label TEXT NOT NULL,
	CONSTRAINT `pk_Shared` PRIMARY KEY (id)
)COMMENT='Also defined in the part, which wins.';
CREATE INDEX `ix_Shared_id` ON `Shared` (id);

CREATE TABLE `Other` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	count INTEGER,
	label TEXT NOT NULL,
	CONSTRAINT `pk_Other` PRIMARY KEY (id)
);
CREATE INDEX `ix_Other_id` ON `Other` (id);
