CREATE TYPE "Status" AS ENUM ('active', 'retired', 'on hold');

CREATE TYPE "Size" AS ENUM ('small', 'medium', 'large', 'huge');

CREATE TABLE "Task" (
	id SERIAL NOT NULL,
	status "Status",
	process TEXT,
	CONSTRAINT "pk_Task" PRIMARY KEY (id)
);
CREATE INDEX "ix_Task_id" ON "Task" (id);
COMMENT ON TABLE "Task" IS 'Uses the enums as slot ranges.';

CREATE TABLE "Task_sizes" (
	"Task_id" INTEGER NOT NULL,
	sizes "Size" NOT NULL,
	CONSTRAINT "pk_Task_sizes" PRIMARY KEY ("Task_id", sizes),
	CONSTRAINT "fk_Task_sizes_Task_id_Task" FOREIGN KEY("Task_id") REFERENCES "Task" (id)
);
CREATE INDEX "ix_Task_sizes_Task_id" ON "Task_sizes" ("Task_id");
CREATE INDEX "ix_Task_sizes_sizes" ON "Task_sizes" (sizes);
