from rest_framework.generics import ListAPIView, RetrieveAPIView

from .models import Order
from .serializers import OrderLabelSerializer, OrderSerializer


class OrderList(ListAPIView):
    queryset = Order.objects.select_related("customer")
    serializer_class = OrderSerializer


class OrderLabel(RetrieveAPIView):
    queryset = Order.objects.all()

    def get_serializer_class(self):
        return OrderLabelSerializer
