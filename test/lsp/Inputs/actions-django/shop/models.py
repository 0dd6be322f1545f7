"""The shop's customers (privlint test input: the Django fix code action)."""
from django.db import (
    models,
)

from shop.choices import TIERS


class Customer(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254, unique=True)
    tier = models.CharField(max_length=8, choices=TIERS)
    phone: "Téléphone" = models.CharField(max_length=32, blank=True)
