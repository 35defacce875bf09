CREATE TABLE `Seat` (
	seat_id VARCHAR(255) NOT NULL,
	venue VARCHAR(255) NOT NULL,
	seat_row VARCHAR(255) NOT NULL,
	seat_number INTEGER NOT NULL,
	CONSTRAINT `pk_Seat` PRIMARY KEY (seat_id),
	CONSTRAINT `uq_Seat_venue_seat_row_seat_number` UNIQUE (venue, seat_row, seat_number)
)COMMENT='A seat is unique per venue, row and number.';
CREATE INDEX `ix_Seat_seat_id` ON `Seat` (seat_id);
CREATE INDEX `Seat_venue_seat_row_seat_number_idx` ON `Seat` (venue, seat_row, seat_number);
