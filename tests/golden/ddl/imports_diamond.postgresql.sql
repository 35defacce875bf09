CREATE TYPE "Grade" AS ENUM ('low', 'high');

CREATE TABLE "Shared" (
	id SERIAL NOT NULL,
	label INTEGER NOT NULL,
	code TEXT,
	CONSTRAINT "pk_Shared" PRIMARY KEY (id)
);
CREATE INDEX "ix_Shared_id" ON "Shared" (id);
COMMENT ON TABLE "Shared" IS 'Redefined here a third time; the main schema wins.';

CREATE TABLE "Base" (
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (id)
);
CREATE INDEX "ix_Base_id" ON "Base" (id);
COMMENT ON TABLE "Base" IS 'Root class defined in c.';

CREATE TABLE "PartA" (
	code TEXT,
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT "pk_PartA" PRIMARY KEY (id)
);
CREATE INDEX "ix_PartA_id" ON "PartA" (id);
COMMENT ON TABLE "PartA" IS 'Defined in a.';

CREATE TABLE "PartB" (
	id SERIAL NOT NULL,
	code TEXT,
	detail "Grade",
	CONSTRAINT "pk_PartB" PRIMARY KEY (id)
);
CREATE INDEX "ix_PartB_id" ON "PartB" (id);
COMMENT ON TABLE "PartB" IS 'Defined in b.';

CREATE TABLE "Project" (
	detail "Grade",
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	part_b_id INTEGER,
	CONSTRAINT "pk_Project" PRIMARY KEY (id),
	CONSTRAINT "fk_Project_part_b_id_PartB" FOREIGN KEY(part_b_id) REFERENCES "PartB" (id)
);
CREATE INDEX "ix_Project_id" ON "Project" (id);
COMMENT ON TABLE "Project" IS 'Main schema class using elements from every import.';

CREATE TABLE "Project_part_a" (
	"Project_id" TEXT NOT NULL,
	part_a_id TEXT NOT NULL,
	CONSTRAINT "pk_Project_part_a" PRIMARY KEY ("Project_id", part_a_id),
	CONSTRAINT "fk_Project_part_a_Project_id_Project" FOREIGN KEY("Project_id") REFERENCES "Project" (id),
	CONSTRAINT "fk_Project_part_a_part_a_id_PartA" FOREIGN KEY(part_a_id) REFERENCES "PartA" (id)
);
CREATE INDEX "ix_Project_part_a_Project_id" ON "Project_part_a" ("Project_id");
CREATE INDEX "ix_Project_part_a_part_a_id" ON "Project_part_a" (part_a_id);
