#include "Frontend/Postgres/PgQueryAdapter.h"

#include "Support/Utf8.h"

#include <pg_query.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace privlint::pg {

const char *const BundledVersion = PG_VERSION;

namespace {

// libpg_query's messages may cut a multibyte character in two: it quotes
// the token at the error by bytes.
PgError errorOf(const PgQueryError *E, const char *Fallback) {
  PgError Out;
  Out.Message = sanitizeUtf8(E && E->message ? E->message : Fallback);
  Out.Offset = E && E->cursorpos > 0 ? static_cast<uint32_t>(E->cursorpos - 1) : 0;
  return Out;
}

} // namespace

bool PgParser::parse(const std::string &Text, Node &Root, PgError &Err) {
  static const bool Timing = std::getenv("PRIVLINT_TIMING") != nullptr;
  auto T0 = std::chrono::steady_clock::now();
  PgQueryParseResult R = pg_query_parse(Text.c_str());
  auto T1 = std::chrono::steady_clock::now();
  if (R.error) {
    Err = errorOf(R.error, "syntax error");
    pg_query_free_parse_result(R);
    return false;
  }
  // simdjson copies the document into its own padded buffer.
  auto JsonErr = Json.parse(R.parse_tree, std::strlen(R.parse_tree)).get(Root);
  pg_query_free_parse_result(R);
  if (JsonErr) {
    Err = PgError{std::string("internal error reading the parse tree: ") +
                      simdjson::error_message(JsonErr),
                  0};
    return false;
  }
  if (Timing && Text.size() > 100000) {
    using Ms = std::chrono::duration<double, std::milli>;
    std::fprintf(stderr, "privlint: timing: pg_query_parse %.2f ms, simdjson %.2f ms\n",
                 Ms(T1 - T0).count(), Ms(std::chrono::steady_clock::now() - T1).count());
  }
  return true;
}

bool parses(const std::string &Text, PgError *Err) {
  PgQueryParseResult R = pg_query_parse(Text.c_str());
  bool Ok = !R.error;
  if (!Ok && Err)
    *Err = errorOf(R.error, "syntax error");
  pg_query_free_parse_result(R);
  return Ok;
}

bool splitStatements(const std::string &Text, std::vector<PgStatement> &Out, PgError &Err) {
  PgQuerySplitResult Split = pg_query_split_with_scanner(Text.c_str());
  bool Ok = !Split.error;
  if (Ok) {
    for (int I = 0; I < Split.n_stmts; ++I)
      Out.push_back({static_cast<uint32_t>(Split.stmts[I]->stmt_location),
                     static_cast<uint32_t>(Split.stmts[I]->stmt_len)});
  } else {
    Err = errorOf(Split.error, "lexical error");
  }
  pg_query_free_split_result(Split);
  return Ok;
}

std::optional<Node> get(Node E, std::string_view Key) {
  Node Out;
  if (E.type() != simdjson::dom::element_type::OBJECT)
    return std::nullopt;
  if (E[Key].get(Out))
    return std::nullopt;
  return Out;
}

std::string str(Node E, std::string_view Key) {
  auto V = get(E, Key);
  std::string_view S;
  if (!V || V->get(S))
    return {};
  return std::string(S);
}

std::string_view word(Node E, std::string_view Key) {
  auto V = get(E, Key);
  std::string_view S;
  if (!V || V->get(S))
    return {};
  return S;
}

int64_t num(Node E, std::string_view Key, int64_t Default) {
  auto V = get(E, Key);
  int64_t N;
  if (!V || V->get(N))
    return Default;
  return N;
}

bool flag(Node E, std::string_view Key) {
  auto V = get(E, Key);
  bool B;
  if (!V || V->get(B))
    return false;
  return B;
}

std::pair<std::string_view, Node> node(Node E) {
  simdjson::dom::object O;
  if (E.get(O))
    return {{}, E};
  for (auto KV : O)
    return {KV.key, KV.value};
  return {{}, E};
}

std::vector<std::string> strings(Node E, std::string_view Key) {
  std::vector<std::string> Out;
  each(E, Key, [&](Node X) {
    auto [T, B] = node(X);
    if (T == "String")
      Out.push_back(str(B, "sval"));
  });
  return Out;
}

size_t count(Node E, std::string_view Key) {
  auto V = get(E, Key);
  simdjson::dom::array A;
  if (!V || V->get(A))
    return 0;
  return A.size();
}

} // namespace privlint::pg
