CREATE TABLE `Switch` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	enabled BOOL,
	widget_size BOOL,
	weight BOOL,
	CONSTRAINT `pk_Switch` PRIMARY KEY (id)
)COMMENT='Local slot without range, plus inherited imported ones.';
CREATE INDEX `ix_Switch_id` ON `Switch` (id);

CREATE TABLE `Widget` (
	id INTEGER NOT NULL AUTO_INCREMENT,
	widget_size BOOL,
	weight BOOL,
	CONSTRAINT `pk_Widget` PRIMARY KEY (id)
)COMMENT='Slots here have no range of their own.';
CREATE INDEX `ix_Widget_id` ON `Widget` (id);
