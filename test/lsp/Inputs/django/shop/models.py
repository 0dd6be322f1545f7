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
    support_phone = models.CharField(max_length=32)
    owner_email = models.EmailField()


class Store(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = models.CharField(max_length=32)
    street = models.CharField(max_length=200)
    manager_email = models.EmailField()


class Product(models.Model):
    title = models.CharField(max_length=100)
    customer_email = models.EmailField()


class Message(models.Model):
    sender = models.CharField(max_length=254, validators=[validate_email])
    recipient_phone = models.CharField(max_length=32)


class Customer(models.Model):
    email = models.EmailField()
    state = models.CharField(max_length=20, default="active", choices=[("active", "Active")])
