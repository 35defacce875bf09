-- # Class: Switch Description: Slots whose names look like booleans.
--     * Slot: id
--     * Slot: on Description: Named on.
--     * Slot: no
--     * Slot: y
--     * Slot: answer

CREATE TABLE "Switch" (
	id INTEGER NOT NULL,
	"on" BOOLEAN NOT NULL,
	no BOOLEAN,
	y INTEGER DEFAULT 0,
	answer VARCHAR(4),
	CONSTRAINT "pk_Switch" PRIMARY KEY (id),
	CONSTRAINT "ck_Switch_answer_Answer" CHECK (answer IN ('yes', 'no', 'on', 'off', 'y', 'n', 'True', 'NO'))
);
CREATE INDEX "ix_Switch_id" ON "Switch" (id);
