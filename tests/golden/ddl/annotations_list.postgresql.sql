CREATE TABLE invoices (
	invoice_id TEXT NOT NULL,
	amount NUMERIC,
	CONSTRAINT pk_invoices PRIMARY KEY (invoice_id)
);
CREATE INDEX ix_invoices_invoice_id ON invoices (invoice_id);
COMMENT ON TABLE invoices IS 'Table name given through a list-form annotation.';
