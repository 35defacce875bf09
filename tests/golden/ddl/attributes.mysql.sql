CREATE TABLE `Animal` (
	animal_id VARCHAR(255) NOT NULL,
	legs INTEGER,
	CONSTRAINT `pk_Animal` PRIMARY KEY (animal_id)
)COMMENT='Declares attributes only.';
CREATE INDEX `ix_Animal_animal_id` ON `Animal` (animal_id);

CREATE TABLE `Kennel` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	kennel_owner TEXT,
	kennel_colour TEXT,
	CONSTRAINT `pk_Kennel` PRIMARY KEY (id)
)COMMENT='An attribute with is_a is not expanded through slot ancestors.';
CREATE INDEX `ix_Kennel_id` ON `Kennel` (id);

CREATE TABLE `Car` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT `pk_Car` PRIMARY KEY (id)
)COMMENT='Uses the schema-level colour slot, not the attribute.';
CREATE INDEX `ix_Car_id` ON `Car` (id);

CREATE TABLE `Colour` (
	hex VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Colour` PRIMARY KEY (hex)
)COMMENT='A colour value object.';
CREATE INDEX `ix_Colour_hex` ON `Colour` (hex);

CREATE TABLE `Dog` (
	owner TEXT,
	animal_id VARCHAR(255) NOT NULL,
	legs INTEGER,
	colour_hex VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Dog` PRIMARY KEY (animal_id),
	CONSTRAINT `fk_Dog_colour_hex_Colour` FOREIGN KEY(colour_hex) REFERENCES `Colour` (hex)
)COMMENT='Inherits attributes and adds its own, one shadowing the global slot colour.';
CREATE INDEX `ix_Dog_animal_id` ON `Dog` (animal_id);

CREATE TABLE `Puppy` (
	owner TEXT,
	animal_id VARCHAR(255) NOT NULL,
	legs INTEGER NOT NULL,
	colour_hex VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Puppy` PRIMARY KEY (animal_id),
	CONSTRAINT `fk_Puppy_colour_hex_Colour` FOREIGN KEY(colour_hex) REFERENCES `Colour` (hex)
)COMMENT='Overrides an inherited attribute via slot_usage.';
CREATE INDEX `ix_Puppy_animal_id` ON `Puppy` (animal_id);

CREATE TABLE `Car_colour` (
	`Car_id` INTEGER NOT NULL,
	colour INTEGER NOT NULL,
	CONSTRAINT `pk_Car_colour` PRIMARY KEY (`Car_id`, colour),
	CONSTRAINT `fk_Car_colour_Car_id_Car` FOREIGN KEY(`Car_id`) REFERENCES `Car` (id)
);
CREATE INDEX `ix_Car_colour_Car_id` ON `Car_colour` (`Car_id`);
CREATE INDEX `ix_Car_colour_colour` ON `Car_colour` (colour);
