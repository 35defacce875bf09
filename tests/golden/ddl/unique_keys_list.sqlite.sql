-- # Class: Seat Description: A seat is unique per venue, row and number.
--     * Slot: seat_id
--     * Slot: venue
--     * Slot: seat_row
--     * Slot: seat_number

CREATE TABLE "Seat" (
	seat_id TEXT NOT NULL,
	venue TEXT NOT NULL,
	seat_row TEXT NOT NULL,
	seat_number INTEGER NOT NULL,
	CONSTRAINT "pk_Seat" PRIMARY KEY (seat_id),
	CONSTRAINT "uq_Seat_venue_seat_row_seat_number" UNIQUE (venue, seat_row, seat_number)
);
CREATE INDEX "ix_Seat_seat_id" ON "Seat" (seat_id);
CREATE INDEX "Seat_venue_seat_row_seat_number_idx" ON "Seat" (venue, seat_row, seat_number);
