CREATE TABLE invoices (
	invoice_id VARCHAR(255) NOT NULL,
	amount NUMERIC,
	CONSTRAINT pk_invoices PRIMARY KEY (invoice_id)
)COMMENT='Table name given through a list-form annotation.';
CREATE INDEX ix_invoices_invoice_id ON invoices (invoice_id);
