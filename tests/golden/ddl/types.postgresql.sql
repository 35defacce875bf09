CREATE TABLE "Gene" (
	gene_id TEXT NOT NULL,
	expression FLOAT,
	price NUMERIC,
	amount NUMERIC,
	CONSTRAINT "pk_Gene" PRIMARY KEY (gene_id)
);
CREATE INDEX "ix_Gene_gene_id" ON "Gene" (gene_id);
COMMENT ON TABLE "Gene" IS 'Uses the custom types.';
