import django_filters

from crm.models import Customer


class CustomerFilterSet(django_filters.FilterSet):
    class Meta:
        model = Customer
        fields = ["name"]
