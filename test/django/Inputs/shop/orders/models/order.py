from django.db import models
from django_countries.fields import CountryField

from customers.models import Customer


class ShippingAddress(models.Model):
    recipient = models.CharField(max_length=120)
    street = models.CharField(max_length=200, db_column="street_line")
    postal_code = models.CharField(max_length=12)
    city = models.CharField(max_length=80)
    country = CountryField()

    class Meta:
        app_label = "shipping"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    address = models.ForeignKey(
        "shipping.ShippingAddress", on_delete=models.PROTECT, db_column="addr_id"
    )
    total = models.DecimalField(max_digits=10, decimal_places=2)
    delivery_phone = models.CharField(max_length=32, db_column="courier_phone", null=True)
