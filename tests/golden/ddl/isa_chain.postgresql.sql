CREATE TABLE "Thing" (
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Thing" PRIMARY KEY (id)
);
CREATE INDEX "ix_Thing_id" ON "Thing" (id);
COMMENT ON TABLE "Thing" IS 'Root of everything, never instantiated.';

CREATE TABLE "Vehicle" (
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Vehicle" PRIMARY KEY (id)
);
CREATE INDEX "ix_Vehicle_id" ON "Vehicle" (id);
COMMENT ON TABLE "Vehicle" IS 'Something that moves people or goods.';

CREATE TABLE "Car" (
	seats INTEGER,
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Car" PRIMARY KEY (id)
);
CREATE INDEX "ix_Car_id" ON "Car" (id);
COMMENT ON TABLE "Car" IS 'A road vehicle.';

CREATE TABLE "SportsCar" (
	top_speed FLOAT,
	seats INTEGER,
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_SportsCar" PRIMARY KEY (id)
);
CREATE INDEX "ix_SportsCar_id" ON "SportsCar" (id);
COMMENT ON TABLE "SportsCar" IS 'A fast car, fourth level of the chain.';

CREATE TABLE "Bicycle" (
	wheel_count INTEGER,
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Bicycle" PRIMARY KEY (id)
);
CREATE INDEX "ix_Bicycle_id" ON "Bicycle" (id);
COMMENT ON TABLE "Bicycle" IS 'A sibling branch of Car.';
