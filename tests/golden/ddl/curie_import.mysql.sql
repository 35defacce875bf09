CREATE TABLE `Shipment` (
	carrier TEXT,
	tracking_number VARCHAR(255) NOT NULL,
	weight_kg FLOAT,
	CONSTRAINT `pk_Shipment` PRIMARY KEY (tracking_number)
)COMMENT='Extends a class from the CURIE-imported schema.';
CREATE INDEX `ix_Shipment_tracking_number` ON `Shipment` (tracking_number);

CREATE TABLE `Parcel` (
	tracking_number VARCHAR(255) NOT NULL,
	weight_kg FLOAT,
	CONSTRAINT `pk_Parcel` PRIMARY KEY (tracking_number)
)COMMENT='Defined in the imported core schema.';
CREATE INDEX `ix_Parcel_tracking_number` ON `Parcel` (tracking_number);
