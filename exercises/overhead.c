/* overhead.c -- what one call through pcall costs.
 *
 * Starter for the exercises that ask for measurement: runs N trivial
 * calls add(x, y) through pcall, with capture on (the default) or off,
 * and prints the time per call and the page faults per child.
 * Compare with build/fork-floor, which does the same with bare fork,
 * pipe and waitpid, then find where the difference goes (strace -c
 * -f, perf record).  With ROUNDS > 1 the same calls run again in the
 * same process, whose heap the earlier rounds have used and freed.
 *
 *   build/overhead [N [capture|nocapture [ROUNDS]]]   (make exercises)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include "pcall.h"

static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long child_faults(void)
{
    struct rusage u;
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_minflt;
}

static int one_round(long n, int nocapture)
{
    pv *x = pv_list_new(), *y = pv_list_new();
    for (long i = 0; i < n; i++) {
        pv_list_append(x, pv_int(i));
        pv_list_append(y, pv_int(1));
    }
    pv *xy = pv_dict_new();
    pv_dict_set(xy, pv_str("x"), x, NULL);
    pv_dict_set(xy, pv_str("y"), y, NULL);
    pcall_error *err;
    long f0 = child_faults();
    double t0 = now();
    pv *r = pcall(add, .varkwargs = xy, .nocapture = nocapture,
                  .log_fd = -1, .error = &err);
    double t = now() - t0;
    if (r == NULL) {
        pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        return 1;
    }
    int64_t sum = 0;
    for (size_t i = 0; i < pv_len(r); i++)
        sum += pv_as_int(pv_item(r, i));
    printf("%ld calls (capture %s): %.3f s, %.1f us per call, "
           "%.1f page faults per child\n", n, nocapture ? "off" : "on",
           t, t / n * 1e6, (double)(child_faults() - f0) / n);
    pv_free(r);
    return sum == (int64_t)n * (n - 1) / 2 + n ? 0 : 1;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    int nocapture = argc > 2 && strcmp(argv[2], "nocapture") == 0;
    long rounds = argc > 3 ? atol(argv[3]) : 1;
    if (n < 1 || rounds < 1 || (argc > 2 && !nocapture
                                && strcmp(argv[2], "capture") != 0)) {
        fprintf(stderr,
                "usage: overhead [N [capture|nocapture [ROUNDS]]]\n");
        return 2;
    }
    for (long k = 0; k < rounds; k++)
        if (one_round(n, nocapture) != 0)
            return 1;
    return 0;
}
