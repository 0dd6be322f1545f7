from rest_framework import serializers

from customers.serializers import CustomerContactSerializer
from orders.models import Order


class OrderSerializer(serializers.ModelSerializer):
    customer = CustomerContactSerializer(read_only=True)

    class Meta:
        model = Order
        fields = ["id", "total", "customer"]


class OrderLabelSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "address"]
        depth = 1
