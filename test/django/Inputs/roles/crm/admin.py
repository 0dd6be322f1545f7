from django.contrib import admin

from crm.models import Customer


class CustomerAdmin(admin.ModelAdmin):
    model = Customer
    list_display = ["name", "email"]
