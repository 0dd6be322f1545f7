from sqlalchemy import Column, Integer, String


# LegacyBase is never imported: the body's columns make it a model.
class Signup(LegacyBase):
    __tablename__ = "signups"
    id = Column(Integer, primary_key=True)
    email = Column(String(255))


# Never imported either, and nothing in the body is a column.
class Helper(Mixin):
    email = "noreply@example.com"
