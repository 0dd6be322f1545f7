from typing import Annotated

from sqlalchemy.orm import Mapped, mapped_column

from app.database import Column, Email, NullColumn, Phone, db

EmailStr255 = Annotated[str, mapped_column(Email)]


class Subscriber(db.Model):
    id = Column(db.Integer, primary_key=True)
    email = Column(Email, unique=True)
    mobile = NullColumn(Phone)
    contact = Column(db.String(200))


# A wrapper of the project's Column alias, and a typed alias in Annotated.
class Guardian(db.Model):
    __tablename__ = "guardians"
    id = Column(db.Integer, primary_key=True)
    guardian_email: Mapped[EmailStr255] = mapped_column()
    phone_number = NullColumn(db.String(20))
