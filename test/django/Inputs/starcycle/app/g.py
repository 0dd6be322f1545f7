from app.a import *
from app.b import *
from app.c import *
from app.d import *
from app.e import *
from app.f import *
from app.h import *
from app.i import *
from app.j import *
from app.k import *
from app.l import *
from django.db import models


class ContactG(models.Model):
    email = models.EmailField()
    owner = models.ForeignKey(MissingG, on_delete=models.CASCADE)
