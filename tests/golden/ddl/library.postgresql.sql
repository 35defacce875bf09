CREATE TYPE "GenreEnum" AS ENUM ('fiction', 'non_fiction', 'poetry');

CREATE TABLE "NamedThing" (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT "pk_NamedThing" PRIMARY KEY (id)
);
CREATE INDEX "ix_NamedThing_id" ON "NamedThing" (id);
COMMENT ON TABLE "NamedThing" IS 'Anything with an identifier and a name.';

CREATE TABLE author (
	born DATE,
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_author PRIMARY KEY (id)
);
CREATE INDEX ix_author_id ON author (id);
COMMENT ON TABLE author IS 'A person who wrote at least one book.';

CREATE TABLE book (
	isbn TEXT,
	genre "GenreEnum",
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_book PRIMARY KEY (id),
	CONSTRAINT uq_book_isbn UNIQUE (isbn),
	CONSTRAINT ck_book_isbn_pattern CHECK (isbn ~ '^[0-9-]{10,17}$')
);
CREATE INDEX ix_book_id ON book (id);
CREATE INDEX book_isbn_idx ON book (isbn);
COMMENT ON TABLE book IS 'A title in the catalogue.';

CREATE TABLE library_member (
	email TEXT,
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_library_member PRIMARY KEY (id)
);
CREATE INDEX ix_library_member_id ON library_member (id);
COMMENT ON TABLE library_member IS 'Someone who may borrow books.';

CREATE TABLE loan (
	id SERIAL NOT NULL,
	book TEXT NOT NULL,
	lent_on DATE NOT NULL,
	returned_on DATE,
	library_member_id TEXT,
	CONSTRAINT pk_loan PRIMARY KEY (id),
	CONSTRAINT fk_loan_book_book FOREIGN KEY(book) REFERENCES book (id),
	CONSTRAINT fk_loan_library_member_id_library_member FOREIGN KEY(library_member_id) REFERENCES library_member (id)
);
CREATE INDEX ix_loan_id ON loan (id);
COMMENT ON TABLE loan IS 'One book lent to one member.';

CREATE TABLE book_authors (
	book_id TEXT NOT NULL,
	authors_id TEXT NOT NULL,
	CONSTRAINT pk_book_authors PRIMARY KEY (book_id, authors_id),
	CONSTRAINT fk_book_authors_book_id_book FOREIGN KEY(book_id) REFERENCES book (id),
	CONSTRAINT fk_book_authors_authors_id_author FOREIGN KEY(authors_id) REFERENCES author (id)
);
CREATE INDEX ix_book_authors_book_id ON book_authors (book_id);
CREATE INDEX ix_book_authors_authors_id ON book_authors (authors_id);

CREATE TABLE book_keyword (
	book_id TEXT NOT NULL,
	keyword TEXT NOT NULL,
	CONSTRAINT pk_book_keyword PRIMARY KEY (book_id, keyword),
	CONSTRAINT fk_book_keyword_book_id_book FOREIGN KEY(book_id) REFERENCES book (id)
);
CREATE INDEX ix_book_keyword_book_id ON book_keyword (book_id);
CREATE INDEX ix_book_keyword_keyword ON book_keyword (keyword);
