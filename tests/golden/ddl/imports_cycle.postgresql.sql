CREATE TABLE "Root" (
	id SERIAL NOT NULL,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Root" PRIMARY KEY (id)
);
CREATE INDEX "ix_Root_id" ON "Root" (id);
COMMENT ON TABLE "Root" IS 'Defined only here.';

CREATE TABLE "Shared" (
	id SERIAL NOT NULL,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Shared" PRIMARY KEY (id)
);
CREATE INDEX "ix_Shared_id" ON "Shared" (id);
COMMENT ON TABLE "Shared" IS 'Also defined in the part, which wins.';

CREATE TABLE "Other" (
	id SERIAL NOT NULL,
	count INTEGER,
	label TEXT NOT NULL,
	CONSTRAINT "pk_Other" PRIMARY KEY (id)
);
CREATE INDEX "ix_Other_id" ON "Other" (id);
