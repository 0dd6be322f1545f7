from django.db import models
from wagtail.models import Page


# Wagtail's Page is a known concrete model: no note, and the page type's own
# columns are read.
class VolunteerPage(Page):
    coordinator_phone = models.CharField(max_length=32)
