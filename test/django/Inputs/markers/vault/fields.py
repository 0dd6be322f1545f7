from django.db import models
from fernet_fields import EncryptedEmailField


class LowercaseEmailField(models.EmailField):
    def get_prep_value(self, value):
        return super().get_prep_value(value).lower()


class AuditedEncryptedEmailField(EncryptedEmailField):
    """Project subclass of a fernet field: still ciphertext."""


class VaultField(models.TextField):
    """Values go through the company's KMS wrapper (listed in orm.encrypted_types)."""


def encrypt(field):
    """Not a cipher: tags the field for the admin."""
    field.tagged = True
    return field
