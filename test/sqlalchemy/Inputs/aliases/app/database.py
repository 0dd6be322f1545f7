import functools

from flask_sqlalchemy import SQLAlchemy as _BaseSQLAlchemy
from sqlalchemy_utils import EmailType, PhoneNumberType


class SQLAlchemy(_BaseSQLAlchemy):
    def apply_pool_defaults(self, app, options):
        return options


db = SQLAlchemy()

Column = functools.partial(db.Column, nullable=False)


def NullColumn(*args, **kwargs):
    kwargs["nullable"] = True
    return db.Column(*args, **kwargs)


Email = EmailType(length=255)
Phone = db.String(32)
