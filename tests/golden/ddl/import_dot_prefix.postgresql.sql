CREATE TABLE "Kit" (
	id SERIAL NOT NULL,
	CONSTRAINT "pk_Kit" PRIMARY KEY (id)
);
CREATE INDEX "ix_Kit_id" ON "Kit" (id);
COMMENT ON TABLE "Kit" IS 'Holds gadgets.';

CREATE TABLE "Gadget" (
	gadget_id TEXT NOT NULL,
	size INTEGER,
	CONSTRAINT "pk_Gadget" PRIMARY KEY (gadget_id)
);
CREATE INDEX "ix_Gadget_gadget_id" ON "Gadget" (gadget_id);
COMMENT ON TABLE "Gadget" IS 'Base definition, with an integer size.';

CREATE TABLE "Kit_gadgets" (
	"Kit_id" INTEGER NOT NULL,
	gadgets_gadget_id TEXT NOT NULL,
	CONSTRAINT "pk_Kit_gadgets" PRIMARY KEY ("Kit_id", gadgets_gadget_id),
	CONSTRAINT "fk_Kit_gadgets_Kit_id_Kit" FOREIGN KEY("Kit_id") REFERENCES "Kit" (id),
	CONSTRAINT "fk_Kit_gadgets_gadgets_gadget_id_Gadget" FOREIGN KEY(gadgets_gadget_id) REFERENCES "Gadget" (gadget_id)
);
CREATE INDEX "ix_Kit_gadgets_Kit_id" ON "Kit_gadgets" ("Kit_id");
CREATE INDEX "ix_Kit_gadgets_gadgets_gadget_id" ON "Kit_gadgets" (gadgets_gadget_id);
