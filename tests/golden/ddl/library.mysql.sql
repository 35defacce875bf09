CREATE TABLE `NamedThing` (
	id VARCHAR(255) NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT `pk_NamedThing` PRIMARY KEY (id)
)COMMENT='Anything with an identifier and a name.';
CREATE INDEX `ix_NamedThing_id` ON `NamedThing` (id);

CREATE TABLE author (
	born DATE,
	id VARCHAR(255) NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_author PRIMARY KEY (id)
)COMMENT='A person who wrote at least one book.';
CREATE INDEX ix_author_id ON author (id);

CREATE TABLE book (
	isbn VARCHAR(255),
	genre ENUM('fiction','non_fiction','poetry'),
	id VARCHAR(255) NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_book PRIMARY KEY (id),
	CONSTRAINT uq_book_isbn UNIQUE (isbn),
	CONSTRAINT ck_book_isbn_pattern CHECK (isbn REGEXP '(?-i)^[0-9-]{10,17}$')
)COMMENT='A title in the catalogue.';
CREATE INDEX ix_book_id ON book (id);
CREATE INDEX book_isbn_idx ON book (isbn);

CREATE TABLE library_member (
	email TEXT,
	id VARCHAR(255) NOT NULL,
	name TEXT NOT NULL,
	CONSTRAINT pk_library_member PRIMARY KEY (id)
)COMMENT='Someone who may borrow books.';
CREATE INDEX ix_library_member_id ON library_member (id);

CREATE TABLE loan (
	id INTEGER NOT NULL AUTO_INCREMENT,
	book VARCHAR(255) NOT NULL,
	lent_on DATE NOT NULL,
	returned_on DATE,
	library_member_id VARCHAR(255),
	CONSTRAINT pk_loan PRIMARY KEY (id),
	CONSTRAINT fk_loan_book_book FOREIGN KEY(book) REFERENCES book (id),
	CONSTRAINT fk_loan_library_member_id_library_member FOREIGN KEY(library_member_id) REFERENCES library_member (id)
)COMMENT='One book lent to one member.';
CREATE INDEX ix_loan_id ON loan (id);

CREATE TABLE book_authors (
	book_id VARCHAR(255) NOT NULL,
	authors_id VARCHAR(255) NOT NULL,
	CONSTRAINT pk_book_authors PRIMARY KEY (book_id, authors_id),
	CONSTRAINT fk_book_authors_book_id_book FOREIGN KEY(book_id) REFERENCES book (id),
	CONSTRAINT fk_book_authors_authors_id_author FOREIGN KEY(authors_id) REFERENCES author (id)
);
CREATE INDEX ix_book_authors_book_id ON book_authors (book_id);
CREATE INDEX ix_book_authors_authors_id ON book_authors (authors_id);

CREATE TABLE book_keyword (
	book_id VARCHAR(255) NOT NULL,
	keyword VARCHAR(255) NOT NULL,
	CONSTRAINT pk_book_keyword PRIMARY KEY (book_id, keyword),
	CONSTRAINT fk_book_keyword_book_id_book FOREIGN KEY(book_id) REFERENCES book (id)
);
CREATE INDEX ix_book_keyword_book_id ON book_keyword (book_id);
CREATE INDEX ix_book_keyword_keyword ON book_keyword (keyword);
