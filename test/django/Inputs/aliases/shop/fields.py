# A project module re-exporting an encrypted field under its own name.
from fernet_fields import EncryptedTextField as PrivateTextField
