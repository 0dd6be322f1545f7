from rest_framework import generics, mixins, viewsets
from rest_framework.permissions import AllowAny

from people.models import Person
from people.serializers import PersonSerializer


class PersonList(generics.ListAPIView):
    """Closed by DEFAULT_PERMISSION_CLASSES in config/settings/base.py."""

    queryset = Person.objects.all()
    serializer_class = PersonSerializer


class PublicPersonList(generics.ListAPIView):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    permission_classes = [AllowAny]


class PersonDirectory(mixins.ListModelMixin, viewsets.GenericViewSet):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    permission_classes = []
