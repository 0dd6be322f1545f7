from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from accounts.models import Customer


class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "email", "first_name"]


class CustomerDirectory(generics.ListAPIView):
    permission_classes = [AllowAny]
    queryset = Customer.objects.all()
    serializer_class = CustomerSerializer
