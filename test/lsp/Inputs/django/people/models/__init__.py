from .base import Contactable
from .member import Member
