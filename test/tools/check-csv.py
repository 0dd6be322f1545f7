#!/usr/bin/env python3
"""Check a CSV file the way a spreadsheet reads it (test-only).

Usage: check-csv.py FILE COLUMN

Reads FILE as RFC 4180 with Python's csv module (strict): UTF-8 with a byte
order mark, CRLF after every record, every record as wide as the header.
Prints `csv ok: N rows, M columns`, then the value of COLUMN of each row as a
Python literal (so FileCheck can match quotes, commas and line breaks), and
exits 0; prints `error: ...` and exits 1 otherwise.
"""
import csv
import io
import sys


def main():
    path, column = sys.argv[1], sys.argv[2]
    data = open(path, "rb").read()
    if not data.startswith(b"\xef\xbb\xbf"):
        print("error: no UTF-8 byte order mark")
        return 1
    text = data[3:].decode("utf-8")
    if not text.endswith("\r\n"):
        print("error: the last record does not end with CRLF")
        return 1
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header = rows[0]
    for n, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            print("error: record %d has %d fields, the header %d" % (n, len(row), len(header)))
            return 1
    # Outside quoted fields, every line break is CRLF.
    inside = False
    for i, c in enumerate(text):
        if c == '"':
            inside = not inside
        elif c == "\n" and not inside and text[i - 1] != "\r":
            print("error: a bare LF ends a record at offset %d" % i)
            return 1
    print("csv ok: %d rows, %d columns" % (len(rows) - 1, len(header)))
    k = header.index(column)
    for row in rows[1:]:
        print(repr(row[k]))
    return 0


sys.exit(main())
