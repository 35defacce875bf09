CREATE TABLE `Ping` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	CONSTRAINT `pk_Ping` PRIMARY KEY (id)
)COMMENT='Uses a slot defined in pong.';
CREATE INDEX `ix_Ping_id` ON `Ping` (id);

CREATE TABLE `Pong` (
	match_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Pong` PRIMARY KEY (match_id)
)COMMENT='Inherits from a class in the schema that imports this one.';
CREATE INDEX `ix_Pong_match_id` ON `Pong` (match_id);

CREATE TABLE `Match` (
	match_id VARCHAR(255) NOT NULL,
	first_serve VARCHAR(255),
	CONSTRAINT `pk_Match` PRIMARY KEY (match_id),
	CONSTRAINT `fk_Match_first_serve_Pong` FOREIGN KEY(first_serve) REFERENCES `Pong` (match_id)
)COMMENT='Root class referring to classes from both halves of the cycle.';
CREATE INDEX `ix_Match_match_id` ON `Match` (match_id);

CREATE TABLE `Ping_rally` (
	`Ping_id` INTEGER NOT NULL,
	rally INTEGER NOT NULL,
	CONSTRAINT `pk_Ping_rally` PRIMARY KEY (`Ping_id`, rally),
	CONSTRAINT `fk_Ping_rally_Ping_id_Ping` FOREIGN KEY(`Ping_id`) REFERENCES `Ping` (id)
);
CREATE INDEX `ix_Ping_rally_Ping_id` ON `Ping_rally` (`Ping_id`);
CREATE INDEX `ix_Ping_rally_rally` ON `Ping_rally` (rally);

CREATE TABLE `Pong_rally` (
	`Pong_match_id` VARCHAR(255) NOT NULL,
	rally INTEGER NOT NULL,
	CONSTRAINT `pk_Pong_rally` PRIMARY KEY (`Pong_match_id`, rally),
	CONSTRAINT `fk_Pong_rally_Pong_match_id_Pong` FOREIGN KEY(`Pong_match_id`) REFERENCES `Pong` (match_id)
);
CREATE INDEX `ix_Pong_rally_Pong_match_id` ON `Pong_rally` (`Pong_match_id`);
CREATE INDEX `ix_Pong_rally_rally` ON `Pong_rally` (rally);

CREATE TABLE `Match_rally` (
	`Match_match_id` VARCHAR(255) NOT NULL,
	rally INTEGER NOT NULL,
	CONSTRAINT `pk_Match_rally` PRIMARY KEY (`Match_match_id`, rally),
	CONSTRAINT `fk_Match_rally_Match_match_id_Match` FOREIGN KEY(`Match_match_id`) REFERENCES `Match` (match_id)
);
CREATE INDEX `ix_Match_rally_Match_match_id` ON `Match_rally` (`Match_match_id`);
CREATE INDEX `ix_Match_rally_rally` ON `Match_rally` (rally);
