CREATE TABLE purchase_orders (
	order_id TEXT NOT NULL,
	total NUMERIC,
	CONSTRAINT pk_purchase_orders PRIMARY KEY (order_id)
);
CREATE INDEX ix_purchase_orders_order_id ON purchase_orders (order_id);
COMMENT ON TABLE purchase_orders IS 'Compact annotations, including a custom table name.';

CREATE TABLE order_lines (
	order_id TEXT NOT NULL,
	quantity INTEGER,
	CONSTRAINT pk_order_lines PRIMARY KEY (order_id)
);
CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);
COMMENT ON TABLE order_lines IS 'Expanded annotation form, with a nested annotation.';
