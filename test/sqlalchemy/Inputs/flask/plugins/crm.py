"""A plugin whose `db` comes from the host application, outside this project."""
from host_application.database import db


class CRMContact(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    postal_address = db.Column(db.Text)
