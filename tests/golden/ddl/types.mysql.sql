CREATE TABLE `Gene` (
	gene_id VARCHAR(255) NOT NULL,
	expression FLOAT,
	price NUMERIC,
	amount NUMERIC,
	CONSTRAINT `pk_Gene` PRIMARY KEY (gene_id)
)COMMENT='Uses the custom types.';
CREATE INDEX `ix_Gene_gene_id` ON `Gene` (gene_id);
