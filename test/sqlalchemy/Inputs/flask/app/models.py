from app import db


class NewsletterSubscriber(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(120), unique=True, nullable=False)
    mobile_phone = db.Column(db.String(20))
    confirmed = db.Column(db.Boolean, default=False)


class StaffMember(db.Model):
    __tablename__ = "staff"

    id = db.Column(db.Integer, primary_key=True)
    work_email = db.Column(db.String(120))
    # privlint:hashed (HMAC-SHA256 with the pepper from settings)
    personal_email = db.Column(db.String(64))
