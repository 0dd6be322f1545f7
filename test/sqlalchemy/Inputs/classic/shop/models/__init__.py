from .base import AuditedModel
from .customer import Customer, Order

__all__ = ["AuditedModel", "Customer", "Order"]
