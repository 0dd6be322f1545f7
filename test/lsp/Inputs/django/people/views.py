from rest_framework import viewsets
from rest_framework.permissions import AllowAny

from people.models import Member
from people.serializers import MemberSerializer


class MemberViewSet(viewsets.ModelViewSet):
    queryset = Member.objects.all()
    serializer_class = MemberSerializer
    permission_classes = [AllowAny]
