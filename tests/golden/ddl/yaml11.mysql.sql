CREATE TABLE `Switch` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	`on` BOOL NOT NULL,
	no BOOL,
	y INTEGER DEFAULT 0,
	answer VARCHAR(4),
	CONSTRAINT `pk_Switch` PRIMARY KEY (id)
)COMMENT='Slots whose names look like booleans.';
CREATE INDEX `ix_Switch_id` ON `Switch` (id);
