CREATE TABLE "Label" (
	label_id TEXT NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT "pk_Label" PRIMARY KEY (label_id)
);
CREATE INDEX "ix_Label_label_id" ON "Label" (label_id);
COMMENT ON TABLE "Label" IS 'Slots without range pick up ShortText.';

CREATE TABLE "Sticker" (
	label_id TEXT NOT NULL,
	text TEXT,
	count INTEGER,
	lang TEXT,
	CONSTRAINT "pk_Sticker" PRIMARY KEY (label_id)
);
CREATE INDEX "ix_Sticker_label_id" ON "Sticker" (label_id);
COMMENT ON TABLE "Sticker" IS 'Overrides the default in slot_usage.';
