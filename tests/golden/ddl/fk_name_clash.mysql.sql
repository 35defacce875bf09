CREATE TABLE `ElectrodeGroup` (
	name VARCHAR(255) NOT NULL,
	location TEXT,
	CONSTRAINT `pk_ElectrodeGroup` PRIMARY KEY (name)
);
CREATE INDEX `ix_ElectrodeGroup_name` ON `ElectrodeGroup` (name);

CREATE TABLE `Device` (
	id VARCHAR(255) NOT NULL,
	label TEXT,
	CONSTRAINT `pk_Device` PRIMARY KEY (id)
);
CREATE INDEX `ix_Device_id` ON `Device` (id);

CREATE TABLE `Electrode` (
	id VARCHAR(255) NOT NULL,
	group_name VARCHAR(255),
	group_name_value TEXT,
	device VARCHAR(255),
	device_id INTEGER,
	CONSTRAINT `pk_Electrode` PRIMARY KEY (id),
	CONSTRAINT `fk_Electrode_group_name_ElectrodeGroup` FOREIGN KEY(group_name) REFERENCES `ElectrodeGroup` (name),
	CONSTRAINT `fk_Electrode_device_Device` FOREIGN KEY(device) REFERENCES `Device` (id)
);
CREATE INDEX `ix_Electrode_id` ON `Electrode` (id);
