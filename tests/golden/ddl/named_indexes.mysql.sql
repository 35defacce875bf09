CREATE TABLE `NamedThing` (
	id VARCHAR(255) NOT NULL,
	name TEXT,
	CONSTRAINT `pk_NamedThing` PRIMARY KEY (id)
);
CREATE INDEX `ix_NamedThing_id` ON `NamedThing` (id);

CREATE TABLE `Person` (
	birth_date DATE,
	gender VARCHAR(255),
	age INTEGER,
	id VARCHAR(255) NOT NULL,
	name VARCHAR(255),
	CONSTRAINT `pk_Person` PRIMARY KEY (id)
);
CREATE INDEX `ix_Person_id` ON `Person` (id);
CREATE INDEX birth_date_index ON `Person` (birth_date, gender);
CREATE INDEX name_age_index ON `Person` (name, age);

CREATE TABLE `Place` (
	country VARCHAR(255),
	id VARCHAR(255) NOT NULL,
	name TEXT,
	CONSTRAINT `pk_Place` PRIMARY KEY (id)
);
CREATE INDEX `ix_Place_id` ON `Place` (id);
CREATE INDEX country_index ON `Place` (country);

CREATE TABLE `Visit` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	place VARCHAR(255),
	day DATE,
	CONSTRAINT `pk_Visit` PRIMARY KEY (id),
	CONSTRAINT `fk_Visit_place_Place` FOREIGN KEY(place) REFERENCES `Place` (id)
)COMMENT='No identifier, so linkml adds the key `id`, which an index can name.';
CREATE INDEX `ix_Visit_id` ON `Visit` (id);
CREATE INDEX visit_id_day_index ON `Visit` (id, day);
