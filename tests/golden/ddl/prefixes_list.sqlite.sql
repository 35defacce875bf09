-- # Class: Place Description: Uses a prefix declared in list form.
--     * Slot: place_id
--     * Slot: place_name

CREATE TABLE "Place" (
	place_id TEXT NOT NULL,
	place_name TEXT,
	CONSTRAINT "pk_Place" PRIMARY KEY (place_id)
);
CREATE INDEX "ix_Place_place_id" ON "Place" (place_id);
