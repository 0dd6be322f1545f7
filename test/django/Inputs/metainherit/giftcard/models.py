from django.db import models

from core.models import LabelledBase, ModelWithMetadata


# Meta inherits the abstract base's Meta, which sets no app_label: the
# model's app is its own package (giftcard), not the base's (core).
class GiftCard(ModelWithMetadata):
    used_by_email = models.EmailField(null=True)

    class Meta(ModelWithMetadata.Meta):
        ordering = ("pk",)


# The base's Meta declares app_label: it is inherited.
class OldCard(LabelledBase):
    owner_email = models.EmailField()

    class Meta(LabelledBase.Meta):
        ordering = ("pk",)
