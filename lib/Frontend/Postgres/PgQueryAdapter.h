// The libpg_query adapter: the only code that calls libpg_query (parse, split,
// error positions) and reads its JSON parse trees (with simdjson). Nothing here
// throws; failures are returned as PgError values with byte offsets into the
// text that was given.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privlint::pg {

/// A node of a parse tree, valid until the next parse with the same PgParser.
using Node = simdjson::dom::element;

/// The PostgreSQL version of the bundled parser ("15.1").
extern const char *const BundledVersion;

struct PgError {
  std::string Message; // valid UTF-8 (it may quote a token over several lines)
  uint32_t Offset = 0; // where the parser stopped, in the text given
};

/// One statement of a split: [Begin, Begin + Length), without its ';'.
/// Length 0 means "to the end of the text".
struct PgStatement {
  uint32_t Begin = 0;
  uint32_t Length = 0;
};

class PgParser {
public:
  /// Parses Text (one or more statements). On success Root is the tree
  /// ({"version":..,"stmts":[..]}); on failure Err says where and why.
  bool parse(const std::string &Text, Node &Root, PgError &Err);

private:
  simdjson::dom::parser Json; // reused across parses: keeps its buffers
};

/// Whether Text parses, without building a tree (recovery probes).
bool parses(const std::string &Text, PgError *Err = nullptr);

/// libpg_query's scanner split: statement boundaries at ';' outside strings,
/// comments and parentheses. False on a lexical error (an unterminated string,
/// for instance), reported in Err.
bool splitStatements(const std::string &Text, std::vector<PgStatement> &Out, PgError &Err);

// ---- reading parse-tree nodes (absent keys read as empty, 0, false) ----

std::optional<Node> get(Node E, std::string_view Key);
std::string str(Node E, std::string_view Key);
/// A string field as a view into the tree (valid as long as the tree): for
/// comparing an enum value ("CONSTR_FOREIGN") without a copy.
std::string_view word(Node E, std::string_view Key);
int64_t num(Node E, std::string_view Key, int64_t Default = 0);
bool flag(Node E, std::string_view Key);

/// A node {"Type": {...}}: its type name and body.
std::pair<std::string_view, Node> node(Node E);

/// The String values of a list of {"String":{"sval":...}} nodes.
std::vector<std::string> strings(Node E, std::string_view Key);

/// Calls F on each element of an array field (absent = empty).
template <typename Fn> void each(Node E, std::string_view Key, Fn F) {
  auto V = get(E, Key);
  simdjson::dom::array A;
  if (!V || V->get(A))
    return;
  for (Node X : A)
    F(X);
}

/// The number of elements of an array field (absent = 0).
size_t count(Node E, std::string_view Key);

} // namespace privlint::pg
