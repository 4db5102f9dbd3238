# The table of `make bench-mpi` from mpi-bench's lines, `servers cap
# us-per-trivial-call cpu-us-per-trivial-call cpu-bound-calls-per-s
# 64MiB-seconds`, several per configuration (one per round): a row
# per configuration, in the order they first came, each figure the
# median of its rounds.  The servers are "local" for the local engine
# in a process that never started MPI.  A CPU time below 0 is one
# mpi-bench could not take (ranks on other hosts).  The ratios are
# taken in each round, against the local engine with a cap (cap > 0)
# of the same round, so that a slow spell of the machine divides out;
# the table gives the median of the rounds' ratios, and their lowest
# and highest.
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
}
