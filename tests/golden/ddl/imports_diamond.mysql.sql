CREATE TABLE `Shared` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	label INTEGER NOT NULL,
	code TEXT,
	CONSTRAINT `pk_Shared` PRIMARY KEY (id)
)COMMENT='Redefined here a third time; the main schema wins.';
CREATE INDEX `ix_Shared_id` ON `Shared` (id);

CREATE TABLE `Base` (
	id VARCHAR(255) NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT `pk_Base` PRIMARY KEY (id)
)COMMENT='Root class defined in c.';
CREATE INDEX `ix_Base_id` ON `Base` (id);

CREATE TABLE `PartA` (
	code TEXT,
	id VARCHAR(255) NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT `pk_PartA` PRIMARY KEY (id)
)COMMENT='Defined in a.';
CREATE INDEX `ix_PartA_id` ON `PartA` (id);

CREATE TABLE `PartB` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	code TEXT,
	detail ENUM('low','high'),
	CONSTRAINT `pk_PartB` PRIMARY KEY (id)
)COMMENT='Defined in b.';
CREATE INDEX `ix_PartB_id` ON `PartB` (id);

CREATE TABLE `Project` (
	detail ENUM('low','high'),
	id VARCHAR(255) NOT NULL,
	label INTEGER NOT NULL,
	part_b_id INTEGER,
	CONSTRAINT `pk_Project` PRIMARY KEY (id),
	CONSTRAINT `fk_Project_part_b_id_PartB` FOREIGN KEY(part_b_id) REFERENCES `PartB` (id)
)COMMENT='Main schema class using elements from every import.';
CREATE INDEX `ix_Project_id` ON `Project` (id);

CREATE TABLE `Project_part_a` (
	`Project_id` VARCHAR(255) NOT NULL,
	part_a_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Project_part_a` PRIMARY KEY (`Project_id`, part_a_id),
	CONSTRAINT `fk_Project_part_a_Project_id_Project` FOREIGN KEY(`Project_id`) REFERENCES `Project` (id),
	CONSTRAINT `fk_Project_part_a_part_a_id_PartA` FOREIGN KEY(part_a_id) REFERENCES `PartA` (id)
);
CREATE INDEX `ix_Project_part_a_Project_id` ON `Project_part_a` (`Project_id`);
CREATE INDEX `ix_Project_part_a_part_a_id` ON `Project_part_a` (part_a_id);
