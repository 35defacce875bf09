CREATE TABLE "Person" (
	person_id TEXT NOT NULL,
	CONSTRAINT "pk_Person" PRIMARY KEY (person_id)
);
CREATE INDEX "ix_Person_person_id" ON "Person" (person_id);
COMMENT ON TABLE "Person" IS 'Uses the child slots.';

CREATE TABLE "Contact" (
	id SERIAL NOT NULL,
	home_phone INTEGER,
	CONSTRAINT "pk_Contact" PRIMARY KEY (id)
);
CREATE INDEX "ix_Contact_id" ON "Contact" (id);
COMMENT ON TABLE "Contact" IS 'Narrows an inherited slot via slot_usage.';

CREATE TABLE "Person_nickname" (
	"Person_person_id" TEXT NOT NULL,
	nickname TEXT NOT NULL,
	CONSTRAINT "pk_Person_nickname" PRIMARY KEY ("Person_person_id", nickname),
	CONSTRAINT "fk_Person_nickname_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_nickname_Person_person_id" ON "Person_nickname" ("Person_person_id");
CREATE INDEX "ix_Person_nickname_nickname" ON "Person_nickname" (nickname);

CREATE TABLE "Person_single_alias" (
	"Person_person_id" TEXT NOT NULL,
	single_alias TEXT NOT NULL,
	CONSTRAINT "pk_Person_single_alias" PRIMARY KEY ("Person_person_id", single_alias),
	CONSTRAINT "fk_Person_single_alias_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_single_alias_Person_person_id" ON "Person_single_alias" ("Person_person_id");
CREATE INDEX "ix_Person_single_alias_single_alias" ON "Person_single_alias" (single_alias);

CREATE TABLE "Person_home_phone" (
	"Person_person_id" TEXT NOT NULL,
	home_phone INTEGER NOT NULL,
	CONSTRAINT "pk_Person_home_phone" PRIMARY KEY ("Person_person_id", home_phone),
	CONSTRAINT "fk_Person_home_phone_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_home_phone_Person_person_id" ON "Person_home_phone" ("Person_person_id");
CREATE INDEX "ix_Person_home_phone_home_phone" ON "Person_home_phone" (home_phone);

CREATE TABLE "Person_optional_phone" (
	"Person_person_id" TEXT NOT NULL,
	optional_phone TEXT NOT NULL,
	CONSTRAINT "pk_Person_optional_phone" PRIMARY KEY ("Person_person_id", optional_phone),
	CONSTRAINT "fk_Person_optional_phone_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_optional_phone_Person_person_id" ON "Person_optional_phone" ("Person_person_id");
CREATE INDEX "ix_Person_optional_phone_optional_phone" ON "Person_optional_phone" (optional_phone);

CREATE TABLE "Person_counted_thing" (
	"Person_person_id" TEXT NOT NULL,
	counted_thing INTEGER NOT NULL,
	CONSTRAINT "pk_Person_counted_thing" PRIMARY KEY ("Person_person_id", counted_thing),
	CONSTRAINT "fk_Person_counted_thing_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_counted_thing_Person_person_id" ON "Person_counted_thing" ("Person_person_id");
CREATE INDEX "ix_Person_counted_thing_counted_thing" ON "Person_counted_thing" (counted_thing);

CREATE TABLE "Person_ranged_both" (
	"Person_person_id" TEXT NOT NULL,
	ranged_both INTEGER NOT NULL,
	CONSTRAINT "pk_Person_ranged_both" PRIMARY KEY ("Person_person_id", ranged_both),
	CONSTRAINT "fk_Person_ranged_both_Person_person_id_Person" FOREIGN KEY("Person_person_id") REFERENCES "Person" (person_id)
);
CREATE INDEX "ix_Person_ranged_both_Person_person_id" ON "Person_ranged_both" ("Person_person_id");
CREATE INDEX "ix_Person_ranged_both_ranged_both" ON "Person_ranged_both" (ranged_both);
