#!/usr/bin/env python3
"""Print the body of the chunk <<non-printable code point ranges>>
of pcall.nw (chapter "Values"): the inclusive ranges of code points
for which Python's str.isprintable() is False, as C initialisers,
as many to a line as fit in 72 columns.  Run it with the Python
whose repr pcall imitates (the table in the book: Python 3.11):
    python3 tests/gen-printable.py
"""
import sys
import unicodedata

ranges, start = [], None
for c in range(0x110000):
    if not chr(c).isprintable():
        if start is None:
            start = c
    elif start is not None:
        ranges.append((start, c - 1))
        start = None
if start is not None:
    ranges.append((start, 0x10FFFF))

cells = ["{0x%X,0x%X}," % r for r in ranges]
line = ""
for cell in cells:
    if len(line) + len(cell) > 72:
        print(line.rstrip())
        line = ""
    line += cell
print(line.rstrip())
print("/* %d ranges, Unicode %s */" % (len(ranges),
      unicodedata.unidata_version), file=sys.stderr)
