from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AbstractUser, PermissionsMixin
from django.contrib.auth.models import User as AuthUser
from django.db import models


# AbstractUser lends email, first_name, last_name, username (removed here by
# `username = None`) and a hashed password; email is redefined.
class User(AbstractUser):
    username = None
    email = models.EmailField(unique=True)
    mobile_phone = models.CharField(max_length=20, blank=True)

    USERNAME_FIELD = "email"


# AbstractUser's own email, at the base as written.
class Customer(AbstractUser):
    loyalty_number = models.CharField(max_length=12)


# AbstractBaseUser and PermissionsMixin lend a password and flags, no email.
class Member(PermissionsMixin, AbstractBaseUser):
    work_email = models.EmailField()


# auth.User is concrete: a child keeps only its own columns.
class Profile(AuthUser):
    home_address = models.TextField()
