#line 33021 "pcall.nw"
# bench-mp.py -- tangled from pcall.nw; do not edit.
# Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE.
"""The Python side of build/bench: one measurement per run.

    python3 bench-mp.py percall N C  N calls, a Process each, C alive
    python3 bench-mp.py pool N C     N calls through Pool(C).starmap
    python3 bench-mp.py send BYTES C a child sends BYTES bytes

Prints the seconds the measurement took."""
import sys
import time
import multiprocessing as mp
from multiprocessing.connection import wait

CTX = mp.get_context("fork")    # as pcall: inherit, do not send


def add(x, y):
    return x + y


def child(conn, x, y):
    conn.send(add(x, y))
    conn.close()


def percall(n, c):
    xs, ys, results, live, nxt = range(n), [1] * n, [None] * n, {}, 0
    t0 = time.perf_counter()
    while nxt < n or live:
        while nxt < n and len(live) < c:
            r, w = CTX.Pipe(duplex=False)
            p = CTX.Process(target=child, args=(w, xs[nxt], ys[nxt]))
            p.start()
            w.close()
            live[r] = (nxt, p)
            nxt += 1
        for r in wait(list(live)):
            i, p = live.pop(r)
            results[i] = r.recv()
            r.close()
            p.join()
    t = time.perf_counter() - t0
    assert results == [x + 1 for x in xs], "wrong results"
    return t


#line 33072 "pcall.nw"
def pool(n, c):
    xs, ys = range(n), [1] * n
    t0 = time.perf_counter()
    with CTX.Pool(c) as workers:
        results = workers.starmap(add, zip(xs, ys))
        workers.close()
        workers.join()
    t = time.perf_counter() - t0
    assert results == [x + 1 for x in xs], "wrong results"
    return t


def sender(conn, n):
    conn.send(b"\xab" * n)      # filled, as the C children's are
    conn.close()


def send(n, c):
    t0 = time.perf_counter()
    r, w = CTX.Pipe(duplex=False)
    p = CTX.Process(target=sender, args=(w, n))
    p.start()
    w.close()
    data = r.recv()
    r.close()
    p.join()
    t = time.perf_counter() - t0
    assert len(data) == n and data[-1] == 0xAB, "wrong bytes"
    assert p.exitcode == 0, "the child failed"
    return t


if __name__ == "__main__":
    run = {"percall": percall, "pool": pool, "send": send}[sys.argv[1]]
    print(f"{run(int(sys.argv[2]), int(sys.argv[3])):.9f}")
