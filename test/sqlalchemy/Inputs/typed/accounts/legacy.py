"""Classes mapped through a registry, and a base made by @as_declarative."""
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import as_declarative, registry

mapper_registry = registry()
LegacyBase = mapper_registry.generate_base()


@mapper_registry.mapped
class Subscriber:
    __tablename__ = "subscribers"

    id = Column(Integer, primary_key=True)
    email = Column(String(255))


class Lead(LegacyBase):
    __tablename__ = "leads"

    id = Column(Integer, primary_key=True)
    phone = Column(String(40))


@as_declarative()
class SupportBase:
    id = Column(Integer, primary_key=True)


class Ticket(SupportBase):
    __tablename__ = "tickets"

    reporter_email = Column(String(255))
    subject = Column(String(200))
