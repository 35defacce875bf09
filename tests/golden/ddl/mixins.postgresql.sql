CREATE TABLE "Named" (
	id SERIAL NOT NULL,
	name TEXT,
	note INTEGER,
	CONSTRAINT "pk_Named" PRIMARY KEY (id)
);
CREATE INDEX "ix_Named_id" ON "Named" (id);
COMMENT ON TABLE "Named" IS 'Mixin that adds a name.';

CREATE TABLE "Dated" (
	id SERIAL NOT NULL,
	created DATE,
	CONSTRAINT "pk_Dated" PRIMARY KEY (id)
);
CREATE INDEX "ix_Dated_id" ON "Dated" (id);
COMMENT ON TABLE "Dated" IS 'Mixin that adds a date.';

CREATE TABLE "Audited" (
	id SERIAL NOT NULL,
	auditor TEXT,
	created DATE NOT NULL,
	CONSTRAINT "pk_Audited" PRIMARY KEY (id)
);
CREATE INDEX "ix_Audited_id" ON "Audited" (id);
COMMENT ON TABLE "Audited" IS 'A mixin with its own is_a parent.';

CREATE TABLE "Base" (
	id TEXT NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (id)
);
CREATE INDEX "ix_Base_id" ON "Base" (id);
COMMENT ON TABLE "Base" IS 'Ordinary is_a parent.';

CREATE TABLE "Record" (
	name TEXT,
	auditor TEXT,
	id TEXT NOT NULL,
	created DATE NOT NULL,
	CONSTRAINT "pk_Record" PRIMARY KEY (id)
);
CREATE INDEX "ix_Record_id" ON "Record" (id);
COMMENT ON TABLE "Record" IS 'Has an is_a parent plus two mixins.';

CREATE TABLE "Reversed" (
	id TEXT NOT NULL,
	auditor TEXT,
	name TEXT,
	note INTEGER,
	created DATE NOT NULL,
	CONSTRAINT "pk_Reversed" PRIMARY KEY (id)
);
CREATE INDEX "ix_Reversed_id" ON "Reversed" (id);
COMMENT ON TABLE "Reversed" IS 'Only mixins, in the other order.';

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
