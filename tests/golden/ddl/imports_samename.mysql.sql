CREATE TABLE `Holder` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	top_level INTEGER,
	nested_level FLOAT,
	level DATE,
	CONSTRAINT `pk_Holder` PRIMARY KEY (id)
)COMMENT='Uses slots from both common files.';
CREATE INDEX `ix_Holder_id` ON `Holder` (id);
