"""Column types of the vault service."""
import hashlib

from cryptography.fernet import Fernet
from sqlalchemy.types import LargeBinary, String, TypeDecorator

from .settings import FERNET_KEY

_fernet = Fernet(FERNET_KEY)


class SealedText(TypeDecorator):
    """Fernet-encrypts on the way in, decrypts on the way out."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else _fernet.encrypt(value.encode())

    def process_result_value(self, value, dialect):
        return None if value is None else _fernet.decrypt(value).decode()


class LowerCaseString(TypeDecorator):
    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.lower() if value else value


class EmailDigest(TypeDecorator):
    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return hashlib.sha256(value.strip().lower().encode()).hexdigest()
