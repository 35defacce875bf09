CREATE TABLE "Base" (
	ident TEXT NOT NULL,
	note TEXT NOT NULL,
	CONSTRAINT "pk_Base" PRIMARY KEY (ident)
);
CREATE INDEX "ix_Base_ident" ON "Base" (ident);
COMMENT ON TABLE "Base" IS 'Abstract via a quoted true.';

CREATE TABLE "Leaf" (
	ident TEXT NOT NULL,
	note TEXT,
	CONSTRAINT "pk_Leaf" PRIMARY KEY (ident)
);
CREATE INDEX "ix_Leaf_ident" ON "Leaf" (ident);
COMMENT ON TABLE "Leaf" IS 'Concrete via a quoted false; relaxes note via a quoted false.';

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
