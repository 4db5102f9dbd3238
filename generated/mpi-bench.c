#line 36728 "pcall.nw"
/* mpi-bench.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "pcall-mpi.h"
#line 36746 "pcall.nw"
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static pv *trivial(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    return pv_none();
}

static pv *spin(const pv *args, const pv *kwargs)
{
    volatile unsigned long x = 0;
    struct timespec t0, t;
    (void)args, (void)kwargs;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    do {
        for (int i = 0; i < 100000; i++)
            x += (unsigned long)i;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    } while ((double)(t.tv_sec - t0.tv_sec)
             + (double)(t.tv_nsec - t0.tv_nsec) / 1e9 < 0.1);
    return pv_int((long long)(x & 1));
}

#line 28166 "pcall.nw"
static pv *big(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    size_t n = (size_t)pv_as_int(pv_item(args, 0));
    unsigned char *d;
    pv *b = pv_bytes_new(n, &d);
    memset(d, 'x', n);
    return b;
}

#line 36776 "pcall.nw"
static const pcall_mpi_target targets[] = {
    { "trivial", trivial }, { "spin", spin }, { "big", big },
};
#line 36787 "pcall.nw"
static double run(pcall_target *t, size_t n, long long arg, int reps,
                  size_t max)
{
    double best = 1e30;
    pv *one = pv_tuple_new(1), *iargs = pv_tuple_new(n);
    pv_tuple_set(one, 0, pv_int(arg));
    for (size_t i = 0; i < n; i++)
        pv_tuple_set(iargs, i, pv_ref(one));
    for (int r = 0; r < reps; r++) {
        pcall_error *err = NULL;
        double t0 = now();
        pv *res = pcall(t, .iargs = pv_ref(iargs), .log_fd = -1,
                        .max_procs = max, .error = &err);
        double dt = now() - t0;
        if (res == NULL) {
            pcall_error_fprint(stderr, err);
            exit(1);
        }
        pv_free(res);
        if (dt < best)
            best = dt;
    }
    pv_free(one);
    pv_free(iargs);
    return best;
}
#line 36825 "pcall.nw"
static void rows(const char *label, int capped_too, size_t ntriv)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    for (int capped = 0; capped < 1 + capped_too; capped++) {
        size_t max = capped ? (size_t)(cores > 0 ? cores : 1) : 0;
        double triv = run(trivial, ntriv, 0, 3, max) / (double)ntriv;
        double cpu = run(spin, 16, 0, 2, max);
        double bigt = run(big, 1, 64LL << 20, 3, max);
        printf("%s %zu %.1f %.2f %.3f\n", label, max, triv * 1e6,
               16 / cpu, bigt);
    }
}

int main(int argc, char **argv)
{
    pcall_error *err = NULL;
    char label[16];
    if (argc > 1 && strcmp(argv[1], "--local") == 0) {
        rows("local", 1, argc > 2 ? (size_t)atol(argv[2]) : 1000);
        return 0;
    }
    int r = pcall_mpi_init(&argc, &argv, targets, 3, &err);
    size_t ntriv = argc > 1 ? (size_t)atol(argv[1]) : 1000;
    if (r < 0) {
        pcall_error_fprint(stderr, err);
        return 1;
    }
    if (r == PCALL_MPI_SERVED)
        return 0;
    snprintf(label, sizeof label, "%d", pcall_mpi_servers());
    rows(label, pcall_mpi_servers() == 0, ntriv);
    pcall_mpi_finalize();
    return 0;
}
