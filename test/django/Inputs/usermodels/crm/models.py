from django.db.models import CharField, EmailField, Model


# Field classes imported bare.
class Lead(Model):
    email = EmailField()
    phone = CharField(max_length=20)


# TimeStamped is never imported: the body's imported field classes make it a model.
class Contact(TimeStamped):
    email = EmailField()


# Never imported either, but nothing in the body is a model field.
class Helper(Mixin):
    email = "noreply@example.com"


# An unknown base and field classes nothing binds: not recognisably a model.
class Form(UnknownForm):
    email = UnknownEmailField()


# A base imported from a module that was not read (a package outside the
# project): a model when the body declares imported field classes, with a
# note.
from auditlib.mixins import Audited  # noqa: E402


class Subscriber(Audited):
    email = EmailField()


# The same base, but a body of no model fields: not a model.
class Mailer(Audited):
    email = "noreply@example.com"
