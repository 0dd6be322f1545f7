from rest_framework import serializers

from .models import Customer, Supplier, VipCustomer


class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = "__all__"


class CustomerCardSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "name", "loyalty_points"]


class SupplierSerializer(serializers.ModelSerializer):
    class Meta:
        model = Supplier
        exclude = ["email", "phone"]


class CustomerContactSerializer(serializers.ModelSerializer):
    contact = serializers.EmailField(source="email", read_only=True)
    secret_phone = serializers.CharField(source="phone", write_only=True)

    class Meta:
        model = Customer
        fields = ("id", "contact", "secret_phone")


class VipSerializer(serializers.ModelSerializer):
    """A proxy model reads its concrete model's columns."""

    class Meta:
        model = VipCustomer
        fields = ["id", "name", "phone"]
