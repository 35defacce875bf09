CREATE TABLE "Account" (
	account_id TEXT NOT NULL,
	email TEXT NOT NULL,
	handle TEXT,
	CONSTRAINT "pk_Account" PRIMARY KEY (account_id),
	CONSTRAINT "uq_Account_email" UNIQUE (email)
);
CREATE INDEX "ix_Account_account_id" ON "Account" (account_id);
CREATE INDEX "Account_email_idx" ON "Account" (email);
COMMENT ON TABLE "Account" IS 'Surrogate identifier plus a single-slot unique key.';

CREATE TABLE "PremiumAccount" (
	tier INTEGER,
	account_id TEXT NOT NULL,
	email TEXT NOT NULL,
	handle TEXT,
	CONSTRAINT "pk_PremiumAccount" PRIMARY KEY (account_id),
	CONSTRAINT "uq_PremiumAccount_handle_tier" UNIQUE (handle, tier)
);
CREATE INDEX "ix_PremiumAccount_account_id" ON "PremiumAccount" (account_id);
CREATE INDEX "PremiumAccount_handle_tier_idx" ON "PremiumAccount" (handle, tier);
COMMENT ON TABLE "PremiumAccount" IS 'Adds a unique key over an inherited and an own slot.';

CREATE TABLE "Membership" (
	id SERIAL NOT NULL,
	account TEXT NOT NULL,
	club TEXT NOT NULL,
	since DATE,
	CONSTRAINT "pk_Membership" PRIMARY KEY (id),
	CONSTRAINT "fk_Membership_account_Account" FOREIGN KEY(account) REFERENCES "Account" (account_id),
	CONSTRAINT "uq_Membership_account_club" UNIQUE (account, club)
);
CREATE INDEX "ix_Membership_id" ON "Membership" (id);
CREATE INDEX "Membership_account_club_idx" ON "Membership" (account, club);
COMMENT ON TABLE "Membership" IS 'Composite unique key over two slots, one of them a class reference.';
