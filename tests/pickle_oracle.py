#!/usr/bin/env python3
"""pickle_oracle.py -- CPython as the oracle for pcall's pickle codec.

The CUnit suite (chapter "Pickle" of pcall.nw) runs this script once
per oracle test and compares what it prints with what the C code does.

  pickle_oracle.py generate          print the literals of
                                     tests/pickle_literals.txt
  pickle_oracle.py dumps LITERALS    per literal (one a line): its repr
                                     and its pickles under protocols
                                     2, 3, 4, 5 in hex, tab-separated;
                                     then a few values no literal
                                     spells (nan, big containers)
  pickle_oracle.py loads HEXFILE     per line of hex: repr of
                                     pickle.loads, or "ERROR ..."
  pickle_oracle.py dis PICKLES       pickletools.dis of each pickle
                                     in the file, each followed by a
                                     line "----"
  pickle_oracle.py sharing HEXFILE   per line of hex: the sharing of
                                     pickle.loads (see sharing())
"""
import ast
import io
import pickle
import pickletools
import random
import sys


def edge_cases():
    """Values chosen for their encodings: every integer opcode and
    its boundaries, float corners, str and bytes at the length
    boundaries of their opcodes, every tuple opcode."""
    ints = [0, 1, 127, 128, 255, 256, 65535, 65536, -1, -128, -129,
            -255, -256, -65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
            2**32, 2**40, -2**40, 2**55, -2**55, 2**63 - 1, -2**63 + 1,
            123456789012345]
    floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e22, 1e-7, 5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308,
              123456789.123, -3.14159, 1e300 * 10]  # the last: inf
    strs = ['', 'a', "'", '"', '\'"', '\\', '\n\t\r\x00', '\x7f',
            '\x80\xff', 'é', 'naïve café', '中文', '😀', '\U0010ffff',
            '\ud7ff\ue000', 'a' * 255, 'a' * 256, 'é' * 128,
            '\u2028 \x85 \xa0']
    byts = [b'', b'\x00', b'a', b"'", b'"\'', b'\\', b'\xff' * 255,
            b'\x80' * 256, bytes(range(256))]
    other = [None, True, False, (), (1,), (1, 2), (1, 2, 3),
             (1, 2, 3, 4), ((),), [], [[]], [()], {}, {(): ()},
             {1: 'a', 1.0: 'b', True: 'c'}, {(1, 'a'): [None]},
             {(1, (2, b'x')): {'k': (3.5, -0.0)}},
             {True: False, None: 0, b'k': 'v', 2.5: [1]},
             [1, [2, [3, [4, [5, [6, [7]]]]]]],
             ([], {}, (), '', b''), list(range(999)),
             list(range(1000)), list(range(1001)),
             {i: str(i) for i in range(1001)}]
    return ints + floats + strs + byts + other


def random_value(rng, depth):
    """A random value of every supported kind, nested up to depth."""
    kinds = ['none', 'bool', 'int', 'float', 'str', 'bytes']
    if depth > 0:
        kinds += ['tuple', 'list', 'dict'] * 2
    k = rng.choice(kinds)
    if k == 'none':
        return None
    if k == 'bool':
        return rng.random() < 0.5
    if k == 'int':
        bits = rng.choice([4, 8, 16, 31, 32, 48, 63])
        return rng.randrange(-2**bits, 2**bits)
    if k == 'float':
        while True:
            f = rng.choice([rng.uniform(-1e6, 1e6),
                            rng.random() * 10 ** rng.randrange(-300, 300),
                            float(rng.randrange(-10**6, 10**6))])
            if f == f and abs(f) != float('inf'):
                return -f if rng.random() < 0.3 else f
    if k == 'str':
        pools = [(0x20, 0x7e), (0, 0x1f), (0x80, 0xff), (0x100, 0xd7ff),
                 (0xe000, 0xfffd), (0x10000, 0x10ffff)]
        out = []
        for _ in range(rng.randrange(0, 12)):
            lo, hi = rng.choice(pools)
            out.append(chr(rng.randrange(lo, hi + 1)))
        return ''.join(out)
    if k == 'bytes':
        return bytes(rng.randrange(256) for _ in range(rng.randrange(12)))
    n = rng.randrange(0, 5)
    items = [random_value(rng, depth - 1) for _ in range(n)]
    if k == 'tuple':
        return tuple(items)
    if k == 'list':
        return items
    d = {}
    for v in items:
        d[random_key(rng)] = v
    return d


def random_key(rng):
    """A random hashable key: a scalar or a tuple of scalars."""
    k = rng.choice(['int', 'str', 'bytes', 'float', 'tuple', 'none'])
    if k == 'tuple':
        return tuple(random_key(rng) for _ in range(rng.randrange(3)))
    if k == 'none':
        return None
    return random_value(rng, 0) if k != 'int' else rng.randrange(-999, 999)


def literal(v):
    """A literal for v that ast.literal_eval and pv_parse both read:
    its repr, except that infinity has no literal of its own."""
    return '1e999' if v == float('inf') else repr(v)


def generate():
    rng = random.Random(20240601)
    values = edge_cases()
    while len(values) < 320:
        values.append(random_value(rng, 3))
    for v in values:
        text = literal(v)
        assert ast.literal_eval(text) == v, text
        print(text)


def extras():
    """Values no literal spells, or too big for one line of the file."""
    nan = float('nan')
    return [nan, [nan, -nan, float('inf'), -float('inf')],
            {'k': (nan,)}, 'x' * 70000, b'\xfe' * 70000,
            [b'x' * 40000, b'y' * 40000],        # two frames
            list(range(-600, 1500)),              # three batches
            {str(i): i for i in range(1100)}]


def dumps(path):
    with open(path, encoding='utf-8') as f:
        values = [ast.literal_eval(line) for line in f if line.strip()]
    for v in values + extras():
        fields = [repr(v)]
        for proto in (2, 3, 4, 5):
            fields.append(pickle.dumps(v, proto).hex())
        print('\t'.join(fields))


def loads(path):
    with open(path, encoding='ascii') as f:
        for line in f:
            try:
                print(repr(pickle.loads(bytes.fromhex(line.strip()))))
            except Exception as e:
                print('ERROR', type(e).__name__, e)


def shape(v, seen, out):
    """Walk v as pcall's test does: each list, dict, non-empty tuple,
    and str or bytes of two or more characters gets a number the
    first time it is met, and every meeting prints that number; an
    object met again is not walked again."""
    kinds = (list, dict, tuple, str, bytes)
    if not isinstance(v, kinds) or (not isinstance(v, (list, dict))
                                    and len(v) < (1 if isinstance(
                                        v, tuple) else 2)):
        return
    if id(v) in seen:
        out.append(seen[id(v)])
        return
    seen[id(v)] = len(seen)
    out.append(seen[id(v)])
    if isinstance(v, dict):
        for k, x in v.items():
            shape(k, seen, out)
            shape(x, seen, out)
    elif isinstance(v, (list, tuple)):
        for x in v:
            shape(x, seen, out)


def sharing(path):
    """Per line of hex: repr(pickle.loads(...)), a tab, and the
    numbers shape() prints, each after a space."""
    with open(path, encoding='ascii') as f:
        for line in f:
            v = pickle.loads(bytes.fromhex(line.strip()))
            out = []
            shape(v, {}, out)
            print(repr(v) + '\t' + ''.join(' %d' % i for i in out))


def dis(path):
    with open(path, 'rb') as f:
        data = f.read()
    start = 0
    while start < len(data):
        f = io.BytesIO(data[start:])    # offsets from each pickle's start
        pickletools.dis(f)
        start += f.tell()
        print('----')


def main():
    sys.stdout.reconfigure(encoding='utf-8', newline='\n')
    cmd = sys.argv[1] if len(sys.argv) > 1 else ''
    if cmd == 'generate' and len(sys.argv) == 2:
        generate()
    elif (cmd in ('dumps', 'loads', 'dis', 'sharing')
          and len(sys.argv) == 3):
        {'dumps': dumps, 'loads': loads, 'dis': dis,
         'sharing': sharing}[cmd](sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
