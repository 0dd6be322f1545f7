from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Press(Base):
    __tablename__ = "press"
    id = Column(Integer, primary_key=True)
    # privlint-ignore plaintext-contact-field: press contacts are published on purpose
    email = Column(String(255))
    phone = Column(String(32))  # privlint-ignore plaintext-contact-field: public switchboard number
    fax = Column(String(32))
