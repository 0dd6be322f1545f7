SECRET_KEY = "not-a-real-key"
INSTALLED_APPS = ["rest_framework", "people"]
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ("rest_framework.permissions.IsAuthenticatedOrReadOnly",),
    "PAGE_SIZE": 20,
}
