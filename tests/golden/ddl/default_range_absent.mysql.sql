CREATE TABLE `Note` (
	note_id VARCHAR(255) NOT NULL,
	`body` TEXT,
	ranged_child INTEGER,
	margin TEXT,
	CONSTRAINT `pk_Note` PRIMARY KEY (note_id)
)COMMENT='Mixes ranged and unranged slots.';
CREATE INDEX `ix_Note_note_id` ON `Note` (note_id);

CREATE TABLE `Memo` (
	note_id VARCHAR(255) NOT NULL,
	`body` TEXT,
	ranged_child INTEGER,
	margin TEXT,
	CONSTRAINT `pk_Memo` PRIMARY KEY (note_id)
)COMMENT='Gives body a range through slot_usage.';
CREATE INDEX `ix_Memo_note_id` ON `Memo` (note_id);

CREATE TABLE `Note_words` (
	`Note_note_id` VARCHAR(255) NOT NULL,
	words VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Note_words` PRIMARY KEY (`Note_note_id`, words),
	CONSTRAINT `fk_Note_words_Note_note_id_Note` FOREIGN KEY(`Note_note_id`) REFERENCES `Note` (note_id)
);
CREATE INDEX `ix_Note_words_Note_note_id` ON `Note_words` (`Note_note_id`);
CREATE INDEX `ix_Note_words_words` ON `Note_words` (words);

CREATE TABLE `Memo_words` (
	`Memo_note_id` VARCHAR(255) NOT NULL,
	words VARCHAR(255) NOT NULL,
	CONSTRAINT `pk_Memo_words` PRIMARY KEY (`Memo_note_id`, words),
	CONSTRAINT `fk_Memo_words_Memo_note_id_Memo` FOREIGN KEY(`Memo_note_id`) REFERENCES `Memo` (note_id)
);
CREATE INDEX `ix_Memo_words_Memo_note_id` ON `Memo_words` (`Memo_note_id`);
CREATE INDEX `ix_Memo_words_words` ON `Memo_words` (words);
