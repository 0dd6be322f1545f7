"""Feeds privlint truncated, garbled and pathological Prisma schemas.

Usage: fuzz-prisma.py PRIVLINT WORKDIR SEED-FILE...

Every variant must be read without a crash (exit status 0 or 1, valid JSON),
every parse error must point into its file, and a second run must print the
same bytes. Variants come from a fixed random seed: the test is reproducible.
"""
import json
import os
import random
import subprocess
import sys


def variants(seeds):
    rng = random.Random(20240611)
    out = []
    for name, data in seeds:
        step = max(1, len(data) // 60)
        for cut in range(0, len(data), step):  # truncations
            out.append((f"{name}-cut{cut}", data[:cut]))
        for i in range(40):  # deleted, duplicated and replaced spans
            a = rng.randrange(len(data))
            b = min(len(data), a + rng.randrange(1, 40))
            op = i % 3
            if op == 0:
                v = data[:a] + data[b:]
            elif op == 1:
                v = data[:b] + data[a:b] + data[b:]
            else:
                junk = bytes(rng.choice(b'{}()[]@@"?!:=,./\\\n\r\t xyz09\xc3\xa9\xff') for _ in range(b - a))
                v = data[:a] + junk + data[b:]
            out.append((f"{name}-mut{i}", v))
    # Pathological shapes.
    out += [
        ("deep-list", b"model A {\n  id Int @default(" + b"[" * 5000 + b")\n}\n"),
        ("deep-call", b"model A {\n  id Int @default(" + b"f(" * 5000 + b")\n}\n"),
        ("many-open", b"model A {\n" * 2000),
        ("many-close", b"}\n" * 2000),
        ("long-line", b"model A {\n  email String " + b"@x " * 20000 + b"\n}\n"),
        ("attr-only", b"@@@@@@ @ @@ @\n" * 100),
        ("strings", b'"\\"\\\\\\u12' * 100 + b'\n"unterminated'),
        ("cr-only", b"model A {\r  email String\r  phone String @map(\"p\")\r}\r"),
        ("crlf", b"model A {\r\n  email String /// @encrypted\r\n}\r\n"),
        ("bom", b"\xef\xbb\xbfmodel A {\n  email String\n}\n"),
        ("invalid-utf8", b"model A {\n  em\xffail String\n  \xc3 phone String\n}\n"),
        ("keywords", b"model model {\n  model model\n  type type\n  enum enum\n}\nenum\ntype = \nview view"),
        ("empty", b""),
        ("comment-eof", b"model A {\n  /// @encrypted"),
    ]
    return out


def run(privlint, files, cwd):
    p = subprocess.run([privlint, "check", "--format", "json", *files],
                       cwd=cwd, capture_output=True, timeout=300)
    return p


def main():
    privlint, work = os.path.abspath(sys.argv[1]), sys.argv[2]
    seeds = [(os.path.splitext(os.path.basename(p))[0], open(p, "rb").read()) for p in sys.argv[3:]]
    os.makedirs(work, exist_ok=True)
    failures = 0
    cases = variants(seeds)
    # One directory per case: each file is its own analysis unit, so a
    # crash points at its input.
    for name, data in cases:
        d = os.path.join(work, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "schema.prisma"), "wb") as f:
            f.write(data)
    batch = [os.path.join(name, "schema.prisma") for name, _ in cases]
    first = run(privlint, batch, work)
    if first.returncode not in (0, 1):
        # Find the culprit one by one.
        for f in batch:
            p = run(privlint, [f], work)
            if p.returncode not in (0, 1):
                print(f"FAIL {f}: exit {p.returncode}\n{p.stderr.decode(errors='replace')[-2000:]}")
                failures += 1
        print(f"{failures} failures in {len(cases)} variants")
        return 1
    doc = json.loads(first.stdout)
    sizes = {f: len(data) for f, (_, data) in zip(batch, cases)}
    for finding in doc["findings"]:
        path = finding["file"]
        key = next((b for b in batch if path.endswith(b)), None)
        if key is None:
            print(f"FAIL unknown file in finding: {path}")
            failures += 1
            continue
        if finding["line"] < 1 or finding["column"] < 1:
            print(f"FAIL bad position {finding}")
            failures += 1
    second = run(privlint, batch, work)
    if second.stdout != first.stdout:
        print("FAIL output differs between two runs")
        failures += 1
    errors = sum(1 for f in doc["findings"] if f["rule"] == "parse-error")
    print(f"{len(cases)} variants read, {errors} parse errors, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
