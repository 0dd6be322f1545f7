from django.db import models


class Lead(models.Model):
    email = models.EmailField()
    source = models.CharField(max_length=40))

    def label(self):
        return f"{self.email} ({self.source"
