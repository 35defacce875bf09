CREATE TABLE `Container` (
	label TEXT,
	serial INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT `pk_Container` PRIMARY KEY (serial)
)COMMENT='Declares serial as an attribute.';
CREATE INDEX `ix_Container_serial` ON `Container` (serial);

CREATE TABLE `Crate` (
	serial VARCHAR(255) NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT `pk_Crate` PRIMARY KEY (serial)
)COMMENT='Lists the ancestor''s attribute under slots, and refines slots it never declares.';
CREATE INDEX `ix_Crate_serial` ON `Crate` (serial);

CREATE TABLE `SmallCrate` (
	colour INTEGER NOT NULL,
	serial VARCHAR(255) NOT NULL,
	weight FLOAT,
	label TEXT,
	CONSTRAINT `pk_SmallCrate` PRIMARY KEY (serial)
)COMMENT='Uses colour, so the ancestor''s slot_usage for colour now applies.';
CREATE INDEX `ix_SmallCrate_serial` ON `SmallCrate` (serial);
