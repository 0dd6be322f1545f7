from django.db import models


class ModelWithMetadata(models.Model):
    metadata = models.JSONField(default=dict)

    class Meta:
        abstract = True


class LabelledBase(models.Model):
    class Meta:
        abstract = True
        app_label = "archive"
