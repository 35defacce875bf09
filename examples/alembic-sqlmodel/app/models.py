"""The project's own models, next to the generated ones in one SQLModel metadata."""

from sqlalchemy.orm import relationship
from sqlmodel import Field, Relationship, SQLModel

from schemas.generated.library import Book


class Shelf(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    label: str
    book_id: str = Field(foreign_key="book.id")
    book: Book = Relationship(sa_relationship=relationship(Book))
