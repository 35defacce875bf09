-- # Class: Named Description: Mixin that adds a name.
--     * Slot: id
--     * Slot: name Description: A name.
--     * Slot: note Description: The Named mixin narrows note to integer.
-- # Class: Dated Description: Mixin that adds a date.
--     * Slot: id
--     * Slot: created
-- # Class: Audited Description: A mixin with its own is_a parent.
--     * Slot: id
--     * Slot: auditor Description: Who audited it.
--     * Slot: created
-- # Class: Base Description: Ordinary is_a parent.
--     * Slot: id
-- # Class: Record Description: Has an is_a parent plus two mixins.
--     * Slot: name Description: A name.
--     * Slot: auditor Description: Who audited it.
--     * Slot: id
--     * Slot: created
-- # Class: Reversed Description: Only mixins, in the other order.
--     * Slot: id
--     * Slot: auditor Description: Who audited it.
--     * Slot: name Description: A name.
--     * Slot: note Description: The Named mixin narrows note to integer.
--     * Slot: created
-- # Class: Base_note
--     * Slot: Base_id Description: Autocreated FK slot
--     * Slot: note Description: The is_a parent narrows note to date.
-- # Class: Record_note
--     * Slot: Record_id Description: Autocreated FK slot
--     * Slot: note Description: The Named mixin narrows note to integer.

CREATE TABLE "Named" (
	id INTEGER NOT NULL,
	name TEXT,
	note INTEGER,
	CONSTRAINT "pk_Named" PRIMARY KEY (id)
);
CREATE INDEX "ix_Named_id" ON "Named" (id);

CREATE TABLE "Dated" (
	id INTEGER NOT NULL,
	created DATE,
	CONSTRAINT "pk_Dated" PRIMARY KEY (id)
);
CREATE INDEX "ix_Dated_id" ON "Dated" (id);

CREATE TABLE "Audited" (
	id INTEGER NOT NULL,
	auditor TEXT,
	created DATE NOT NULL,
	CONSTRAINT "pk_Audited" PRIMARY KEY (id)
);
CREATE INDEX "ix_Audited_id" ON "Audited" (id);

CREATE TABLE "Base" (
	id TEXT NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (id)
);
CREATE INDEX "ix_Base_id" ON "Base" (id);

CREATE TABLE "Record" (
	name TEXT,
	auditor TEXT,
	id TEXT NOT NULL,
	created DATE NOT NULL,
	CONSTRAINT "pk_Record" PRIMARY KEY (id)
);
CREATE INDEX "ix_Record_id" ON "Record" (id);

CREATE TABLE "Reversed" (
	id TEXT NOT NULL,
	auditor TEXT,
	name TEXT,
	note INTEGER,
	created DATE NOT NULL,
	CONSTRAINT "pk_Reversed" PRIMARY KEY (id)
);
CREATE INDEX "ix_Reversed_id" ON "Reversed" (id);

CREATE TABLE "Base_note" (
	"Base_id" TEXT NOT NULL,
	note DATE NOT NULL,
	CONSTRAINT "pk_Base_note" PRIMARY KEY ("Base_id", note),
	CONSTRAINT "fk_Base_note_Base_id_Base" FOREIGN KEY("Base_id") REFERENCES "Base" (id)
);
CREATE INDEX "ix_Base_note_Base_id" ON "Base_note" ("Base_id");
CREATE INDEX "ix_Base_note_note" ON "Base_note" (note);

CREATE TABLE "Record_note" (
	"Record_id" TEXT NOT NULL,
	note INTEGER NOT NULL,
	CONSTRAINT "pk_Record_note" PRIMARY KEY ("Record_id", note),
	CONSTRAINT "fk_Record_note_Record_id_Record" FOREIGN KEY("Record_id") REFERENCES "Record" (id)
);
CREATE INDEX "ix_Record_note_Record_id" ON "Record_note" ("Record_id");
CREATE INDEX "ix_Record_note_note" ON "Record_note" (note);
