# Subjects in Django models, the same as in every other frontend: a settings
# model's sender address is the system's (an EmailField or a name alike), a
# store's contact data the organisation's, and a role in the field's name
# (customer_, owner_, recipient_) a person's in any model. A sender is a
# person's in a message model. Validators named for the data are type
# signals.
# RUN: rm -rf %t && mkdir -p %t/shop && cp %s %t/shop/models.py && cd %t
# RUN: not %privlint check shop/models.py 2>&1 | %check-all %s
# RUN: %privlint inventory shop/models.py | FileCheck --check-prefix=INV %s
from django.core.validators import validate_email
from django.db import models


class AppSettings(models.Model):
    default_from_email = models.EmailField()
# INV: models.py:[[@LINE-1]]:5: shop.AppSettings.default_from_email (models.EmailField): user.contact.email (system's);
    support_phone = models.CharField(max_length=32)
# INV: models.py:[[@LINE-1]]:5: shop.AppSettings.support_phone (models.CharField): user.contact.phone_number (system's);
    owner_email = models.EmailField()
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.AppSettings.owner_email' stores contact data (email) in plaintext [plaintext-contact-field]


class Store(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()
# INV: models.py:[[@LINE-1]]:5: shop.Store.email (models.EmailField): user.contact.email (organisation's);
    phone = models.CharField(max_length=32)
# INV: models.py:[[@LINE-1]]:5: shop.Store.phone (models.CharField): user.contact.phone_number (organisation's);
    street = models.CharField(max_length=200)
# INV: models.py:[[@LINE-1]]:5: shop.Store.street (models.CharField): user.contact.address.street (organisation's);
    manager_email = models.EmailField()
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.Store.manager_email' stores contact data (email) in plaintext [plaintext-contact-field]


class Product(models.Model):
    title = models.CharField(max_length=100)
    customer_email = models.EmailField()
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.Product.customer_email' stores contact data (email) in plaintext [plaintext-contact-field]


class Message(models.Model):
    sender = models.CharField(max_length=254, validators=[validate_email])
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.Message.sender' stores contact data (email) in plaintext [plaintext-contact-field]
    recipient_phone = models.CharField(max_length=32)
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.Message.recipient_phone' stores contact data (phone number) in plaintext [plaintext-contact-field]


class Customer(models.Model):
    email = models.EmailField()
# CHECK: models.py:[[@LINE-1]]:5: warning: field 'shop.Customer.email' stores contact data (email) in plaintext [plaintext-contact-field]
    state = models.CharField(max_length=20, default="active", choices=[("active", "Active")])
# CHECK: 6 findings (0 errors, 6 warnings, 0 notes)
