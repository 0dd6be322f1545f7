from rest_framework import generics
from rest_framework.permissions import AllowAny
from rest_framework.serializers import ModelSerializer

from crm.models import Lead


class LeadSerializer(ModelSerializer):
    class Meta:
        fields = ["id", "email"]
        model = Lead


class LeadList(generics.ListAPIView):
    queryset = Lead.objects.all()
    permission_classes = [AllowAny]
    serializer_class = LeadSerializer
