/* timeout-late.c -- how late a timeout fires.
 *
 * Starter for the Timeouts chapter's exercise on the lateness of the
 * timeout: runs N calls with a timeout of 0.5 s and a grace period of
 * 0.2 s, of which call 0 sleeps for ever (ignoring SIGTERM when DEAF
 * is 1) and the others return at once, so that the deadline of call
 * 0 comes while the parent is still forking the others.  It prints
 * how long the join took and how much later than the deadline (plus
 * the grace period, for a deaf call) call 0 was seen gone, from call
 * 0's own run time.
 *
 *   build/timeout-late [N [DEAF]]          (make exercises)
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "pcall.h"

static pv *sleeper(const pv *args, const pv *kwargs)
{
    long i = pv_as_int(pcall_arg(args, kwargs, 0, "i"));
    long deaf = pv_as_int(pcall_arg(args, kwargs, 1, "deaf"));
    if (i == 0) {
        if (deaf)
            signal(SIGTERM, SIG_IGN);
        for (;;)
            pause();
    }
    return pv_int(i);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    int deaf = argc > 2 ? atoi(argv[2]) : 0;
    double timeout = 0.5, grace = 0.2, t0;
    pv *is = pv_list_new(), *deafs = pv_list_new(), *kw = pv_dict_new();
    pcall_error *err = NULL;
    pcall_obj *p;
    if (n < 1 || (deaf != 0 && deaf != 1)) {
        fprintf(stderr, "usage: timeout-late [N >= 1 [DEAF 0|1]]\n");
        return 2;
    }
    for (long i = 0; i < n; i++) {
        pv_list_append(is, pv_int(i));
        pv_list_append(deafs, pv_int(deaf));
    }
    pv_dict_set(kw, pv_str("i"), is, NULL);
    pv_dict_set(kw, pv_str("deaf"), deafs, NULL);
    p = pcall_new(&(pcall_options){ .steal = 1, .target = sleeper,
        .varkwargs = kw, .timeout = timeout, .grace = grace,
        .nocapture = 1 }, &err);
    t0 = now();
    if (p == NULL || pcall_start(p, &err) != 0) {
        pcall_error_fprint(stderr, err);
        return 1;
    }
    pcall_join(p, NULL);
    printf("%ld calls, call 0 %s SIGTERM: join %.3f s after the "
           "start; call 0 seen gone %.1f ms after its deadline%s\n",
           n, deaf ? "ignores" : "dies of", now() - t0,
           (pcall_outcome_at(p, 0)->runtime - timeout
            - (deaf ? grace : 0)) * 1e3, deaf ? " and grace" : "");
    pcall_error_free(err);
    pcall_free(p);
    return 0;
}
