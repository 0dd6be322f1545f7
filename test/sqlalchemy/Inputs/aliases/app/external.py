from sqlalchemy import Column, Integer, String

from corelib.db import Base, Settings


# Base comes from a package outside the project: the body's columns make it
# a model, with a note.
class Applicant(Base):
    __tablename__ = "applicants"
    id = Column(Integer, primary_key=True)
    phone = Column(String(32))


# The same package's class, but nothing in the body is a column.
class Defaults(Settings):
    email = "noreply@example.com"
