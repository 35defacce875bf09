-- # Class: Switch Description: Local slot without range, plus inherited imported ones.
--     * Slot: id
--     * Slot: enabled Description: Defined here, used by the root.
--     * Slot: widget_size Description: No range; the root default (boolean) applies, not integer.
--     * Slot: weight Description: Attribute without range in the imported schema.
-- # Class: Widget Description: Slots here have no range of their own.
--     * Slot: id
--     * Slot: widget_size Description: No range; the root default (boolean) applies, not integer.
--     * Slot: weight Description: Attribute without range in the imported schema.

CREATE TABLE "Switch" (
	id INTEGER NOT NULL,
	enabled BOOLEAN,
	widget_size BOOLEAN,
	weight BOOLEAN,
	CONSTRAINT "pk_Switch" PRIMARY KEY (id)
);
CREATE INDEX "ix_Switch_id" ON "Switch" (id);

CREATE TABLE "Widget" (
	id INTEGER NOT NULL,
	widget_size BOOLEAN,
	weight BOOLEAN,
	CONSTRAINT "pk_Widget" PRIMARY KEY (id)
);
CREATE INDEX "ix_Widget_id" ON "Widget" (id);
