# The table of `make bench-mpi` from mpi-bench's lines, `servers cap
# us-per-trivial-call cpu-bound-calls-per-s 64MiB-seconds`, several
# per configuration (one per round): a row per configuration, in the
# order they first came, each figure the median of its rounds.  The
# servers are "local" for the local engine in a process that never
# started MPI; the ratio is against it with a cap (cap > 0).
{
    k = $1 " " $2
    if (!(k in n))
        order[++nk] = k
    n[k]++
    for (c = 3; c <= 5; c++)
        v[k, c, n[k]] = $c + 0
}
function median(k, c,    m, i, j, a, t) {
    m = n[k]
    for (i = 1; i <= m; i++)
        a[i] = v[k, c, i]
    for (i = 2; i <= m; i++) {          # insertion sort: a few rounds
        t = a[i]
        for (j = i - 1; j >= 1 && a[j] > t; j--)
            a[j + 1] = a[j]
        a[j + 1] = t
    }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
END {
    for (i = 1; i <= nk; i++) {
        split(order[i], f)
        if (f[1] == "local" && f[2] > 0)
            base = median(order[i], 3)
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
        t = median(order[i], 3)
        r = "-"
        if (base > 0)
            r = sprintf("%.2f", t / base)
        printf "| %s | %.1f | %s | %.2f | %.3f |\n", w, t, r,
               median(order[i], 4), median(order[i], 5)
    }
}
