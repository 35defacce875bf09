CREATE TABLE `Named` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	name TEXT,
	note INTEGER,
	CONSTRAINT `pk_Named` PRIMARY KEY (id)
)COMMENT='Mixin that adds a name.';
CREATE INDEX `ix_Named_id` ON `Named` (id);

CREATE TABLE `Dated` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	created DATE,
	CONSTRAINT `pk_Dated` PRIMARY KEY (id)
)COMMENT='Mixin that adds a date.';
CREATE INDEX `ix_Dated_id` ON `Dated` (id);

CREATE TABLE `Audited` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	auditor TEXT,
	created DATE NOT NULL,
	CONSTRAINT `pk_Audited` PRIMARY KEY (id)
)COMMENT='A mixin with its own is_a parent.';
CREATE INDEX `ix_Audited_id` ON `Audited` (id);

CREATE TABLE `Base` (
	id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Base` PRIMARY KEY (id)
)COMMENT='Ordinary is_a parent.';
CREATE INDEX `ix_Base_id` ON `Base` (id);

CREATE TABLE `Record` (
	name TEXT,
	auditor TEXT,
	id VARCHAR(255) NOT NULL,
	created DATE NOT NULL,
	CONSTRAINT `pk_Record` PRIMARY KEY (id)
)COMMENT='Has an is_a parent plus two mixins.';
CREATE INDEX `ix_Record_id` ON `Record` (id);

CREATE TABLE `Reversed` (
	id VARCHAR(255) NOT NULL,
	auditor TEXT,
	name TEXT,
	note INTEGER,
	created DATE NOT NULL,
	CONSTRAINT `pk_Reversed` PRIMARY KEY (id)
)COMMENT='Only mixins, in the other order.';
CREATE INDEX `ix_Reversed_id` ON `Reversed` (id);

CREATE TABLE `Base_note` (
	`Base_id` VARCHAR(255) NOT NULL,
	note DATE NOT NULL,
	CONSTRAINT `pk_Base_note` PRIMARY KEY (`Base_id`, note),
	CONSTRAINT `fk_Base_note_Base_id_Base` FOREIGN KEY(`Base_id`) REFERENCES `Base` (id)
);
CREATE INDEX `ix_Base_note_Base_id` ON `Base_note` (`Base_id`);
CREATE INDEX `ix_Base_note_note` ON `Base_note` (note);

CREATE TABLE `Record_note` (
	`Record_id` VARCHAR(255) NOT NULL,
	note INTEGER NOT NULL,
	CONSTRAINT `pk_Record_note` PRIMARY KEY (`Record_id`, note),
	CONSTRAINT `fk_Record_note_Record_id_Record` FOREIGN KEY(`Record_id`) REFERENCES `Record` (id)
);
CREATE INDEX `ix_Record_note_Record_id` ON `Record_note` (`Record_id`);
CREATE INDEX `ix_Record_note_note` ON `Record_note` (note);
