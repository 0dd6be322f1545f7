from django.db import models


class Lead(models.Model)jango.db import models


class Lead(models.Model):
    email = models.EmailField()
    source = models.CharField(max_length=40))


class Contact(models.Model)
    phone = models.CharField(max_length=32)
    notes = models.TextField()


class Company(models.Model):
    billing_email = models.EmailField()
:
    email = models.EmailField()
    source = models.CharField(max_le32)
    notes = models.TextField()


class Company(models.Model):
    billing_email = models.EmailField()
