from django.db import models
from django_cryptography.fields import encrypt


class Customer(models.Model):
    name = models.CharField(max_length=100)
    email = encrypt(models.EmailField())
