-- # Class: Field Station Description: A class name with a space.
--     * Slot: station_id Description: Space in the slot name.
--     * Slot: opening_date Description: Hyphen in the slot name.
--     * Slot: class_ Description: Alias avoiding a reserved word.
--     * Slot: display_label Description: Explicit alias.
-- # Class: research-site Description: A class name with a hyphen.
--     * Slot: site_code Description: Attribute with a space in its name.
--     * Slot: kind Description: Attribute with an explicit alias.
--     * Slot: station_id Description: Space in the slot name.
--     * Slot: opening_date Description: Hyphen in the slot name.
--     * Slot: class_ Description: Alias avoiding a reserved word.
--     * Slot: shown_name Description: Alias changed in slot_usage.
-- # Class: Visit Description: Refers to slots by their underscored names; linkml maps them back to the real slots.
--     * Slot: station_id Description: Space in the slot name.
--     * Slot: opening_date Description: Hyphen in the slot name.

CREATE TABLE "Field Station" (
	station_id TEXT NOT NULL,
	opening_date DATE,
	class_ TEXT,
	display_label TEXT,
	CONSTRAINT "pk_Field Station" PRIMARY KEY (station_id)
);
CREATE INDEX "ix_Field Station_station_id" ON "Field Station" (station_id);

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

CREATE TABLE "Visit" (
	station_id TEXT NOT NULL,
	opening_date DATE,
	CONSTRAINT "pk_Visit" PRIMARY KEY (station_id)
);
CREATE INDEX "ix_Visit_station_id" ON "Visit" (station_id);
