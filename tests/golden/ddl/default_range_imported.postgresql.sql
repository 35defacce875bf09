CREATE TABLE "Switch" (
	id SERIAL NOT NULL,
	enabled BOOLEAN,
	widget_size BOOLEAN,
	weight BOOLEAN,
	CONSTRAINT "pk_Switch" PRIMARY KEY (id)
);
CREATE INDEX "ix_Switch_id" ON "Switch" (id);
COMMENT ON TABLE "Switch" IS 'Local slot without range, plus inherited imported ones.';

CREATE TABLE "Widget" (
	id SERIAL NOT NULL,
	widget_size BOOLEAN,
	weight BOOLEAN,
	CONSTRAINT "pk_Widget" PRIMARY KEY (id)
);
CREATE INDEX "ix_Widget_id" ON "Widget" (id);
COMMENT ON TABLE "Widget" IS 'Slots here have no range of their own.';
