#include "phonenumber.h"
#include <QSharedData>

using namespace Contacts;

// The d-pointer: its fields take their meaning from PhoneNumber.
class Q_DECL_HIDDEN PhoneNumber::Private : public QSharedData {
public:
  QString mId;
  QString mNumber;
  int mType = 0;
};

QString PhoneNumber::number() const { return d->mNumber; }
