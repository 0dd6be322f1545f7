from django.db import models

from .fields import *

# Module-level aliases of Django classes.
BaseModel = models.Model
Email = models.EmailField


class Customer(BaseModel):
    email = Email(max_length=200)
    home_address = PrivateTextField()
