-- # Class: Library Description: Container holding references in every inlining style.
--     * Slot: id
--     * Slot: main_book Description: Explicitly not inlined.
--     * Slot: address_id Description: Single-valued, range without identifier.
-- # Class: Branch Description: Changes inlining through slot_usage.
--     * Slot: id
--     * Slot: main_book Description: Explicitly not inlined.
--     * Slot: address_id Description: Single-valued, range without identifier.
-- # Class: Book Description: Has an identifier.
--     * Slot: isbn
--     * Slot: title
--     * Slot: Library_id Description: Autocreated FK slot
--     * Slot: Branch_id Description: Autocreated FK slot
-- # Class: Address Description: No identifier, so always inlined.
--     * Slot: id
--     * Slot: street
-- # Class: Labelled Description: Has a key only.
--     * Slot: key_name
--     * Slot: Library_id Description: Autocreated FK slot
--     * Slot: Branch_id Description: Autocreated FK slot
-- # Class: Library_books_by_ref
--     * Slot: Library_id Description: Autocreated FK slot
--     * Slot: books_by_ref_isbn Description: Identifier range, no inlining flags, so references.
-- # Class: Library_addresses
--     * Slot: Library_id Description: Autocreated FK slot
--     * Slot: addresses_id Description: Multivalued, range without identifier.
-- # Class: Library_extra_addresses
--     * Slot: Library_id Description: Autocreated FK slot
--     * Slot: extra_addresses_id Description: Asks not to inline a class without identifier.
-- # Class: Branch_books_dict
--     * Slot: Branch_id Description: Autocreated FK slot
--     * Slot: books_dict_isbn Description: Inlined as a dict keyed by isbn.
-- # Class: Branch_addresses
--     * Slot: Branch_id Description: Autocreated FK slot
--     * Slot: addresses_id Description: Multivalued, range without identifier.
-- # Class: Branch_extra_addresses
--     * Slot: Branch_id Description: Autocreated FK slot
--     * Slot: extra_addresses_id Description: Asks not to inline a class without identifier.

CREATE TABLE "Book" (
	isbn TEXT NOT NULL,
	title TEXT,
	"Library_id" INTEGER,
	"Branch_id" INTEGER,
	CONSTRAINT "pk_Book" PRIMARY KEY (isbn),
	CONSTRAINT "fk_Book_Library_id_Library" FOREIGN KEY("Library_id") REFERENCES "Library" (id),
	CONSTRAINT "fk_Book_Branch_id_Branch" FOREIGN KEY("Branch_id") REFERENCES "Branch" (id)
);
CREATE INDEX "ix_Book_isbn" ON "Book" (isbn);

CREATE TABLE "Address" (
	id INTEGER NOT NULL,
	street TEXT,
	CONSTRAINT "pk_Address" PRIMARY KEY (id)
);
CREATE INDEX "ix_Address_id" ON "Address" (id);

CREATE TABLE "Library" (
	id INTEGER NOT NULL,
	main_book TEXT,
	address_id INTEGER,
	CONSTRAINT "pk_Library" PRIMARY KEY (id),
	CONSTRAINT "fk_Library_main_book_Book" FOREIGN KEY(main_book) REFERENCES "Book" (isbn),
	CONSTRAINT "fk_Library_address_id_Address" FOREIGN KEY(address_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Library_id" ON "Library" (id);

CREATE TABLE "Branch" (
	id INTEGER NOT NULL,
	main_book TEXT,
	address_id INTEGER,
	CONSTRAINT "pk_Branch" PRIMARY KEY (id),
	CONSTRAINT "fk_Branch_main_book_Book" FOREIGN KEY(main_book) REFERENCES "Book" (isbn),
	CONSTRAINT "fk_Branch_address_id_Address" FOREIGN KEY(address_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Branch_id" ON "Branch" (id);

CREATE TABLE "Labelled" (
	key_name TEXT NOT NULL,
	"Library_id" INTEGER,
	"Branch_id" INTEGER,
	CONSTRAINT "pk_Labelled" PRIMARY KEY (key_name),
	CONSTRAINT "fk_Labelled_Library_id_Library" FOREIGN KEY("Library_id") REFERENCES "Library" (id),
	CONSTRAINT "fk_Labelled_Branch_id_Branch" FOREIGN KEY("Branch_id") REFERENCES "Branch" (id),
	CONSTRAINT "uq_Labelled_Library_id_key_name" UNIQUE ("Library_id", key_name),
	CONSTRAINT "uq_Labelled_Branch_id_key_name" UNIQUE ("Branch_id", key_name)
);
CREATE INDEX "ix_Labelled_key_name" ON "Labelled" (key_name);
CREATE INDEX "Labelled_Library_id_key_name_idx" ON "Labelled" ("Library_id", key_name);
CREATE INDEX "Labelled_Branch_id_key_name_idx" ON "Labelled" ("Branch_id", key_name);

CREATE TABLE "Library_books_by_ref" (
	"Library_id" INTEGER NOT NULL,
	books_by_ref_isbn TEXT NOT NULL,
	CONSTRAINT "pk_Library_books_by_ref" PRIMARY KEY ("Library_id", books_by_ref_isbn),
	CONSTRAINT "fk_Library_books_by_ref_Library_id_Library" FOREIGN KEY("Library_id") REFERENCES "Library" (id),
	CONSTRAINT "fk_Library_books_by_ref_books_by_ref_isbn_Book" FOREIGN KEY(books_by_ref_isbn) REFERENCES "Book" (isbn)
);
CREATE INDEX "ix_Library_books_by_ref_Library_id" ON "Library_books_by_ref" ("Library_id");
CREATE INDEX "ix_Library_books_by_ref_books_by_ref_isbn" ON "Library_books_by_ref" (books_by_ref_isbn);

CREATE TABLE "Library_addresses" (
	"Library_id" INTEGER NOT NULL,
	addresses_id INTEGER NOT NULL,
	CONSTRAINT "pk_Library_addresses" PRIMARY KEY ("Library_id", addresses_id),
	CONSTRAINT "fk_Library_addresses_Library_id_Library" FOREIGN KEY("Library_id") REFERENCES "Library" (id),
	CONSTRAINT "fk_Library_addresses_addresses_id_Address" FOREIGN KEY(addresses_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Library_addresses_Library_id" ON "Library_addresses" ("Library_id");
CREATE INDEX "ix_Library_addresses_addresses_id" ON "Library_addresses" (addresses_id);

CREATE TABLE "Library_extra_addresses" (
	"Library_id" INTEGER NOT NULL,
	extra_addresses_id INTEGER NOT NULL,
	CONSTRAINT "pk_Library_extra_addresses" PRIMARY KEY ("Library_id", extra_addresses_id),
	CONSTRAINT "fk_Library_extra_addresses_Library_id_Library" FOREIGN KEY("Library_id") REFERENCES "Library" (id),
	CONSTRAINT "fk_Library_extra_addresses_extra_addresses_id_Address" FOREIGN KEY(extra_addresses_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Library_extra_addresses_Library_id" ON "Library_extra_addresses" ("Library_id");
CREATE INDEX "ix_Library_extra_addresses_extra_addresses_id" ON "Library_extra_addresses" (extra_addresses_id);

CREATE TABLE "Branch_books_dict" (
	"Branch_id" INTEGER NOT NULL,
	books_dict_isbn TEXT NOT NULL,
	CONSTRAINT "pk_Branch_books_dict" PRIMARY KEY ("Branch_id", books_dict_isbn),
	CONSTRAINT "fk_Branch_books_dict_Branch_id_Branch" FOREIGN KEY("Branch_id") REFERENCES "Branch" (id),
	CONSTRAINT "fk_Branch_books_dict_books_dict_isbn_Book" FOREIGN KEY(books_dict_isbn) REFERENCES "Book" (isbn)
);
CREATE INDEX "ix_Branch_books_dict_Branch_id" ON "Branch_books_dict" ("Branch_id");
CREATE INDEX "ix_Branch_books_dict_books_dict_isbn" ON "Branch_books_dict" (books_dict_isbn);

CREATE TABLE "Branch_addresses" (
	"Branch_id" INTEGER NOT NULL,
	addresses_id INTEGER NOT NULL,
	CONSTRAINT "pk_Branch_addresses" PRIMARY KEY ("Branch_id", addresses_id),
	CONSTRAINT "fk_Branch_addresses_Branch_id_Branch" FOREIGN KEY("Branch_id") REFERENCES "Branch" (id),
	CONSTRAINT "fk_Branch_addresses_addresses_id_Address" FOREIGN KEY(addresses_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Branch_addresses_Branch_id" ON "Branch_addresses" ("Branch_id");
CREATE INDEX "ix_Branch_addresses_addresses_id" ON "Branch_addresses" (addresses_id);

CREATE TABLE "Branch_extra_addresses" (
	"Branch_id" INTEGER NOT NULL,
	extra_addresses_id INTEGER NOT NULL,
	CONSTRAINT "pk_Branch_extra_addresses" PRIMARY KEY ("Branch_id", extra_addresses_id),
	CONSTRAINT "fk_Branch_extra_addresses_Branch_id_Branch" FOREIGN KEY("Branch_id") REFERENCES "Branch" (id),
	CONSTRAINT "fk_Branch_extra_addresses_extra_addresses_id_Address" FOREIGN KEY(extra_addresses_id) REFERENCES "Address" (id)
);
CREATE INDEX "ix_Branch_extra_addresses_Branch_id" ON "Branch_extra_addresses" ("Branch_id");
CREATE INDEX "ix_Branch_extra_addresses_extra_addresses_id" ON "Branch_extra_addresses" (extra_addresses_id);
