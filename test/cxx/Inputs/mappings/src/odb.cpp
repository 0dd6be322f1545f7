#include "subscriber.h"
unsigned long leadId(const Lead &l, const Subscriber &s) { return l.id + s.id_; }
