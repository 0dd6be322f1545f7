from app.a import *
from app.b import *
from app.c import *
from app.d import *
from app.e import *
from app.f import *
from app.g import *
from app.h import *
from app.i import *
from app.j import *
from app.l import *
from django.db import models


class ContactK(models.Model):
    email = models.EmailField()
    owner = models.ForeignKey(MissingK, on_delete=models.CASCADE)
