-- # Class: Invoice Description: Table name given through a list-form annotation.
--     * Slot: invoice_id
--     * Slot: amount

CREATE TABLE invoices (
	invoice_id TEXT NOT NULL,
	amount NUMERIC,
	CONSTRAINT pk_invoices PRIMARY KEY (invoice_id)
);
CREATE INDEX ix_invoices_invoice_id ON invoices (invoice_id);
