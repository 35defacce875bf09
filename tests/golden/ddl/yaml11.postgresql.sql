CREATE TYPE "Answer" AS ENUM ('yes', 'no', 'on', 'off', 'y', 'n', 'True', 'NO');

CREATE TABLE "Switch" (
	id SERIAL NOT NULL,
	"on" BOOLEAN NOT NULL,
	no BOOLEAN,
	y INTEGER DEFAULT 0,
	answer "Answer",
	CONSTRAINT "pk_Switch" PRIMARY KEY (id)
);
CREATE INDEX "ix_Switch_id" ON "Switch" (id);
COMMENT ON TABLE "Switch" IS 'Slots whose names look like booleans.';
