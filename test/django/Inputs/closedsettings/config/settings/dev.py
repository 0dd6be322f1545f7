from .base import *  # noqa: F401,F403

DEBUG = True
# Local development only: production runs config.settings.base.
REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"] = ["rest_framework.permissions.AllowAny"]
