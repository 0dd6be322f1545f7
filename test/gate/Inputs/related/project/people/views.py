from rest_framework import generics
from rest_framework.permissions import AllowAny

from people.models import Person
from people.serializers import PersonSerializer


class PersonDirectory(generics.ListAPIView):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    permission_classes = [AllowAny]
