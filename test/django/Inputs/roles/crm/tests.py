from django.test import TestCase

from crm.models import Customer


class CustomerModelTest(TestCase):
    model = Customer
