-- # Abstract Class: Thing Description: Root of everything, never instantiated.
--     * Slot: id Description: Identifier of a thing.
--     * Slot: label Description: Human readable label.
-- # Abstract Class: Vehicle Description: Something that moves people or goods.
--     * Slot: wheel_count Description: Number of wheels.
--     * Slot: id Description: Identifier of a thing.
--     * Slot: label Description: Human readable label.
-- # Class: Car Description: A road vehicle.
--     * Slot: seats Description: Seat count.
--     * Slot: wheel_count Description: Number of wheels.
--     * Slot: id Description: Identifier of a thing.
--     * Slot: label Description: Human readable label.
-- # Class: SportsCar Description: A fast car, fourth level of the chain.
--     * Slot: top_speed Description: Top speed in km/h.
--     * Slot: seats Description: Seat count.
--     * Slot: wheel_count Description: Number of wheels.
--     * Slot: id Description: Identifier of a thing.
--     * Slot: label Description: Human readable label.
-- # Class: Bicycle Description: A sibling branch of Car.
--     * Slot: wheel_count Description: Number of wheels.
--     * Slot: id Description: Identifier of a thing.
--     * Slot: label Description: Human readable label.

CREATE TABLE "Thing" (
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Thing" PRIMARY KEY (id)
);
CREATE INDEX "ix_Thing_id" ON "Thing" (id);

CREATE TABLE "Vehicle" (
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Vehicle" PRIMARY KEY (id)
);
CREATE INDEX "ix_Vehicle_id" ON "Vehicle" (id);

CREATE TABLE "Car" (
	seats INTEGER,
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Car" PRIMARY KEY (id)
);
CREATE INDEX "ix_Car_id" ON "Car" (id);

CREATE TABLE "SportsCar" (
	top_speed FLOAT,
	seats INTEGER,
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_SportsCar" PRIMARY KEY (id)
);
CREATE INDEX "ix_SportsCar_id" ON "SportsCar" (id);

CREATE TABLE "Bicycle" (
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Bicycle" PRIMARY KEY (id)
);
CREATE INDEX "ix_Bicycle_id" ON "Bicycle" (id);
