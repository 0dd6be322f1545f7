from sqlalchemy import Column, Integer, String

from shop.db import Base


class AuditedModel(Base):
    """Not a table: its columns belong to every subclass's table."""

    __abstract__ = True

    id = Column(Integer, primary_key=True)
    account_email = Column(String(255))


class NewsletterSignup(Base):
    # Abstract and never subclassed: no table holds these columns.
    __abstract__ = True

    email = Column(String(255))
