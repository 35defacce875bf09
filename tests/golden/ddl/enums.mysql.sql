CREATE TABLE `Task` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	status ENUM('active','retired','on hold'),
	process TEXT,
	CONSTRAINT `pk_Task` PRIMARY KEY (id)
)COMMENT='Uses the enums as slot ranges.';
CREATE INDEX `ix_Task_id` ON `Task` (id);

CREATE TABLE `Task_sizes` (
	`Task_id` INTEGER NOT NULL,
	sizes ENUM('small','medium','large','huge') NOT NULL,
	CONSTRAINT `pk_Task_sizes` PRIMARY KEY (`Task_id`, sizes),
	CONSTRAINT `fk_Task_sizes_Task_id_Task` FOREIGN KEY(`Task_id`) REFERENCES `Task` (id)
);
CREATE INDEX `ix_Task_sizes_Task_id` ON `Task_sizes` (`Task_id`);
CREATE INDEX `ix_Task_sizes_sizes` ON `Task_sizes` (sizes);
