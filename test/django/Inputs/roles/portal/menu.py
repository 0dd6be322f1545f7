from portal.page1 import Page1View
from portal.page2 import Page2View

MENU = [Page1View, Page2View]
