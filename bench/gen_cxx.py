#!/usr/bin/env python3
"""Generates a C++ project for measuring privlint's overhead over a plain
compile: N translation units (default 50), each including a few standard
headers and a shared model header, with records holding contact fields,
nlohmann-style serializers and marked handlers, plus compile_commands.json.

usage: gen_cxx.py OUT_DIR [N]
"""
import json
import os
import sys

STD_HEADERS = ["string", "vector", "optional", "map", "memory", "algorithm", "chrono", "functional"]


def main():
    out = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    os.makedirs(os.path.join(out, "include"), exist_ok=True)
    os.makedirs(os.path.join(out, "src"), exist_ok=True)
    with open(os.path.join(out, ".privlint.yaml"), "w") as f:
        f.write("version: 1\n")
    with open(os.path.join(out, "include", "model.h"), "w") as f:
        f.write("#pragma once\n#include <optional>\n#include <string>\n#include <vector>\n\n")
        f.write("struct Address {\n  std::string street;\n  std::string city;\n  std::string postcode;\n};\n\n")
        f.write("struct Customer {\n  long id;\n  std::string name;\n  std::string email;\n"
                "  std::optional<std::string> phone;\n  Address billing;\n  std::vector<std::string> tags;\n};\n")
    commands = []
    for i in range(n):
        path = os.path.join("src", "unit%02d.cpp" % i)
        with open(os.path.join(out, path), "w") as f:
            for h in STD_HEADERS:
                f.write("#include <%s>\n" % h)
            f.write('#include "model.h"\n\n')
            f.write("namespace unit%d {\n" % i)
            for r in range(4):
                f.write("struct Record%d {\n  long id;\n  std::string title;\n  std::string contact_email_%d;\n"
                        "  std::string mobile_%d;\n  std::chrono::system_clock::time_point created;\n"
                        "  std::map<std::string, int> counters;\n};\n" % (r, r, r))
            f.write("std::string describe(const Customer &c) {\n  std::vector<std::string> parts{c.name, c.email};\n"
                    "  std::sort(parts.begin(), parts.end());\n  std::string out;\n"
                    "  for (const auto &p : parts) out += p;\n  return out;\n}\n")
            f.write("// privlint:unauthenticated\nstd::shared_ptr<Record0> lookup%d(long id) {\n"
                    "  auto r = std::make_shared<Record0>();\n  r->id = id;\n  return r;\n}\n" % i)
            f.write("} // namespace unit%d\n" % i)
        commands.append({"directory": out, "file": path,
                         "arguments": ["clang++", "-std=c++17", "-Iinclude", "-c", path, "-o", "/dev/null"]})
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(commands, f, indent=1)


if __name__ == "__main__":
    main()
