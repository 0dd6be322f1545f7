#!/usr/bin/env python3
"""Writes text in another encoding than UTF-8.

Usage: mkencoded.py PATH ENCODING CONTENT

CONTENT's \\n escapes are decoded; ENCODING is a Python codec name (utf-16
writes a byte order mark, utf-16-le and utf-16-be do not). Missing
directories are made.
"""
import os
import sys

path, encoding, content = sys.argv[1], sys.argv[2], sys.argv[3].replace("\\n", "\n")
os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
with open(path, "wb") as f:
    f.write(content.encode(encoding))
