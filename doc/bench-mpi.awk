# The table of `make bench-mpi` from mpi-bench's lines, `servers cap
# us-per-trivial-call cpu-us-per-trivial-call cpu-bound-calls-per-s
# 64MiB-seconds`, several per configuration (one per round): a row
# per configuration, in the order they first came, each figure the
# median of its rounds.  The servers are "local" for the local engine
# in a process that never started MPI, and "N/S" for N serving ranks
# of S slots each.  A CPU time below 0 is one
# mpi-bench could not take (ranks on other hosts).  The ratios are
# taken in each round, against the local engine with a cap (cap > 0)
# of the same round, so that a slow spell of the machine divides out;
# the table gives the median of the rounds' ratios, and their lowest
# and highest.
#
# Then the series of pairs, from mpi-bench's lines `pair local CAP us
# cpu N` and `pair 1 0 us cpu N` (mpi-bench --pairs; -v jobs=N says
# how many jobs they came from):
# in each pair a set of N calls on the local engine without MPI, at
# most CAP calls at once, and a set over one serving rank, each the
# cost of a trivial call in time and in CPU time (below 0: not
# taken).  After the table comes a sentence: the median of the
# pairs' ratios, in time and in CPU time, each with the interval
# between two order statistics that holds the median with at least
# 95% probability whatever the ratios' distribution (the sign test's:
# the k-th lowest and k-th highest of n, for the largest k for which
# a binomial(n, 1/2) count falls below k with probability at most
# 2.5%).  With fewer than six rounds there is no such interval.
$1 == "pair" && $2 == "local" {
    lt = $4
    lc = $5
    cap = $3
    ncalls = $6
    next
}
$1 == "pair" {
    if (lt > 0) {
        np++
        qt[np] = $4 / lt
        qc[np] = lc > 0 && $5 >= 0 ? $5 / lc : -1
    }
    lt = 0
    next
}
{
    k = $1 " " $2
    if (!(k in n))
        order[++nk] = k
    n[k]++
    for (c = 3; c <= 6; c++)
        v[k, c, n[k]] = $c + 0
}
function sort(a, m,    i, j, t) {      # insertion sort: a few rounds
    for (i = 2; i <= m; i++) {
        t = a[i]
        for (j = i - 1; j >= 1 && a[j] > t; j--)
            a[j + 1] = a[j]
        a[j + 1] = t
    }
}
function middle(a, m) {
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
function median(k, c,    m, i, a) {
    m = n[k]
    for (i = 1; i <= m; i++)
        a[i] = v[k, c, i]
    sort(a, m)
    return middle(a, m)
}
function ratio(k, c,    m, j, q) {     # "median (lowest-highest)"
    if (k == base)
        return "1.00"
    m = 0
    for (j = 1; base != "" && j <= n[k] && j <= n[base]; j++) {
        if (v[k, c, j] < 0 || v[base, c, j] <= 0)
            return "-"
        q[++m] = v[k, c, j] / v[base, c, j]
    }
    if (m == 0)
        return "-"
    sort(q, m)
    return sprintf("%.2f (%.2f-%.2f)", middle(q, m), q[1], q[m])
}
END {
    for (i = 1; i <= nk; i++) {
        split(order[i], f)
        if (f[1] == "local" && f[2] > 0)
            base = order[i]
    }
    for (i = 1; i <= nk; i++) {
        split(order[i], f)
        c = f[2] > 0 ? f[2] " at once" : "no cap"
        if (f[1] == "local")
            w = "none (no MPI, " c ")"
        else if (split(f[1], q, "/") == 2)     # servers/slots
            w = q[1] " (" q[2] " slot" (q[2] == 1 ? "" : "s") \
                " a rank)"
        else if (f[1] > 0)
            w = f[1]
        else
            w = "0 (MPI started, " c ")"
        k = order[i]
        cpu = median(k, 4) < 0 ? "-" : sprintf("%.1f", median(k, 4))
        printf "| %s | %.1f | %s | %s | %s | %.2f | %.3f |\n", w,
               median(k, 3), ratio(k, 3), cpu, ratio(k, 4),
               median(k, 5), median(k, 6)
    }
    if (np > 0) {
        print ""
        pairs()
    }
}
function told(a, m, k) {
    sort(a, m)
    if (k == 0)
        return sprintf("%.3f", middle(a, m))
    return sprintf("%.3f (%.3f-%.3f)", middle(a, m), a[k], a[m - k + 1])
}
function pairs(    term, below, k) {
    term = 0.5 ^ np             # P(X = 0), X ~ binomial(n, 1/2)
    below = 0                   # P(X <= k - 1)
    k = 0
    while (below + term <= 0.025) {
        below += term
        k++
        term = term * (np - k + 1) / k
    }
    printf "At one serving rank, in %d pairs of sets of %d trivial " \
           "calls", np, ncalls
    if (jobs > 0)               # awk -v jobs=N: the jobs they came in
        printf ", %d jobs of %d pairs", jobs, np / jobs
    printf " (in each pair, in turn first one and then the other, a " \
           "set over MPI and a set on the local engine without MPI, " \
           "at most %d at once, in a process that rank 0 forked " \
           "before MPI started), the cost of a trivial call over MPI " \
           "was %s times its cost on the local engine in time", cap,
           told(qt, np, k)
    sort(qc, np)
    if (qc[1] < 0)
        printf " (its CPU time was not taken: ranks on other hosts)"
    else
        printf " and %s times in CPU time", told(qc, np, k)
    printf ": the median of the pairs' ratios"
    if (k > 0)
        printf "; in parentheses, the %s lowest and the %s highest " \
               "ratio, between which the median of their " \
               "distribution lies with probability %.3f", th(k), th(k),
               1 - 2 * below
    print "."
}
function th(k) {                # 1st, 2nd, 3rd, 4th, ..., 11th, 21st
    if (k % 100 >= 11 && k % 100 <= 13)
        return k "th"
    if (k % 10 == 1)
        return k "st"
    if (k % 10 == 2)
        return k "nd"
    return k (k % 10 == 3 ? "rd" : "th")
}
