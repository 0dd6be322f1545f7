from sqlalchemy import Column, Integer, String

from models import Before


class Contact(Before):
    email = Column(String(255))
