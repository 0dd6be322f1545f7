#include "Frontend/SqlAlchemy/SqlAlchemyTypes.h"

#include <string>
#include <unordered_map>

namespace privlint::sqla {

namespace {

std::string lowerLast(std::string_view Name) {
  size_t P = Name.rfind('.');
  std::string_view Last = P == std::string_view::npos ? Name : Name.substr(P + 1);
  std::string Out(Last);
  for (char &C : Out)
    C = static_cast<char>(C >= 'A' && C <= 'Z' ? C - 'A' + 'a' : C);
  return Out;
}

using Table = std::unordered_map<std::string, KnownType>;

// Add(class, names) for a table: each name a plain type of that class.
auto adderTo(Table &T) {
  return [&T](TypeClass C, std::initializer_list<const char *> Names) {
    for (const char *N : Names)
      T[N] = KnownType{C, {}, false, false, false};
  };
}

const Table &columnTypes() {
  static const Table T = [] {
    Table T;
    auto Add = adderTo(T);
    // Generic types, their SQL-standard upper-case spellings, dialect types.
    Add(TypeClass::Text,
        {"string",     "text",       "unicode",      "unicodetext",  "varchar",   "nvarchar",
         "char",       "nchar",      "clob",         "nclob",        "citext",    "tinytext",
         "mediumtext", "longtext",   "varchar2",     "nvarchar2",    "ntext",     "autostring",
         "urltype",    "localetype", "timezonetype", "currencytype", "colortype", "countrytype",
         "ltreetype",  "tsvector",   "weekdaystype"});
    Add(TypeClass::Binary, {"largebinary", "binary", "varbinary", "blob", "tinyblob", "mediumblob",
                            "longblob", "bytea", "_binary", "image", "raw", "long_raw"});
    Add(TypeClass::Number,
        {"integer", "biginteger", "smallinteger", "numeric", "float", "double", "double_precision",
         "decimal", "real", "int", "bigint", "smallint", "tinyint", "mediumint", "money",
         "smallmoney", "number", "binary_float", "binary_double"});
    Add(TypeClass::Boolean, {"boolean", "bool", "bit"});
    Add(TypeClass::Time,
        {"datetime", "date", "time", "interval", "timestamp", "datetime2", "smalldatetime",
         "datetimeoffset", "year", "arrowtype", "tstzrange", "daterange", "tsrange"});
    Add(TypeClass::Json, {"json", "jsonb", "jsontype", "pickletype", "hstore", "scalarlisttype"});
    Add(TypeClass::Uuid, {"uuid", "uuidtype", "uniqueidentifier"});
    Add(TypeClass::Network, {"inet", "cidr", "macaddr", "macaddr8", "ipaddresstype"});
    Add(TypeClass::Enum, {"enum", "choicetype"});
    Add(TypeClass::Geometry, {"geometry", "geography", "raster"});
    // SQLAlchemy-Utils types named for their data: strong signals.
    T["emailtype"] = KnownType{TypeClass::Text, "emailtype", false, false, false};
    T["phonenumbertype"] = KnownType{TypeClass::Text, "phonenumbertype", false, false, false};
    // PasswordType stores a passlib hash, never the value.
    T["passwordtype"] = KnownType{TypeClass::Text, {}, true, false, false};
    T["array"] = KnownType{TypeClass::Unknown, {}, false, true, false};
    T["as_mutable"] = KnownType{TypeClass::Unknown, {}, false, false, true};
    return T;
  }();
  return T;
}

const Table &annotationTypes() {
  static const Table T = [] {
    Table T;
    auto Add = adderTo(T);
    Add(TypeClass::Text, {"str", "httpurl", "anyurl", "anyhttpurl", "constr", "secretstr"});
    Add(TypeClass::Binary, {"bytes", "bytearray", "memoryview"});
    Add(TypeClass::Number, {"int", "float", "decimal", "conint", "confloat", "condecimal"});
    Add(TypeClass::Boolean, {"bool"});
    Add(TypeClass::Time, {"datetime", "date", "time", "timedelta"});
    Add(TypeClass::Json, {"dict", "list", "tuple", "set", "frozenset", "json"});
    Add(TypeClass::Uuid, {"uuid"});
    Add(TypeClass::Network, {"ipv4address", "ipv6address", "ipvanyaddress", "ipv4network",
                             "ipv6network", "ipvanynetwork"});
    T["emailstr"] = KnownType{TypeClass::Text, "emailstr", false, false, false};
    T["nameemail"] = KnownType{TypeClass::Text, "emailstr", false, false, false};
    T["phonenumber"] = KnownType{TypeClass::Text, "phonenumbertype", false, false, false};
    return T;
  }();
  return T;
}

} // namespace

std::optional<KnownType> columnType(std::string_view Name) {
  const auto &T = columnTypes();
  auto It = T.find(lowerLast(Name));
  if (It == T.end())
    return std::nullopt;
  return It->second;
}

std::optional<KnownType> annotationType(std::string_view Name) {
  const auto &T = annotationTypes();
  auto It = T.find(lowerLast(Name));
  if (It == T.end())
    return std::nullopt;
  return It->second;
}

} // namespace privlint::sqla
