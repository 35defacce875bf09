-- # Class: Animal Description: Declares attributes only.
--     * Slot: animal_id
--     * Slot: legs Description: Number of legs.
-- # Class: Dog Description: Inherits attributes and adds its own, one shadowing the global slot colour.
--     * Slot: owner Description: Who owns it.
--     * Slot: animal_id
--     * Slot: legs Description: Number of legs.
--     * Slot: colour_hex Description: Shadows the schema-level colour slot.
-- # Class: Puppy Description: Overrides an inherited attribute via slot_usage.
--     * Slot: owner Description: Who owns it.
--     * Slot: animal_id
--     * Slot: legs Description: Number of legs.
--     * Slot: colour_hex Description: Shadows the schema-level colour slot.
-- # Class: Kennel Description: An attribute with is_a is not expanded through slot ancestors.
--     * Slot: id
--     * Slot: kennel_owner Description: Child of the owner slot, declared as an attribute.
--     * Slot: kennel_colour Description: Would be integer and multivalued if slot inheritance applied.
-- # Class: Car Description: Uses the schema-level colour slot, not the attribute.
--     * Slot: id
-- # Class: Colour Description: A colour value object.
--     * Slot: hex
-- # Class: Car_colour
--     * Slot: Car_id Description: Autocreated FK slot
--     * Slot: colour Description: Global colour slot with different range.

CREATE TABLE "Animal" (
	animal_id TEXT NOT NULL,
	legs INTEGER,
	CONSTRAINT "pk_Animal" PRIMARY KEY (animal_id)
);
CREATE INDEX "ix_Animal_animal_id" ON "Animal" (animal_id);

CREATE TABLE "Kennel" (
	id INTEGER NOT NULL,
	kennel_owner TEXT,
	kennel_colour TEXT,
	CONSTRAINT "pk_Kennel" PRIMARY KEY (id)
);
CREATE INDEX "ix_Kennel_id" ON "Kennel" (id);

CREATE TABLE "Car" (
	id INTEGER NOT NULL,
	CONSTRAINT "pk_Car" PRIMARY KEY (id)
);
CREATE INDEX "ix_Car_id" ON "Car" (id);

CREATE TABLE "Colour" (
	hex TEXT NOT NULL,
	CONSTRAINT "pk_Colour" PRIMARY KEY (hex)
);
CREATE INDEX "ix_Colour_hex" ON "Colour" (hex);

CREATE TABLE "Dog" (
	owner TEXT,
	animal_id TEXT NOT NULL,
	legs INTEGER,
	colour_hex TEXT NOT NULL,
	CONSTRAINT "pk_Dog" PRIMARY KEY (animal_id),
	CONSTRAINT "fk_Dog_colour_hex_Colour" FOREIGN KEY(colour_hex) REFERENCES "Colour" (hex)
);
CREATE INDEX "ix_Dog_animal_id" ON "Dog" (animal_id);

CREATE TABLE "Puppy" (
	owner TEXT,
	animal_id TEXT NOT NULL,
	legs INTEGER NOT NULL,
	colour_hex TEXT NOT NULL,
	CONSTRAINT "pk_Puppy" PRIMARY KEY (animal_id),
	CONSTRAINT "fk_Puppy_colour_hex_Colour" FOREIGN KEY(colour_hex) REFERENCES "Colour" (hex)
);
CREATE INDEX "ix_Puppy_animal_id" ON "Puppy" (animal_id);

CREATE TABLE "Car_colour" (
	"Car_id" INTEGER NOT NULL,
	colour INTEGER NOT NULL,
	CONSTRAINT "pk_Car_colour" PRIMARY KEY ("Car_id", colour),
	CONSTRAINT "fk_Car_colour_Car_id_Car" FOREIGN KEY("Car_id") REFERENCES "Car" (id)
);
CREATE INDEX "ix_Car_colour_Car_id" ON "Car_colour" ("Car_id");
CREATE INDEX "ix_Car_colour_colour" ON "Car_colour" (colour);
