CREATE TABLE `Place` (
	place_id VARCHAR(255) NOT NULL,
	place_name TEXT,
	CONSTRAINT `pk_Place` PRIMARY KEY (place_id)
)COMMENT='Uses a prefix declared in list form.';
CREATE INDEX `ix_Place_place_id` ON `Place` (place_id);
