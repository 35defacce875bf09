CREATE TABLE "ElectrodeGroup" (
	name TEXT NOT NULL,
	location TEXT,
	CONSTRAINT "pk_ElectrodeGroup" PRIMARY KEY (name)
);
CREATE INDEX "ix_ElectrodeGroup_name" ON "ElectrodeGroup" (name);

CREATE TABLE "Device" (
	id TEXT NOT NULL,
	label TEXT,
	CONSTRAINT "pk_Device" PRIMARY KEY (id)
);
CREATE INDEX "ix_Device_id" ON "Device" (id);

CREATE TABLE "Electrode" (
	id TEXT NOT NULL,
	group_name TEXT,
	group_name_value TEXT,
	device TEXT,
	device_id INTEGER,
	CONSTRAINT "pk_Electrode" PRIMARY KEY (id),
	CONSTRAINT "fk_Electrode_group_name_ElectrodeGroup" FOREIGN KEY(group_name) REFERENCES "ElectrodeGroup" (name),
	CONSTRAINT "fk_Electrode_device_Device" FOREIGN KEY(device) REFERENCES "Device" (id)
);
CREATE INDEX "ix_Electrode_id" ON "Electrode" (id);
