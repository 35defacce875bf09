CREATE TABLE "Reading" (
	reading_id TEXT NOT NULL,
	value INTEGER,
	unit TEXT DEFAULT 'kelvin',
	flagged BOOLEAN DEFAULT '0',
	sensor_code TEXT,
	CONSTRAINT "pk_Reading" PRIMARY KEY (reading_id),
	CONSTRAINT "ck_Reading_reading_id_pattern" CHECK (reading_id ~ '^R[0-9]+$'),
	CONSTRAINT "ck_Reading_value_min" CHECK (value >= -50),
	CONSTRAINT "ck_Reading_value_max" CHECK (value <= 100),
	CONSTRAINT "ck_Reading_sensor_code_pattern" CHECK (sensor_code ~ '^[A-Z]{2}-[0-9]+$')
);
CREATE INDEX "ix_Reading_reading_id" ON "Reading" (reading_id);
COMMENT ON TABLE "Reading" IS 'Base bounds come from the slot.';

CREATE TABLE "IndoorReading" (
	reading_id TEXT NOT NULL,
	value INTEGER,
	unit TEXT DEFAULT 'kelvin',
	flagged BOOLEAN DEFAULT '0',
	sensor_code TEXT,
	CONSTRAINT "pk_IndoorReading" PRIMARY KEY (reading_id),
	CONSTRAINT "ck_IndoorReading_reading_id_pattern" CHECK (reading_id ~ '^R[0-9]+$'),
	CONSTRAINT "ck_IndoorReading_value_min" CHECK (value >= 10),
	CONSTRAINT "ck_IndoorReading_value_max" CHECK (value <= 40),
	CONSTRAINT "ck_IndoorReading_sensor_code_pattern" CHECK (sensor_code ~ '^IN-[0-9]{3}$')
);
CREATE INDEX "ix_IndoorReading_reading_id" ON "IndoorReading" (reading_id);
COMMENT ON TABLE "IndoorReading" IS 'Narrows both bounds.';

CREATE TABLE "FridgeReading" (
	reading_id TEXT NOT NULL,
	value INTEGER NOT NULL,
	unit TEXT DEFAULT 'celsius',
	flagged BOOLEAN DEFAULT '1',
	sensor_code TEXT,
	CONSTRAINT "pk_FridgeReading" PRIMARY KEY (reading_id),
	CONSTRAINT "ck_FridgeReading_reading_id_pattern" CHECK (reading_id ~ '^R[0-9]+$'),
	CONSTRAINT "ck_FridgeReading_value_min" CHECK (value >= 10),
	CONSTRAINT "ck_FridgeReading_value_max" CHECK (value <= 8),
	CONSTRAINT "ck_FridgeReading_sensor_code_pattern" CHECK (sensor_code ~ '^IN-[0-9]{3}$')
);
CREATE INDEX "ix_FridgeReading_reading_id" ON "FridgeReading" (reading_id);
COMMENT ON TABLE "FridgeReading" IS 'Tries to widen the maximum; the tighter bound is kept when combining.';
