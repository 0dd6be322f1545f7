#!/usr/bin/env python3
"""Writes a file whose name and content may hold any byte.

Usage: mkfile.py PATH CONTENT

\\xHH, \\n and \\t escapes are decoded in both arguments, so a test can spell a
file name with byte 0xFF, which lit's shell cannot. Missing directories are
made.
"""
import os
import sys


def decode(arg):
    # Non-ASCII characters of the argument are kept as their UTF-8 bytes.
    return arg.encode("utf-8").decode("unicode_escape").encode("latin-1")


path, content = decode(sys.argv[1]), decode(sys.argv[2])
parent = os.path.dirname(path)
if parent:
    os.makedirs(parent, exist_ok=True)
with open(path, "wb") as f:
    f.write(content)
