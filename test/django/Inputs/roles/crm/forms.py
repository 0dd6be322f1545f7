from django import forms

from crm.models import Customer, Visit


class CustomerForm(forms.ModelForm):
    class Meta:
        model = Customer
        fields = "__all__"


class VisitForm(forms.ModelForm):
    class Meta:
        model = Visit
        fields = ["note"]
