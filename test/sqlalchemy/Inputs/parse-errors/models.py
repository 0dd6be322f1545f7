from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Before(Base):
    __tablename__ = "before"

    id = Column(Integer, primary_key=True)
    email = Column(String(255))


class Broken(Base):
    __tablename__ = "broken"

    id = Column(Integer, primary_key=True)
    phone = Column(String(32), nullable=False))
    email = Column(String(255))


class After(Base):
    __tablename__ = "after"

    id = Column(Integer, primary_key=True)
    phone = Column(String(32))
