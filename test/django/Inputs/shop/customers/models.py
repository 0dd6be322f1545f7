from django.db import models
from django_cryptography.fields import encrypt
from phonenumber_field.modelfields import PhoneNumberField


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class ContactInfo(TimeStamped):
    """Reachability data shared by customers and suppliers."""

    email = models.EmailField(max_length=254)
    phone = PhoneNumberField(blank=True)

    class Meta:
        abstract = True


class Customer(ContactInfo):
    name = models.CharField(max_length=120)
    newsletter_email = encrypt(models.EmailField(blank=True))
    loyalty_points = models.PositiveIntegerField(default=0)


class Supplier(ContactInfo):
    company = models.CharField(max_length=200)

    class Meta:
        db_table = "legacy_suppliers"


class VipCustomer(Customer):
    class Meta:
        proxy = True
