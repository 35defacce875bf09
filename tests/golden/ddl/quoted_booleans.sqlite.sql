-- # Abstract Class: Base Description: Abstract via a quoted true.
--     * Slot: ident Description: Identifier via a quoted true.
--     * Slot: note Description: Required via a capitalised quoted True.
-- # Class: Leaf Description: Concrete via a quoted false; relaxes note via a quoted false.
--     * Slot: ident Description: Identifier via a quoted true.
--     * Slot: note Description: Required via a capitalised quoted True.
-- # Class: Base_tags
--     * Slot: Base_ident Description: Autocreated FK slot
--     * Slot: tags Description: Booleans written as the integers 1 and 0.
-- # Class: Leaf_tags
--     * Slot: Leaf_ident Description: Autocreated FK slot
--     * Slot: tags Description: Booleans written as the integers 1 and 0.

CREATE TABLE "Base" (
	ident TEXT NOT NULL,
	note TEXT NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (ident)
);
CREATE INDEX "ix_Base_ident" ON "Base" (ident);

CREATE TABLE "Leaf" (
	ident TEXT NOT NULL,
	note TEXT,
	CONSTRAINT "pk_Leaf" PRIMARY KEY (ident)
);
CREATE INDEX "ix_Leaf_ident" ON "Leaf" (ident);

CREATE TABLE "Base_tags" (
	"Base_ident" TEXT NOT NULL,
	tags TEXT NOT NULL,
	CONSTRAINT "pk_Base_tags" PRIMARY KEY ("Base_ident", tags),
	CONSTRAINT "fk_Base_tags_Base_ident_Base" FOREIGN KEY("Base_ident") REFERENCES "Base" (ident)
);
CREATE INDEX "ix_Base_tags_Base_ident" ON "Base_tags" ("Base_ident");
CREATE INDEX "ix_Base_tags_tags" ON "Base_tags" (tags);

CREATE TABLE "Leaf_tags" (
	"Leaf_ident" TEXT NOT NULL,
	tags TEXT NOT NULL,
	CONSTRAINT "pk_Leaf_tags" PRIMARY KEY ("Leaf_ident", tags),
	CONSTRAINT "fk_Leaf_tags_Leaf_ident_Leaf" FOREIGN KEY("Leaf_ident") REFERENCES "Leaf" (ident)
);
CREATE INDEX "ix_Leaf_tags_Leaf_ident" ON "Leaf_tags" ("Leaf_ident");
CREATE INDEX "ix_Leaf_tags_tags" ON "Leaf_tags" (tags);
