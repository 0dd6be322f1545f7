from django.db import models


class Contactable(models.Model):
    email = models.EmailField()

    class Meta:
        abstract = True
