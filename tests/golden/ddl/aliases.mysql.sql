CREATE TABLE `Field Station` (
	station_id VARCHAR(255) NOT NULL,
	opening_date DATE,
	class_ TEXT,
	display_label TEXT,
	CONSTRAINT `pk_Field Station` PRIMARY KEY (station_id)
)COMMENT='A class name with a space.';
CREATE INDEX `ix_Field Station_station_id` ON `Field Station` (station_id);

CREATE TABLE `research-site` (
	site_code TEXT,
	kind TEXT,
	station_id VARCHAR(255) NOT NULL,
	opening_date DATE,
	class_ TEXT,
	shown_name TEXT,
	CONSTRAINT `pk_research-site` PRIMARY KEY (station_id)
)COMMENT='A class name with a hyphen.';
CREATE INDEX `ix_research-site_station_id` ON `research-site` (station_id);

CREATE TABLE `Visit` (
	station_id VARCHAR(255) NOT NULL,
	opening_date DATE,
	CONSTRAINT `pk_Visit` PRIMARY KEY (station_id)
)COMMENT='Refers to slots by their underscored names; linkml maps them back to the real slots.';
CREATE INDEX `ix_Visit_station_id` ON `Visit` (station_id);
