-- # Class: Label Description: Slots without range pick up ShortText.
--     * Slot: label_id
--     * Slot: text Description: No range, so ShortText.
--     * Slot: count
--     * Slot: lang Description: Attribute without range.
-- # Class: Sticker Description: Overrides the default in slot_usage.
--     * Slot: label_id
--     * Slot: text Description: No range, so ShortText.
--     * Slot: count
--     * Slot: lang Description: Attribute without range.

CREATE TABLE "Label" (
	label_id TEXT NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT "pk_Label" PRIMARY KEY (label_id)
);
CREATE INDEX "ix_Label_label_id" ON "Label" (label_id);

CREATE TABLE "Sticker" (
	label_id TEXT NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT "pk_Sticker" PRIMARY KEY (label_id)
);
CREATE INDEX "ix_Sticker_label_id" ON "Sticker" (label_id);
