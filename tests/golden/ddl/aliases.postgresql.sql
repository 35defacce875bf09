CREATE TABLE "Field Station" (
	station_id TEXT NOT NULL,
	opening_date DATE,
	class_ TEXT,
	display_label TEXT,
	CONSTRAINT "pk_Field Station" PRIMARY KEY (station_id)
);
CREATE INDEX "ix_Field Station_station_id" ON "Field Station" (station_id);
COMMENT ON TABLE "Field Station" IS 'A class name with a space.';

CREATE TABLE "research-site" (
	site_code TEXT,
	kind TEXT,
	station_id TEXT NOT NULL,
	opening_date DATE,
	class_ TEXT,
	shown_name TEXT,
	CONSTRAINT "pk_research-site" PRIMARY KEY (station_id)
);
CREATE INDEX "ix_research-site_station_id" ON "research-site" (station_id);
COMMENT ON TABLE "research-site" IS 'A class name with a hyphen.';

CREATE TABLE "Visit" (
	station_id TEXT NOT NULL,
	opening_date DATE,
	CONSTRAINT "pk_Visit" PRIMARY KEY (station_id)
);
CREATE INDEX "ix_Visit_station_id" ON "Visit" (station_id);
COMMENT ON TABLE "Visit" IS 'Refers to slots by their underscored names; linkml maps them back to the real slots.';
