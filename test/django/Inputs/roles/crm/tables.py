import django_tables2 as tables

from crm.models import Customer


class CustomerTable(tables.Table):
    class Meta:
        model = Customer
