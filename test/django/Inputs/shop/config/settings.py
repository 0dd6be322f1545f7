# Settings for the shop: no REST_FRAMEWORK dictionary, so DRF's default
# permission (AllowAny) applies to every view without permission_classes.
SECRET_KEY = "not-a-real-key"
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "phonenumber_field",
    "customers",
    "orders",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "shop"}}
