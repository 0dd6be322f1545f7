from django.db import models


class Profile(models.Model):
    """A Django model: the SQLAlchemy reader leaves it alone."""

    email = models.EmailField()
    phone = models.CharField(max_length=32)
