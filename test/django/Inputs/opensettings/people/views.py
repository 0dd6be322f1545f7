from rest_framework import generics, viewsets
from rest_framework.permissions import AllowAny, IsAdminUser

from people.models import Person
from people.permissions import IsOwner, PublicRead
from people.serializers import PersonSerializer


class PersonList(generics.ListAPIView):
    """No permission_classes: DEFAULT_PERMISSION_CLASSES lets anonymous users read."""

    queryset = Person.objects.all()
    serializer_class = PersonSerializer


class PersonDetail(generics.RetrieveAPIView):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    permission_classes = [IsOwner]


class PressContacts(generics.ListAPIView):
    queryset = Person.objects.filter(press=True)
    serializer_class = PersonSerializer
    permission_classes = [PublicRead]


class PersonAdmin(viewsets.ModelViewSet):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer

    def get_permissions(self):
        if self.action == "list":
            return [IsAdminUser()]
        return [IsAdminUser()]


class PersonProfile(generics.RetrieveUpdateAPIView):
    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    permission_classes = [~IsAdminUser | IsOwner]
