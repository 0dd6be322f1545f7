#include "contact.h"

int main() { return countContacts() - 1; }
