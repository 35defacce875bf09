CREATE TABLE `Team` (
	id VARCHAR(255) NOT NULL,
	name TEXT,
	CONSTRAINT `pk_Team` PRIMARY KEY (id)
);
CREATE INDEX `ix_Team_id` ON `Team` (id);

CREATE TABLE `Person` (
	id VARCHAR(255) NOT NULL,
	spouse VARCHAR(255),
	CONSTRAINT `pk_Person` PRIMARY KEY (id),
	CONSTRAINT `fk_Person_spouse_Person` FOREIGN KEY(spouse) REFERENCES `Person` (id)
);
CREATE INDEX `ix_Person_id` ON `Person` (id);

CREATE TABLE `Hero` (
	id VARCHAR(255) NOT NULL,
	name TEXT,
	member_of VARCHAR(255),
	`Team_id` VARCHAR(255),
	CONSTRAINT `pk_Hero` PRIMARY KEY (id),
	CONSTRAINT `fk_Hero_member_of_Team` FOREIGN KEY(member_of) REFERENCES `Team` (id),
	CONSTRAINT `fk_Hero_Team_id_Team` FOREIGN KEY(`Team_id`) REFERENCES `Team` (id)
);
CREATE INDEX `ix_Hero_id` ON `Hero` (id);

CREATE TABLE `Sponsor` (
	id VARCHAR(255) NOT NULL,
	main_team VARCHAR(255),
	CONSTRAINT `pk_Sponsor` PRIMARY KEY (id),
	CONSTRAINT `fk_Sponsor_main_team_Team` FOREIGN KEY(main_team) REFERENCES `Team` (id)
);
CREATE INDEX `ix_Sponsor_id` ON `Sponsor` (id);

CREATE TABLE `Fan` (
	id VARCHAR(255) NOT NULL,
	`Team_id` VARCHAR(255),
	CONSTRAINT `pk_Fan` PRIMARY KEY (id),
	CONSTRAINT `fk_Fan_Team_id_Team` FOREIGN KEY(`Team_id`) REFERENCES `Team` (id)
);
CREATE INDEX `ix_Fan_id` ON `Fan` (id);

CREATE TABLE `Team_main_sponsors` (
	`Team_id` VARCHAR(255) NOT NULL,
	main_sponsors_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Team_main_sponsors` PRIMARY KEY (`Team_id`, main_sponsors_id),
	CONSTRAINT `fk_Team_main_sponsors_Team_id_Team` FOREIGN KEY(`Team_id`) REFERENCES `Team` (id),
	CONSTRAINT `fk_Team_main_sponsors_main_sponsors_id_Sponsor` FOREIGN KEY(main_sponsors_id) REFERENCES `Sponsor` (id)
);
CREATE INDEX `ix_Team_main_sponsors_Team_id` ON `Team_main_sponsors` (`Team_id`);
CREATE INDEX `ix_Team_main_sponsors_main_sponsors_id` ON `Team_main_sponsors` (main_sponsors_id);

CREATE TABLE `Team_sponsored_by` (
	`Team_id` VARCHAR(255) NOT NULL,
	sponsored_by_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Team_sponsored_by` PRIMARY KEY (`Team_id`, sponsored_by_id),
	CONSTRAINT `fk_Team_sponsored_by_Team_id_Team` FOREIGN KEY(`Team_id`) REFERENCES `Team` (id),
	CONSTRAINT `fk_Team_sponsored_by_sponsored_by_id_Sponsor` FOREIGN KEY(sponsored_by_id) REFERENCES `Sponsor` (id)
);
CREATE INDEX `ix_Team_sponsored_by_Team_id` ON `Team_sponsored_by` (`Team_id`);
CREATE INDEX `ix_Team_sponsored_by_sponsored_by_id` ON `Team_sponsored_by` (sponsored_by_id);

CREATE TABLE `Sponsor_teams` (
	`Sponsor_id` VARCHAR(255) NOT NULL,
	teams_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Sponsor_teams` PRIMARY KEY (`Sponsor_id`, teams_id),
	CONSTRAINT `fk_Sponsor_teams_Sponsor_id_Sponsor` FOREIGN KEY(`Sponsor_id`) REFERENCES `Sponsor` (id),
	CONSTRAINT `fk_Sponsor_teams_teams_id_Team` FOREIGN KEY(teams_id) REFERENCES `Team` (id)
);
CREATE INDEX `ix_Sponsor_teams_Sponsor_id` ON `Sponsor_teams` (`Sponsor_id`);
CREATE INDEX `ix_Sponsor_teams_teams_id` ON `Sponsor_teams` (teams_id);

CREATE TABLE `Fan_supports` (
	`Fan_id` VARCHAR(255) NOT NULL,
	supports_id VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Fan_supports` PRIMARY KEY (`Fan_id`, supports_id),
	CONSTRAINT `fk_Fan_supports_Fan_id_Fan` FOREIGN KEY(`Fan_id`) REFERENCES `Fan` (id),
	CONSTRAINT `fk_Fan_supports_supports_id_Team` FOREIGN KEY(supports_id) REFERENCES `Team` (id)
);
CREATE INDEX `ix_Fan_supports_Fan_id` ON `Fan_supports` (`Fan_id`);
CREATE INDEX `ix_Fan_supports_supports_id` ON `Fan_supports` (supports_id);
