import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils import EncryptedType, PasswordType, StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesEngine, AesGcmEngine, FernetEngine

from kms_client.sqlalchemy import KmsString

from .settings import AES_KEY
from .types import EmailDigest, LowerCaseString, SealedText

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"

    id = sa.Column(sa.Integer, primary_key=True)
    # SQLAlchemy-Utils, with each engine and with none (AesEngine by default)
    email = sa.Column(StringEncryptedType(sa.Unicode, AES_KEY, AesGcmEngine, "pkcs5"))
    phone = sa.Column(StringEncryptedType(sa.String(40), AES_KEY, AesEngine, "pkcs5"))
    mobile = sa.Column(EncryptedType(sa.Unicode, AES_KEY, FernetEngine))
    home_address = sa.Column(
        StringEncryptedType(type_in=sa.UnicodeText, key=lambda: AES_KEY, engine=AesGcmEngine)
    )
    work_email = sa.Column(StringEncryptedType(sa.Unicode, AES_KEY))
    # listed in orm.encrypted_types
    emergency_phone = sa.Column(KmsString(64))
    # project type decorators
    fax = sa.Column(SealedText)
    billing_email = sa.Column(LowerCaseString(255))
    email_lookup = sa.Column(EmailDigest)
    # storage and naming conventions
    backup_email = sa.Column(sa.LargeBinary)
    phone_hash = sa.Column(sa.String(64))
    encrypted_street = sa.Column(sa.Text)
    password = sa.Column(PasswordType(schemes=["argon2"]))
    # privlint:encrypted (encrypted by the intake service before insert)
    postal_code = sa.Column(sa.String(12))
    city = sa.Column(sa.String(80))
