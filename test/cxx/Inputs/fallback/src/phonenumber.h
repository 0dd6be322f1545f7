// A Qt-style value class: its export macro comes from a generated header
// and its types from Qt, neither of which is installed.
#include "contacts_export.h"
#include <QString>
#include <QUrl>

#define PLAIN_FIELD(name) QString name;

namespace Contacts {
class CONTACTS_EXPORT PhoneNumber {
  Q_GADGET
  Q_PROPERTY(QString number READ number)
public:
  QString number() const;

private:
  class Private;
  Private *d;
};

struct CONTACTS_EXPORT Messenger {
  QUrl address;
  QString handle;
  PLAIN_FIELD(email)
};
} // namespace Contacts

// Standard types are not read either: their spelling says enough.
#include <string>
template <typename T> struct Encrypted { T ciphertext; };
struct Profile {
  std::string email;
  Encrypted<std::string> phone;
};
