from sqlalchemy import Boolean, Column, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import relationship
from sqlalchemy_utils import EmailType, PhoneNumberType

from shop.db import Base

from ..mixins import ContactMixin, TimestampMixin
from . import AuditedModel


class Customer(ContactMixin, TimestampMixin, AuditedModel):
    __tablename__ = "customers"

    email = Column(EmailType, nullable=False, unique=True)
    email_verified = Column(Boolean, default=False)
    mobile = Column(PhoneNumberType(region="DE"))
    home_address = Column("street_address", Text)
    postcode = Column(String(10), name="zip")
    email_hash = Column(String(64), index=True)
    backup_phone = Column(LargeBinary)
    secondary_email = Column(String(255))  # privlint:encrypted (envelope encryption in shop.crypto)
    orders = relationship("Order", back_populates="customer")


class Order(TimestampMixin, Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False)
    contact_email = Column(String(255), ForeignKey("customers.email"))
    delivery_notes = Column(Text)
    customer = relationship("Customer", back_populates="orders")


class EmailTemplate:
    """A plain class: not mapped."""

    email_subject = Column(String(200))
