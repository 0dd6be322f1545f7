from .order import Order, ShippingAddress

__all__ = ["Order", "ShippingAddress"]
