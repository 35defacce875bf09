CREATE TABLE `Thing` (
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_Thing` PRIMARY KEY (id)
)COMMENT='Root of everything, never instantiated.';
CREATE INDEX `ix_Thing_id` ON `Thing` (id);

CREATE TABLE `Vehicle` (
	wheel_count INTEGER,
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_Vehicle` PRIMARY KEY (id)
)COMMENT='Something that moves people or goods.';
CREATE INDEX `ix_Vehicle_id` ON `Vehicle` (id);

CREATE TABLE `Car` (
	seats INTEGER,
	wheel_count INTEGER,
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_Car` PRIMARY KEY (id)
)COMMENT='A road vehicle.';
CREATE INDEX `ix_Car_id` ON `Car` (id);

CREATE TABLE `SportsCar` (
	top_speed FLOAT,
	seats INTEGER,
	wheel_count INTEGER,
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_SportsCar` PRIMARY KEY (id)
)COMMENT='A fast car, fourth level of the chain.';
CREATE INDEX `ix_SportsCar_id` ON `SportsCar` (id);

CREATE TABLE `Bicycle` (
	wheel_count INTEGER,
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_Bicycle` PRIMARY KEY (id)
)COMMENT='A sibling branch of Car.';
CREATE INDEX `ix_Bicycle_id` ON `Bicycle` (id);
