CREATE TABLE "Shipment" (
	carrier TEXT,
	tracking_number TEXT NOT NULL,
	weight_kg FLOAT,
	CONSTRAINT "pk_Shipment" PRIMARY KEY (tracking_number)
);
CREATE INDEX "ix_Shipment_tracking_number" ON "Shipment" (tracking_number);
COMMENT ON TABLE "Shipment" IS 'Extends a class from the CURIE-imported schema.';

CREATE TABLE "Parcel" (
	tracking_number TEXT NOT NULL,
	weight_kg FLOAT,
	CONSTRAINT "pk_Parcel" PRIMARY KEY (tracking_number)
);
CREATE INDEX "ix_Parcel_tracking_number" ON "Parcel" (tracking_number);
COMMENT ON TABLE "Parcel" IS 'Defined in the imported core schema.';
