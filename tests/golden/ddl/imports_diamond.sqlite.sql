-- # Class: Project Description: Main schema class using elements from every import.
--     * Slot: detail
--     * Slot: id
--     * Slot: label Description: Overrides label from c with a different range.
--     * Slot: part_b_id
-- # Class: Shared Description: Redefined here a third time; the main schema wins.
--     * Slot: id
--     * Slot: label Description: Overrides label from c with a different range.
--     * Slot: code Description: A code, redefined later in b.
-- # Abstract Class: Base Description: Root class defined in c.
--     * Slot: id
--     * Slot: label Description: Overrides label from c with a different range.
-- # Class: PartA Description: Defined in a.
--     * Slot: code Description: A code, redefined later in b.
--     * Slot: id
--     * Slot: label Description: Overrides label from c with a different range.
-- # Class: PartB Description: Defined in b.
--     * Slot: id
--     * Slot: code Description: A code, redefined later in b.
--     * Slot: detail
-- # Class: Project_part_a
--     * Slot: Project_id Description: Autocreated FK slot
--     * Slot: part_a_id

CREATE TABLE "Shared" (
	id INTEGER NOT NULL,
	label INTEGER NOT NULL,
	code TEXT,
	CONSTRAINT "pk_Shared" PRIMARY KEY (id)
);
CREATE INDEX "ix_Shared_id" ON "Shared" (id);

CREATE TABLE "Base" (
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (id)
);
CREATE INDEX "ix_Base_id" ON "Base" (id);

CREATE TABLE "PartA" (
	code TEXT,
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	CONSTRAINT "pk_PartA" PRIMARY KEY (id)
);
CREATE INDEX "ix_PartA_id" ON "PartA" (id);

CREATE TABLE "PartB" (
	id INTEGER NOT NULL,
	code TEXT,
	detail VARCHAR(4),
	CONSTRAINT "pk_PartB" PRIMARY KEY (id),
	CONSTRAINT "ck_PartB_detail_Grade" CHECK (detail IN ('low', 'high'))
);
CREATE INDEX "ix_PartB_id" ON "PartB" (id);

CREATE TABLE "Project" (
	detail VARCHAR(4),
	id TEXT NOT NULL,
	label INTEGER NOT NULL,
	part_b_id INTEGER,
	CONSTRAINT "pk_Project" PRIMARY KEY (id),
	CONSTRAINT "fk_Project_part_b_id_PartB" FOREIGN KEY(part_b_id) REFERENCES "PartB" (id),
	CONSTRAINT "ck_Project_detail_Grade" CHECK (detail IN ('low', 'high'))
);
CREATE INDEX "ix_Project_id" ON "Project" (id);

CREATE TABLE "Project_part_a" (
	"Project_id" TEXT NOT NULL,
	part_a_id TEXT NOT NULL,
	CONSTRAINT "pk_Project_part_a" PRIMARY KEY ("Project_id", part_a_id),
	CONSTRAINT "fk_Project_part_a_Project_id_Project" FOREIGN KEY("Project_id") REFERENCES "Project" (id),
	CONSTRAINT "fk_Project_part_a_part_a_id_PartA" FOREIGN KEY(part_a_id) REFERENCES "PartA" (id)
);
CREATE INDEX "ix_Project_part_a_Project_id" ON "Project_part_a" ("Project_id");
CREATE INDEX "ix_Project_part_a_part_a_id" ON "Project_part_a" (part_a_id);
