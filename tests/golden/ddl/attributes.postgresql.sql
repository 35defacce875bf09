CREATE TABLE "Animal" (
	animal_id TEXT NOT NULL,
	legs INTEGER,
	CONSTRAINT "pk_Animal" PRIMARY KEY (animal_id)
);
CREATE INDEX "ix_Animal_animal_id" ON "Animal" (animal_id);
COMMENT ON TABLE "Animal" IS 'Declares attributes only.';

CREATE TABLE "Kennel" (
	id SERIAL NOT NULL,
	kennel_owner TEXT,
	kennel_colour TEXT,
	CONSTRAINT "pk_Kennel" PRIMARY KEY (id)
);
CREATE INDEX "ix_Kennel_id" ON "Kennel" (id);
COMMENT ON TABLE "Kennel" IS 'An attribute with is_a is not expanded through slot ancestors.';

CREATE TABLE "Car" (
	id SERIAL NOT NULL,
	CONSTRAINT "pk_Car" PRIMARY KEY (id)
);
CREATE INDEX "ix_Car_id" ON "Car" (id);
COMMENT ON TABLE "Car" IS 'Uses the schema-level colour slot, not the attribute.';

CREATE TABLE "Colour" (
	hex TEXT NOT NULL,
	CONSTRAINT "pk_Colour" PRIMARY KEY (hex)
);
CREATE INDEX "ix_Colour_hex" ON "Colour" (hex);
COMMENT ON TABLE "Colour" IS 'A colour value object.';

CREATE TABLE "Dog" (
	owner TEXT,
	animal_id TEXT NOT NULL,
	legs INTEGER,
	colour_hex TEXT NOT NULL,
	CONSTRAINT "pk_Dog" PRIMARY KEY (animal_id),
	CONSTRAINT "fk_Dog_colour_hex_Colour" FOREIGN KEY(colour_hex) REFERENCES "Colour" (hex)
);
CREATE INDEX "ix_Dog_animal_id" ON "Dog" (animal_id);
COMMENT ON TABLE "Dog" IS 'Inherits attributes and adds its own, one shadowing the global slot colour.';

CREATE TABLE "Puppy" (
	owner TEXT,
	animal_id TEXT NOT NULL,
	legs INTEGER NOT NULL,
	colour_hex TEXT NOT NULL,
	CONSTRAINT "pk_Puppy" PRIMARY KEY (animal_id),
	CONSTRAINT "fk_Puppy_colour_hex_Colour" FOREIGN KEY(colour_hex) REFERENCES "Colour" (hex)
);
CREATE INDEX "ix_Puppy_animal_id" ON "Puppy" (animal_id);
COMMENT ON TABLE "Puppy" IS 'Overrides an inherited attribute via slot_usage.';

CREATE TABLE "Car_colour" (
	"Car_id" INTEGER NOT NULL,
	colour INTEGER NOT NULL,
	CONSTRAINT "pk_Car_colour" PRIMARY KEY ("Car_id", colour),
	CONSTRAINT "fk_Car_colour_Car_id_Car" FOREIGN KEY("Car_id") REFERENCES "Car" (id)
);
CREATE INDEX "ix_Car_colour_Car_id" ON "Car_colour" ("Car_id");
CREATE INDEX "ix_Car_colour_colour" ON "Car_colour" (colour);
