from rest_framework import generics
from rest_framework.permissions import AllowAny

from crm.serializers import CustomerSerializer, VisitSerializer


class CustomerList(generics.ListAPIView):
    serializer_class = CustomerSerializer
    permission_classes = [AllowAny]


class VisitDetail(generics.RetrieveAPIView):
    serializer_class = VisitSerializer
    permission_classes = [AllowAny]
