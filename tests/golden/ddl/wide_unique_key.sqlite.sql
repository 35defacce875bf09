-- # Class: Variant
--     * Slot: id
--     * Slot: chromosome
--     * Slot: position
--     * Slot: reference
--     * Slot: alternate
--     * Slot: assembly

CREATE TABLE "Variant" (
	id TEXT NOT NULL,
	chromosome TEXT NOT NULL,
	position INTEGER NOT NULL,
	reference TEXT NOT NULL,
	alternate TEXT NOT NULL,
	assembly TEXT,
	CONSTRAINT "pk_Variant" PRIMARY KEY (id),
	CONSTRAINT "uq_Variant_chromosome_reference_alternate_assembly" UNIQUE (chromosome, reference, alternate, assembly)
);
CREATE INDEX "ix_Variant_id" ON "Variant" (id);
CREATE INDEX "Variant_chromosome_reference_alternate_assembly_idx" ON "Variant" (chromosome, reference, alternate, assembly);
CREATE INDEX variant_lookup ON "Variant" (chromosome, position, reference, alternate, assembly);
