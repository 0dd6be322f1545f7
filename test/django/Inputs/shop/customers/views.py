from rest_framework import generics, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import (
    AllowAny,
    IsAdminUser,
    IsAuthenticated,
    IsAuthenticatedOrReadOnly,
)
from rest_framework.response import Response

from customers import serializers
from customers.models import Customer, VipCustomer


class CustomerViewSet(viewsets.ModelViewSet):
    queryset = Customer.objects.all()
    serializer_class = serializers.CustomerSerializer
    permission_classes = [AllowAny]


class CustomerCardList(generics.ListAPIView):
    """Public loyalty cards: no contact data in the serializer."""

    queryset = Customer.objects.all()
    serializer_class = serializers.CustomerCardSerializer


class SupplierList(generics.ListAPIView):
    serializer_class = serializers.SupplierSerializer


class CustomerContact(generics.RetrieveAPIView):
    queryset = Customer.objects.all()
    serializer_class = serializers.CustomerContactSerializer
    permission_classes = (IsAuthenticatedOrReadOnly,)


class VipList(generics.ListAPIView):
    queryset = VipCustomer.objects.all()
    serializer_class = serializers.VipSerializer


class AccountView(generics.RetrieveUpdateAPIView):
    serializer_class = serializers.CustomerSerializer
    permission_classes = [IsAuthenticated]


class AdminCustomers(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.CustomerSerializer
    permission_classes = [IsAdminUser | IsAuthenticated]


class SignupView(generics.CreateAPIView):
    """Anonymous sign-up: the response only echoes what the caller sent."""

    serializer_class = serializers.CustomerSerializer
    permission_classes = [AllowAny]


@api_view(["GET"])
@permission_classes([AllowAny])
def customer_card(request, pk):
    customer = Customer.objects.get(pk=pk)
    return Response(serializers.CustomerContactSerializer(customer).data)


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def my_card(request):
    return Response(serializers.CustomerSerializer(request.user.customer).data)
