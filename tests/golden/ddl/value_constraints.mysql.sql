CREATE TABLE `Reading` (
	reading_id VARCHAR(255) NOT NULL,
	value INTEGER,
	unit TEXT,
	flagged BOOL,
	sensor_code TEXT,
	CONSTRAINT `pk_Reading` PRIMARY KEY (reading_id)
)COMMENT='Base bounds come from the slot.';
CREATE INDEX `ix_Reading_reading_id` ON `Reading` (reading_id);

CREATE TABLE `IndoorReading` (
	reading_id VARCHAR(255) NOT NULL,
	value INTEGER,
	unit TEXT,
	flagged BOOL,
	sensor_code TEXT,
	CONSTRAINT `pk_IndoorReading` PRIMARY KEY (reading_id)
)COMMENT='Narrows both bounds.';
CREATE INDEX `ix_IndoorReading_reading_id` ON `IndoorReading` (reading_id);

CREATE TABLE `FridgeReading` (
	reading_id VARCHAR(255) NOT NULL,
	value INTEGER NOT NULL,
	unit TEXT,
	flagged BOOL,
	sensor_code TEXT,
	CONSTRAINT `pk_FridgeReading` PRIMARY KEY (reading_id)
)COMMENT='Tries to widen the maximum; the tighter bound is kept when combining.';
CREATE INDEX `ix_FridgeReading_reading_id` ON `FridgeReading` (reading_id);
