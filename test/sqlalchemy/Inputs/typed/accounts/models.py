"""SQLAlchemy 2.0 declarative mappings with Mapped[] annotations."""
from __future__ import annotations

import datetime
from typing import Annotated, List, Optional

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, WriteOnlyMapped, mapped_column, relationship

intpk = Annotated[int, mapped_column(primary_key=True)]
email320 = Annotated[str, mapped_column(String(320))]


class Base(DeclarativeBase):
    """The declarative base: not a table itself."""


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = {"schema": "auth"}

    id: Mapped[intpk]
    login_email: Mapped[email320]
    recovery_email: Mapped[Optional[str]]
    phone_number: Mapped[str | None] = mapped_column(String(32))
    display_name: Mapped[str] = mapped_column(String(80))
    street: Mapped[Optional[str]] = mapped_column("addr_line1", Text)
    email_confirmed_at: Mapped[Optional[datetime.datetime]]
    sessions: WriteOnlyMapped["Session"] = relationship()
    addresses: Mapped[List["Address"]] = relationship(back_populates="account")


class Address(Base):
    __tablename__ = "addresses"

    id: Mapped[intpk]
    account_id: Mapped[int] = mapped_column(ForeignKey("auth.accounts.id"))
    city: Mapped[str]
    postal_code: Mapped[str] = mapped_column(String(12))
    account: Mapped["Account"] = relationship(back_populates="addresses")


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[intpk]
    account_id: Mapped[int] = mapped_column(ForeignKey("auth.accounts.id"))
    user_agent: Mapped[str]
