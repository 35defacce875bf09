CREATE TABLE "NamedThing" (
	id TEXT NOT NULL,
	name TEXT,
	CONSTRAINT "pk_NamedThing" PRIMARY KEY (id)
);
CREATE INDEX "ix_NamedThing_id" ON "NamedThing" (id);

CREATE TABLE "Person" (
	birth_date DATE,
	gender TEXT,
	age INTEGER,
	id TEXT NOT NULL,
	name TEXT,
	CONSTRAINT "pk_Person" PRIMARY KEY (id)
);
CREATE INDEX "ix_Person_id" ON "Person" (id);
CREATE INDEX birth_date_index ON "Person" (birth_date, gender);
CREATE INDEX name_age_index ON "Person" (name, age);

CREATE TABLE "Place" (
	country TEXT,
	id TEXT NOT NULL,
	name TEXT,
	CONSTRAINT "pk_Place" PRIMARY KEY (id)
);
CREATE INDEX "ix_Place_id" ON "Place" (id);
CREATE INDEX country_index ON "Place" (country);

CREATE TABLE "Visit" (
	id SERIAL NOT NULL,
	place TEXT,
	day DATE,
	CONSTRAINT "pk_Visit" PRIMARY KEY (id),
	CONSTRAINT "fk_Visit_place_Place" FOREIGN KEY(place) REFERENCES "Place" (id)
);
CREATE INDEX "ix_Visit_id" ON "Visit" (id);
CREATE INDEX visit_id_day_index ON "Visit" (id, day);
COMMENT ON TABLE "Visit" IS 'No identifier, so linkml adds the key `id`, which an index can name.';
