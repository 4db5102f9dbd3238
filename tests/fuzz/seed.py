#!/usr/bin/env python3
"""seed.py -- write the fuzzers' seed corpora (chapter "Sanitizers and
fuzzing" of pcall.nw).

  python3 tests/fuzz/seed.py

For every literal of tests/pickle_literals.txt (one a line) it writes
CPython's pickles of protocols 2 to 5 into tests/fuzz/pickle/ and the
literal itself into tests/fuzz/literal/.  File names are the content's
SHA-1, as libFuzzer names corpus files, so running it twice adds
nothing.  python3 is only the tool: the seeds are committed.
"""
import ast
import hashlib
import os
import pickle
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LITERALS = os.path.join(HERE, '..', 'pickle_literals.txt')


def put(directory, data):
    os.makedirs(directory, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), 'wb') as f:
        f.write(data)


def main():
    n = 0
    with open(LITERALS, encoding='utf-8') as f:
        for line in f:
            text = line.rstrip('\n')
            if not text.strip():
                continue
            value = ast.literal_eval(text)
            put(os.path.join(HERE, 'literal'), text.encode('utf-8'))
            for proto in (2, 3, 4, 5):
                put(os.path.join(HERE, 'pickle'),
                    pickle.dumps(value, protocol=proto))
            n += 1
    print('seed.py: %d literals, %d pickles' % (n, 4 * n))


if __name__ == '__main__':
    sys.exit(main())
