CREATE TABLE `Label` (
	label_id VARCHAR(255) NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT `pk_Label` PRIMARY KEY (label_id)
)COMMENT='Slots without range pick up ShortText.';
CREATE INDEX `ix_Label_label_id` ON `Label` (label_id);

CREATE TABLE `Sticker` (
	label_id VARCHAR(255) NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT `pk_Sticker` PRIMARY KEY (label_id)
)COMMENT='Overrides the default in slot_usage.';
CREATE INDEX `ix_Sticker_label_id` ON `Sticker` (label_id);
