#!/usr/bin/env python3
"""Deterministic generator of a large Django + DRF project for benchmarks.

Usage: gen_django.py [--apps A] [--files F] [--seed S] OUT

Writes OUT/manage.py, OUT/config/settings.py (REST_FRAMEWORK without
DEFAULT_PERMISSION_CLASSES, so DRF's AllowAny default applies) and A apps,
each with a models/ package of F modules (A*F model files; the defaults give
100 x 20 = 2,000), a serializers.py and a views.py. Every model module holds
3 model classes with 6-12 fields: about 10% contact fields (EmailField,
PhoneNumberField, CharField address parts), some of them encrypted
(fernet_fields, django-cryptography's encrypt(), pgcrypto), look-alikes that
are not contact data (email_verified, phone_confirmed_at), ordinary fields
and foreign keys; one module in five derives its models from an abstract
base with contact fields. Each app's serializers.py declares a
ModelSerializer for the first model of every module ("__all__", a list, or
exclude), and views.py serves them with AllowAny, IsAuthenticated,
IsAuthenticatedOrReadOnly or no permission_classes.

The output is a pure function of the arguments (random.Random with an
integer seed only).
"""

import argparse
import os
import random

ENTITIES = [
    "customer", "account", "profile", "member", "subscriber", "influencer", "creator",
    "vendor", "supplier", "employee", "applicant", "lead", "contact", "booking",
    "reservation", "order", "invoice", "shipment", "ticket", "review", "listing",
    "campaign", "referral", "payout", "agency", "venue", "store", "patient", "tenant",
]
CONTACT = [
    ("email", "models.EmailField(max_length=254)"),
    ("contact_email", "models.EmailField(blank=True)"),
    ("phone", "PhoneNumberField(blank=True)"),
    ("mobile_phone", "models.CharField(max_length=32)"),
    ("street_address", "models.CharField(max_length=200)"),
    ("postal_code", "models.CharField(max_length=12)"),
    ("city", "models.CharField(max_length=80)"),
    ("billing_email", "models.EmailField(null=True)"),
]
ENCRYPTED = [
    ("email", "EncryptedEmailField()"),
    ("phone", "encrypt(models.CharField(max_length=32))"),
    ("home_address", "TextPGPSymmetricKeyField()"),
    ("email_lookup", "TextDigestField()"),
]
LOOKALIKE = [
    ("email_verified", "models.BooleanField(default=False)"),
    ("phone_confirmed_at", "models.DateTimeField(null=True)"),
    ("email_template_id", "models.IntegerField(null=True)"),
    ("address_count", "models.PositiveIntegerField(default=0)"),
]
ORDINARY = [
    ("name", "models.CharField(max_length=120)"),
    ("status", "models.CharField(max_length=20, default=\"new\")"),
    ("created_at", "models.DateTimeField(auto_now_add=True)"),
    ("updated_at", "models.DateTimeField(auto_now=True)"),
    ("amount", "models.DecimalField(max_digits=10, decimal_places=2)"),
    ("notes", "models.TextField(blank=True)"),
    ("metadata", "models.JSONField(default=dict)"),
    ("is_active", "models.BooleanField(default=True)"),
    ("uuid", "models.UUIDField(unique=True)"),
    ("score", "models.FloatField(default=0)"),
]
PERMISSIONS = ["[AllowAny]", "[IsAuthenticated]", "[IsAuthenticatedOrReadOnly]", None]
HEADER = """from django.db import models
from django_cryptography.fields import encrypt
from fernet_fields import EncryptedEmailField
from pgcrypto.fields import TextDigestField, TextPGPSymmetricKeyField
from phonenumber_field.modelfields import PhoneNumberField
"""


def camel(s):
    return "".join(p.capitalize() for p in s.split("_"))


def model_module(rng, app, index):
    out = [HEADER]
    classes = []
    abstract = rng.random() < 0.2
    if abstract:
        out.append("\n\nclass Reachable{0}(models.Model):\n"
                   "    email = models.EmailField()\n"
                   "    phone = PhoneNumberField(blank=True)\n\n"
                   "    class Meta:\n        abstract = True\n".format(index))
    for k in range(3):
        name = camel(rng.choice(ENTITIES)) + "{0}x{1}".format(index, k)
        base = "Reachable{0}".format(index) if abstract else "models.Model"
        fields = {}
        for _ in range(rng.randint(6, 12)):
            r = rng.random()
            pool = CONTACT if r < 0.1 else ENCRYPTED if r < 0.15 else LOOKALIKE if r < 0.3 else ORDINARY
            fname, ftype = rng.choice(pool)
            if abstract and fname in ("email", "phone"):
                continue
            fields[fname] = ftype
        if classes and rng.random() < 0.5:
            fields["parent"] = "models.ForeignKey({0}, on_delete=models.CASCADE)".format(classes[-1])
        body = "".join("    {0} = {1}\n".format(f, t) for f, t in sorted(fields.items()))
        meta = ""
        if rng.random() < 0.3:
            meta = "\n    class Meta:\n        db_table = \"{0}_{1}\"\n".format(app, name.lower())
        out.append("\n\nclass {0}({1}):\n{2}{3}".format(name, base, body, meta))
        classes.append(name)
    return "".join(out), classes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apps", type=int, default=100)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "config"), exist_ok=True)

    def write(rel, text):
        path = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    write("manage.py", "import os\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings\")\n")
    write("config/__init__.py", "")
    apps = ["app{0:03d}".format(i) for i in range(a.apps)]
    write("config/settings.py",
          "INSTALLED_APPS = [\"rest_framework\", " + ", ".join('"%s"' % x for x in apps) + "]\n"
          "REST_FRAMEWORK = {\"PAGE_SIZE\": 50}\n")
    for app in apps:
        write(app + "/__init__.py", "")
        exports = []
        for i in range(a.files):
            text, classes = model_module(rng, app, i)
            write("{0}/models/m{1:02d}.py".format(app, i), text)
            exports.append((i, classes))
        write(app + "/models/__init__.py",
              "".join("from .m{0:02d} import {1}\n".format(i, ", ".join(c)) for i, c in exports))
        ser = ["from rest_framework import serializers\n\nfrom . import models\n"]
        views = ["from rest_framework import generics, viewsets\n"
                 "from rest_framework.permissions import AllowAny, IsAuthenticated, IsAuthenticatedOrReadOnly\n\n"
                 "from . import serializers\n"]
        for i, classes in exports:
            model = classes[0]
            r = rng.random()
            spec = ('fields = "__all__"' if r < 0.4 else
                    'fields = ["id", "name", "email"]' if r < 0.7 else 'exclude = ["email", "phone"]')
            ser.append("\n\nclass {0}Serializer(serializers.ModelSerializer):\n"
                       "    class Meta:\n        model = models.{0}\n        {1}\n".format(model, spec))
            perm = rng.choice(PERMISSIONS)
            base = rng.choice(["generics.ListAPIView", "viewsets.ModelViewSet", "generics.RetrieveAPIView"])
            views.append("\n\nclass {0}View({1}):\n    serializer_class = serializers.{0}Serializer\n{2}"
                         .format(model, base, "    permission_classes = {0}\n".format(perm) if perm else ""))
        write(app + "/serializers.py", "".join(ser))
        write(app + "/views.py", "".join(views))


if __name__ == "__main__":
    main()
