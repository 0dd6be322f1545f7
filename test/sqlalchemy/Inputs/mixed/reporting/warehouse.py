"""The reporting warehouse, mapped with SQLAlchemy next to the Django app."""
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Model = declarative_base()


class ContactExport(Model):
    __tablename__ = "contact_exports"

    id = Column(Integer, primary_key=True)
    email = Column(String(255))
