"""Engine and declarative base of the shop service."""
from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

engine = create_engine("postgresql+psycopg://shop@localhost/shop")
Session = sessionmaker(bind=engine)

Base = declarative_base()
