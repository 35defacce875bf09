-- # Class: Task Description: Uses the enums as slot ranges.
--     * Slot: id
--     * Slot: status
--     * Slot: process
-- # Class: Task_sizes
--     * Slot: Task_id Description: Autocreated FK slot
--     * Slot: sizes

CREATE TABLE "Task" (
	id INTEGER NOT NULL,
	status VARCHAR(7),
	process TEXT,
	CONSTRAINT "pk_Task" PRIMARY KEY (id),
	CONSTRAINT "ck_Task_status_Status" CHECK (status IN ('active', 'retired', 'on hold'))
);
CREATE INDEX "ix_Task_id" ON "Task" (id);

CREATE TABLE "Task_sizes" (
	"Task_id" INTEGER NOT NULL,
	sizes VARCHAR(6) NOT NULL,
	CONSTRAINT "pk_Task_sizes" PRIMARY KEY ("Task_id", sizes),
	CONSTRAINT "fk_Task_sizes_Task_id_Task" FOREIGN KEY("Task_id") REFERENCES "Task" (id),
	CONSTRAINT "ck_Task_sizes_sizes_Size" CHECK (sizes IN ('small', 'medium', 'large', 'huge'))
);
CREATE INDEX "ix_Task_sizes_Task_id" ON "Task_sizes" ("Task_id");
CREATE INDEX "ix_Task_sizes_sizes" ON "Task_sizes" (sizes);
