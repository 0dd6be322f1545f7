// pg_query_parse_bench: time libpg_query's pg_query_parse on a whole file.
//
// Usage: pg_query_parse_bench FILE [RUNS]   (RUNS defaults to 5)
//
// Reads FILE into memory, calls pg_query_parse on the whole buffer RUNS
// times and prints the best run:
//   pg_query_parse: <ms> ms, <MB/s> MB/s, json <bytes> bytes
// MB = 10^6 bytes of input. Exits 1 if the file cannot be read or does not
// parse (the parser error and its 1-based cursor position are printed).

#include <pg_query.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3 || std::strcmp(argv[1], "--help") == 0 ||
      std::strcmp(argv[1], "-h") == 0) {
    std::fprintf(stderr, "usage: %s FILE [RUNS]\n", argc > 0 ? argv[0] : "pg_query_parse_bench");
    return 2;
  }
  const char *path = argv[1];
  long runs = 5;
  if (argc == 3) {
    char *end = nullptr;
    runs = std::strtol(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0' || runs < 1 || runs > 100000) {
      std::fprintf(stderr, "pg_query_parse_bench: RUNS must be a positive integer, got '%s'\n",
                   argv[2]);
      return 2;
    }
  }

  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "pg_query_parse_bench: cannot open %s\n", path);
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string sql = ss.str(); // NUL-terminated via c_str()
  if (sql.find('\0') != std::string::npos) {
    std::fprintf(stderr, "pg_query_parse_bench: %s contains a NUL byte\n", path);
    return 1;
  }

  double best_ms = std::numeric_limits<double>::infinity();
  std::size_t json_bytes = 0;
  for (long i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    PgQueryParseResult r = pg_query_parse(sql.c_str());
    const auto t1 = std::chrono::steady_clock::now();
    if (r.error != nullptr) {
      std::fprintf(stderr, "pg_query_parse_bench: %s: parse error at cursorpos %d: %s\n", path,
                   r.error->cursorpos,
                   r.error->message != nullptr ? r.error->message : "(no message)");
      pg_query_free_parse_result(r);
      return 1;
    }
    json_bytes = r.parse_tree != nullptr ? std::strlen(r.parse_tree) : 0;
    pg_query_free_parse_result(r);
    const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
    if (ms < best_ms)
      best_ms = ms;
  }
  pg_query_exit();

  const double mb_per_s =
      best_ms > 0.0 ? (static_cast<double>(sql.size()) / 1e6) / (best_ms / 1e3) : 0.0;
  std::printf("pg_query_parse: %.1f ms, %.1f MB/s, json %zu bytes\n", best_ms, mb_per_s,
              json_bytes);
  return 0;
}
