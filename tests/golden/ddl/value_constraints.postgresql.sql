CREATE TABLE "Reading" (
	reading_id TEXT NOT NULL,
	value INTEGER,
	unit TEXT,
	flagged BOOLEAN,
	sensor_code TEXT,
	CONSTRAINT "pk_Reading" PRIMARY KEY (reading_id)
);
CREATE INDEX "ix_Reading_reading_id" ON "Reading" (reading_id);
COMMENT ON TABLE "Reading" IS 'Base bounds come from the slot.';

CREATE TABLE "IndoorReading" (
	reading_id TEXT NOT NULL,
	value INTEGER,
	unit TEXT,
	flagged BOOLEAN,
	sensor_code TEXT,
	CONSTRAINT "pk_IndoorReading" PRIMARY KEY (reading_id)
);
CREATE INDEX "ix_IndoorReading_reading_id" ON "IndoorReading" (reading_id);
COMMENT ON TABLE "IndoorReading" IS 'Narrows both bounds.';

CREATE TABLE "FridgeReading" (
	reading_id TEXT NOT NULL,
	value INTEGER NOT NULL,
	unit TEXT,
	flagged BOOLEAN,
	sensor_code TEXT,
	CONSTRAINT "pk_FridgeReading" PRIMARY KEY (reading_id)
);
CREATE INDEX "ix_FridgeReading_reading_id" ON "FridgeReading" (reading_id);
COMMENT ON TABLE "FridgeReading" IS 'Tries to widen the maximum; the tighter bound is kept when combining.';
