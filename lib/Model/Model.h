// The one intermediate representation every frontend produces: entities with
// fields, the protection of each field with its evidence, and exposures (who
// can read which field, through which channel, declared where).
#pragma once

#include "Support/SourceFile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace privlint {

/// A half-open byte range in one source file.
struct SourceRange {
  const SourceFile *File = nullptr;
  uint32_t Begin = 0;
  uint32_t End = 0;
  bool valid() const { return File != nullptr; }
};

/// Orders facts of one analysis unit: file position in replay order, then
/// byte offset. "The newest statement that made an exposure true" is the
/// fact with the largest order.
struct FactOrder {
  uint32_t FileIndex = 0;
  uint32_t Offset = 0;
  auto operator<=>(const FactOrder &) const = default;
};

enum class TypeClass : uint8_t {
  Text,
  Binary,
  Number,
  Boolean,
  Time,
  Json,
  Uuid,
  Network,
  Enum,
  Reference,
  Geometry,
  Unknown
};
const char *typeClassName(TypeClass T);
std::optional<TypeClass> parseTypeClass(std::string_view S);

enum class Protection : uint8_t { Plaintext, Encrypted, Hashed, Unknown };
const char *protectionName(Protection P);

struct Evidence {
  std::string Text;  // "bytea column", "COMMENT ON COLUMN ... 'privlint:encrypted'"
  SourceRange Where; // may be invalid when the evidence has no place
};

/// One category a field holds, with why the classifier decided so.
struct CategoryMatch {
  std::string Id;      // fideslang-style, e.g. user.contact.email
  std::string Label;   // short phrase for messages, e.g. "email address"
  bool Strong = false; // from a type, annotation or marker, not only a name
  std::vector<std::string> Evidence;
};

/// Whose data a field holds: a person's, an organisation's (a company, a
/// store, a site) or the system's own (settings, infrastructure). The
/// classifier decides it; the contact rules report only a person's data.
enum class Subject : uint8_t { Person, Organisation, System };
const char *subjectName(Subject S);

/// Explicit markers a user wrote next to a field (privlint:encrypted, ...).
struct FieldMarkers {
  std::optional<Protection> ProtectionMarker;
  SourceRange ProtectionWhere;
  std::vector<std::string> Categories; // privlint:category=<id>
  bool NotPersonal = false;
  SourceRange Where;
};

struct Field {
  std::string Name;         // the field as the schema names it
  std::string ColumnName;   // database column when it differs (Prisma @map), else empty
  std::string DeclaredType; // as written, e.g. varchar(255)
  std::string TypeName;     // last component of the type name, lower case (for domains)
  TypeClass Type = TypeClass::Unknown;
  bool Nullable = true;
  bool IsForeignKey = false;
  SourceRange Range; // the field's name token
  FactOrder Order;   // when the field was (re)defined
  std::vector<std::string> Comments;
  Protection Prot = Protection::Plaintext;
  std::vector<Evidence> ProtectionEvidence;
  FieldMarkers Markers;
  std::vector<CategoryMatch> Categories; // filled by the classifier
  Subject Subj = Subject::Person;        // filled by the classifier with Categories
  std::vector<std::string> SubjectEvidence;
  std::vector<SourceRange> OtherDefinitions;
  std::string SourceHint; // a strong type signal (e.g. ORM field class), may be empty
  std::string Default;    // the default value as written, unquoted; empty when none is declared
  /// The value class that declares the field when it is embedded in the
  /// entity (a JPA @Embeddable), else empty: one declaration, reported once
  /// for every entity that embeds it.
  std::string EmbeddedFrom;
};

enum class EntityKind : uint8_t {
  Table,
  View,
  MaterializedView,
  Function,
  Model,
  Record,
  ApiObject
};
const char *entityKindName(EntityKind K);

struct Entity {
  EntityKind Kind = EntityKind::Table;
  std::string Schema; // may be empty
  std::string Name;
  std::string QualifiedName; // as the schema states it, e.g. public.influencers
  std::string
      Table; // ORM models: the database table it maps to (Meta.db_table, @Table), else empty
  SourceRange Range;
  bool Stored = true; // false for views and function results
  std::vector<Field> Fields;
};

/// Who can read a field without (or with) authentication, and how.
struct Exposure {
  std::string
      Audience; // "anonymous" | "authenticated" | "role" | "unknown" (no auth declared either way)
  std::string Role;       // e.g. anon, PUBLIC
  std::string Channel;    // table-without-rls, permissive-policy, view, materialized-view,
                          // security-definer-function, api-view, handler, endpoint,
                          // http-operation, graphql-field, grpc-method
  std::string Via;        // the exposing object, e.g. public.influencers, policy name, view name
  size_t EntityIndex = 0; // the entity whose field is readable (a base table for views)
  size_t FieldIndex = 0;
  SourceRange Where;             // the newest statement that made the exposure true
  std::string Request, Response; // API operations: request and response types, else empty
  // How a message names the audience and the way in. The frontend that knows
  // its channels writes them, so rules never list channels of their own.
  std::string Who;        // e.g. "anonymous users"; empty: named from Role
  std::string Through;    // e.g. "through operation 'GET /u'"; empty: the entity itself
  std::string Serializer; // a DRF view: the serializer that returns the field, else empty
  struct Related {
    SourceRange Where;
    std::string Message;
    bool SameField = false; // the field's own definition: reported when its file is given
  };
  std::vector<Related> RelatedLocations;
};

/// A problem reading input: becomes a parse-error finding.
struct InputProblem {
  SourceRange Where;
  std::string Message;
};

struct Model {
  std::vector<Entity> Entities;
  std::vector<Exposure> Exposures;
  std::vector<InputProblem> Problems;
};

} // namespace privlint
