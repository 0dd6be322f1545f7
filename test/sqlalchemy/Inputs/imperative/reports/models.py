"""Classes mapped to an existing Table through __table__."""
from sqlalchemy import Column, String, Table
from sqlalchemy.orm import declarative_base

from .tables import metadata_obj, shipping_labels

Base = declarative_base(metadata=metadata_obj)


class ShippingLabel(Base):
    __table__ = shipping_labels


class AuditEntry(Base):
    __table__ = Table(
        "audit_entries",
        Base.metadata,
        Column("actor_email", String(255), primary_key=True),
    )
