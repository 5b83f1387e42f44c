#!/usr/bin/env python3
"""Asserts that a fixed file kept CRLF line endings everywhere and got the
guard's include and the fix."""
import sys

data = open(sys.argv[1], "rb").read()
lines = data.split(b"\n")[:-1]
bare = [i + 1 for i, l in enumerate(lines) if not l.endswith(b"\r")]
if bare:
    sys.exit("lines ending in LF alone: %s" % bare)
for needed in (b"#include <labelguard/route_guard.hpp>\r\n",
               b"labelguard::route_label(req.path)"):
    if needed not in data:
        sys.exit("missing from the fixed file: %r" % needed)
