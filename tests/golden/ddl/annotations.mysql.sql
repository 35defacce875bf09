CREATE TABLE purchase_orders (
	order_id VARCHAR(255) NOT NULL,
	total NUMERIC,
	CONSTRAINT pk_purchase_orders PRIMARY KEY (order_id)
)COMMENT='Compact annotations, including a custom table name.';
CREATE INDEX ix_purchase_orders_order_id ON purchase_orders (order_id);

CREATE TABLE order_lines (
	order_id VARCHAR(255) NOT NULL,
	quantity INTEGER,
	CONSTRAINT pk_order_lines PRIMARY KEY (order_id)
)COMMENT='Expanded annotation form, with a nested annotation.';
CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);
