from django.db import models
from django_cryptography.fields import encrypt
from encrypted_model_fields.fields import EncryptedCharField
from fernet_fields import EncryptedEmailField, EncryptedTextField
from pgcrypto.fields import (
    EmailPGPSymmetricKeyField,
    TextDigestField,
    TextHMACField,
    TextPGPPublicKeyField,
)
from acme.forms.fields import EncryptedPhoneField

from . import fields as own


class Member(models.Model):
    # Encrypted: every marker of ecosystem-conventions.md §3.
    email = EncryptedEmailField()
    phone = EncryptedCharField(max_length=32)
    home_address = EncryptedTextField()
    backup_email = encrypt(models.EmailField(blank=True))
    work_email = EmailPGPSymmetricKeyField()
    postal_address = TextPGPPublicKeyField()
    audit_email = own.AuditedEncryptedEmailField()
    kms_phone = own.VaultField()
    pager_number = models.CharField(max_length=20)  # privlint:encrypted (vault transit)
    # Hashed: still matchable, not plaintext.
    email_lookup = TextDigestField()
    phone_lookup = TextHMACField()
    # Plaintext: a look-alike name from an unknown package, a local encrypt()
    # that is no cipher, a project subclass of a plain field.
    mobile = EncryptedPhoneField()
    recovery_email = own.encrypt(models.EmailField())
    login_email = own.LowercaseEmailField(unique=True)
    fax = models.CharField(max_length=20, null=True)
    nickname = models.CharField(max_length=40)
    email_verified = models.BooleanField(default=False)
