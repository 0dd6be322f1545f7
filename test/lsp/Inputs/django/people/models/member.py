from django.db import models

from .base import Contactable


class Member(Contactable):
    nickname = models.CharField(max_length=40)
