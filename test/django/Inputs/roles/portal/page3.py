from django.views.generic import FormView

from crm.forms import CustomerForm, VisitForm
from crm.filters import CustomerFilterSet
from crm.tables import CustomerTable


class Page3View(FormView):
    form_class = CustomerForm
    second_form = VisitForm
    filterset_class = CustomerFilterSet
    table_class = CustomerTable

