CREATE TABLE `Variant` (
	id VARCHAR(255) NOT NULL,
	chromosome VARCHAR(191) NOT NULL,
	`position` INTEGER NOT NULL,
	reference VARCHAR(191) NOT NULL,
	alternate VARCHAR(191) NOT NULL,
	assembly VARCHAR(191),
	CONSTRAINT `pk_Variant` PRIMARY KEY (id),
	CONSTRAINT `uq_Variant_chromosome_reference_alternate_assembly` UNIQUE (chromosome, reference, alternate, assembly)
);
CREATE INDEX `ix_Variant_id` ON `Variant` (id);
CREATE INDEX `Variant_chromosome_reference_alternate_assembly_idx` ON `Variant` (chromosome, reference, alternate, assembly);
CREATE INDEX variant_lookup ON `Variant` (chromosome, `position`, reference, alternate, assembly);
