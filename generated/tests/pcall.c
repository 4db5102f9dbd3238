#line 26602 "pcall.nw"
/* tests/pcall.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 26620 "pcall.nw"
#include <fnmatch.h>
#include <sys/mman.h>
#include <time.h>
#include "pcall.h"
#include "internal.h"
#line 27630 "pcall.nw"
#include <sys/socket.h>
#line 26650 "pcall.nw"
static void test_pcall_life_cycle(void)
{
    pcall_error *err = NULL;
    pid_t pids[3] = { -1, -1, -1 }, living[3];
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper,
        .varkwargs = pv_lit("{'nap': (0.5, 0.5, 0.5)}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_ncalls(p), 3);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_pids(p, pids, 3), 3);
    CU_ASSERT(pids[0] == 0 && pids[1] == 0 && pids[2] == 0);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 0);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_pids(p, pids, 3), 3);
    CU_ASSERT(pids[0] > 0 && pids[1] > 0 && pids[2] > 0);
    CU_ASSERT(pids[0] != pids[1] && pids[1] != pids[2]);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 3);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_NONE);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->pid, pids[1]);
    
#line 26677 "pcall.nw"
{
    CU_ASSERT_EQUAL_FATAL(pcall_join(p, &err), 0);
    CU_ASSERT_PTR_NULL(err);
    char want[64], *got = pv_repr(pcall_results(p));
    snprintf(want, sizeof want, "(%d, %d, %d)", (int)pids[0],
             (int)pids[1], (int)pids[2]);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 0);
    for (size_t i = 0; i < 3; i++) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
        CU_ASSERT_EQUAL(o->index, i);
        CU_ASSERT_EQUAL(o->pid, pids[i]);
        CU_ASSERT(o->exit_status == 0 && o->signal == 0);
        CU_ASSERT(o->runtime >= 0.49 && o->runtime < 10);
        CU_ASSERT_PTR_NULL(o->error);
        CU_ASSERT_EQUAL(pv_as_int(pcall_result(p, i)), pids[i]);
    }
    pv *first = pcall_results(p);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);       /* again: the same */
    CU_ASSERT_PTR_EQUAL(pcall_results(p), first);
}
#line 26672 "pcall.nw"
    pcall_free(p);
}
#line 26713 "pcall.nw"
/* How many of b's n octets are not the pattern (unsigned char)(j*k). */
static size_t bytes_unlike(const unsigned char *b, size_t n,
                           unsigned k)
{
    size_t bad = 0;
    for (size_t j = 0; j < n; j++)
        bad += b[j] != (unsigned char)(j * k);
    return bad;
}

static pv *big_bytes(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    unsigned char *b = malloc(n);
    pv *r;
    if (b == NULL)
        pcall_raise("MemoryError", "cannot allocate %zu bytes", n);
    pv_advise_huge(b, n);
    for (size_t j = 0; j < n; j++)
        b[j] = (unsigned char)(j * 7);
    r = pv_bytes(b, n);
    free(b);
    return r;
}

static void test_pcall_large_and_small(void)
{
    for (int way = 1; way >= 0; way--) {
        pcall_error *err = NULL;
        size_t len[2];
        pv *r;
        pcall_large_read_child = way;
        r = pcall(big_bytes, .iargs = pv_lit("((5242880,), (1,))"),
                  .error = &err);
        pcall_large_read_child = 1;
        CU_ASSERT_PTR_NULL(err);
        CU_ASSERT_FATAL(r != NULL && pv_len(r) == 2);
        const unsigned char *b0 = pv_bytes_data(pv_item(r, 0),
                                                &len[0]);
        const unsigned char *b1 = pv_bytes_data(pv_item(r, 1),
                                                &len[1]);
        CU_ASSERT(len[0] == 5242880 && len[1] == 1 && b1[0] == 0);
        CU_ASSERT_EQUAL(bytes_unlike(b0, len[0], 7), 0);
        pv_free(r);
        pcall_error_free(err);
    }
}
#line 26769 "pcall.nw"
static pv *big_secret(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    unsigned char *d;
    pv *r = pv_bytes_new(n, &d);
    if (r == NULL)
        pcall_raise("MemoryError", "cannot allocate %zu bytes", n);
    for (size_t j = 0; j < n; j++)
        d[j] = (unsigned char)(j * 5);
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        pcall_raise("OSError", "prctl: %s", strerror(errno));
    return pv_tuple(2, pv_str("secret"), r);
}

static void test_pcall_large_not_dumpable(void)
{
    pcall_error *err = NULL;
    size_t len;
    pv *r = pcall(big_secret, .iargs = pv_lit("((3145728,),)"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 1);
    const unsigned char *b = pv_bytes_data(
        pv_item(pv_item(r, 0), 1), &len);
    CU_ASSERT_EQUAL_FATAL(len, 3145728);
    CU_ASSERT_EQUAL(bytes_unlike(b, len, 5), 0);
    pv_free(r);
    pcall_error_free(err);
}
#line 26809 "pcall.nw"
static pv *many_bytes(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    pv *l = pv_list_new();
    for (size_t j = 0; j < n; j++)
        pv_list_append(l, pv_bytes(&"abc"[j % 3], 1));
    return l;
}

static void test_pcall_too_many_buffers(void)
{
    size_t keep = pcall_large_result_min, n = (size_t)1 << 20, bad = 0;
    pcall_error *err = NULL;
    pv *r, *l;
    if (under_valgrind()) {
        fprintf(stderr, "\n  (skipped under valgrind: 2^20 values)");
        return;
    }
    pcall_large_result_min = 1;
    r = pcall(many_bytes, .iargs = pv_tuple(1, pv_tuple(1,
              pv_int((int64_t)n))), .error = &err);
    pcall_large_result_min = keep;
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 1);
    l = pv_item(r, 0);
    CU_ASSERT_EQUAL_FATAL(pv_len(l), n);
    for (size_t j = 0; j < n; j++) {
        size_t len;
        const unsigned char *b = pv_bytes_data(pv_item(l, j), &len);
        bad += len != 1 || b[0] != "abc"[j % 3];
    }
    CU_ASSERT_EQUAL(bad, 0);
    pv_free(r);
    pcall_error_free(err);
}
#line 26858 "pcall.nw"
static void test_pcall_terminate(void)
{
    pcall_error *err = NULL;
    double t0 = errors_now();
    /* A grace of 20 s: a child still starting up (slow under
       valgrind on a loaded machine) takes SIGTERM when it can,
       never SIGKILL first.  It naps 30 s, so ending before 20 s
       shows that terminate stopped it. */
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper, .varkwargs = pv_lit("{'nap': (30, 30)}"),
        .grace = 20 }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 2);
    CU_ASSERT_EQUAL(pcall_terminate(p), 2);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT(errors_now() - t0 < 20.0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 0);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_KILLED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->signal, SIGTERM);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), PCALL_OUTCOME_KILLED);
    expect_call_error(err, PCALL_ERR_CHILD, 0, "call 0 (pid %d) was "
                      "stopped by pcall_terminate: killed by signal 15 "
                      "(SIGTERM)");
    CU_ASSERT_EQUAL(pcall_terminate(p), 0);     /* after the join */
    pcall_free(p);
}
#line 26895 "pcall.nw"
struct seen_calls {
    int count[4];
    pcall_outcome_kind kind[4];
    char *result[4];
    pcall_obj **obj;            /* terminate it on a failure */
};

static void seen_done(size_t i, const struct pcall_outcome *o,
                      pv *result, void *arg)
{
    struct seen_calls *s = arg;
    CU_ASSERT_FATAL(i < 4);
    s->count[i]++;
    s->kind[i] = o->kind;
    s->result[i] = result ? pv_repr(result) : strdup("NULL");
    CU_ASSERT_EQUAL(o->error == NULL, result != NULL);
    if (s->obj != NULL && o->kind != PCALL_OUTCOME_OK)
        pcall_terminate(*s->obj);
}
#line 26917 "pcall.nw"
static void expect_seen(struct seen_calls *s, size_t n,
                        const pcall_outcome_kind *kinds,
                        const char *const *results)
{
    for (size_t i = 0; i < n; i++) {
        CU_ASSERT_EQUAL(s->count[i], 1);
        CU_ASSERT_EQUAL(s->kind[i], kinds[i]);
        CU_ASSERT_STRING_EQUAL(s->result[i] ? s->result[i] : "-",
                               results[i]);
        free(s->result[i]);
    }
}
#line 26932 "pcall.nw"
static void test_pcall_on_done(void)
{
    struct seen_calls s = { .obj = NULL };
    pcall_error *err = NULL;
    pv *r = pcall(misbehave, .on_done = seen_done, .on_done_arg = &s,
                  .varkwargs = pv_lit("{'how': ('ok', 'raise', 'ok', "
                                      "'exit0')}"), .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err), "bad value 42");
    pcall_error_free(err);
    expect_seen(&s, 4, (pcall_outcome_kind[]){ PCALL_OUTCOME_OK,
                PCALL_OUTCOME_RAISED, PCALL_OUTCOME_OK,
                PCALL_OUTCOME_EXITED },
                (const char *[]){ "'ok'", "NULL", "'ok'", "NULL" });
}
#line 26950 "pcall.nw"
static void test_pcall_fail_fast(void)
{
    pcall_obj *p = NULL;
    struct seen_calls s = { .obj = &p };
    pcall_error *err = NULL;
    p = pcall_new(&(pcall_options){ .target = misbehave, .steal = 1,
        .max_procs = 1, .on_done = seen_done, .on_done_arg = &s,
        .varkwargs = pv_lit("{'how': ['raise', 'ok', 'ok']}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT_EQUAL(pcall_error_index(err), 0);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(err)), "ValueError");
    pcall_error_free(err);
    expect_seen(&s, 3, (pcall_outcome_kind[]){ PCALL_OUTCOME_RAISED,
                PCALL_OUTCOME_CANCELLED, PCALL_OUTCOME_CANCELLED },
                (const char *[]){ "NULL", "NULL", "NULL" });
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->pid, 0);
    pcall_free(p);
}
#line 26983 "pcall.nw"
static void test_pcall_lowest_index(void)
{
    pcall_error *err = NULL;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .steal = 1, .varkwargs = pv_lit("{'how': ('ok', 'late-raise', "
                                        "'exit0', 'segv')}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind, PCALL_OUTCOME_OK);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_RAISED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->kind, PCALL_OUTCOME_EXITED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 3)->kind, PCALL_OUTCOME_CRASHED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 3)->signal, SIGSEGV);
    CU_ASSERT_STRING_EQUAL(pv_str_data(pcall_result(p, 0), NULL), "ok");
    CU_ASSERT(under_valgrind() || pcall_outcome_at(p, 1)->runtime
                                  > pcall_outcome_at(p, 2)->runtime);
    expect_call_error(err, PCALL_ERR_CHILD, 1, "late");
    pcall_free(p);
}
#line 27013 "pcall.nw"
static void test_pcall_ownership(void)
{
    pcall_error *err = NULL;
    pv *xy = pv_lit("{'x': [1, 2], 'y': [3, 4]}");
    pcall_options o = { .target = spec_add, .varkwargs = xy };
    pcall_obj *p = pcall_new(&o, &err), *q = pcall_new(&o, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    pv_free(xy);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    char *r = pv_repr(pcall_results(p));
    CU_ASSERT_STRING_EQUAL(r, "(4, 6)");
    free(r);
    pcall_free(p);
    pcall_free(q);                           /* never started */
    
#line 27042 "pcall.nw"
pv *ck = pv_lit("{'y': 10}"), *vk = pv_lit("{'x': [1, 2]}");
pcall_options o2 = { .target = spec_add, .ckwargs = ck,
                     .varkwargs = vk };
pcall_obj *s = pcall_new(&o2, &err);
CU_ASSERT_PTR_NOT_NULL_FATAL(s);
pv_dict_set(ck, pv_str("y"), pv_int(20), NULL);
pv_dict_set(ck, pv_str("x"), pv_int(0), NULL);
pv_list_append(pv_dict_get_str(vk, "x"), pv_int(3));
CU_ASSERT_EQUAL(pcall_start(s, &err), 0);
CU_ASSERT_EQUAL(pcall_join(s, &err), 0);
r = pv_repr(pcall_results(s));
CU_ASSERT_STRING_EQUAL(r, "(11, 12)");
free(r);
pcall_free(s);
pv_free(ck);
pv_free(vk);
#line 27030 "pcall.nw"
    CU_ASSERT_PTR_NULL(pcall(NULL, .cargs = pv_lit("(1,)"),
                             .varkwargs = pv_lit("{'x': [1]}")));
}
#line 27066 "pcall.nw"
static void never_done(size_t i, const struct pcall_outcome *o,
                       pv *result, void *arg)
{
    (void)i, (void)o, (void)result, (void)arg;
    CU_FAIL("on_done was called for a call that should not run");
}

static void expect_args_error(pv *r, pcall_error *e, const char *want)
{
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_ARGS);
    CU_ASSERT_EQUAL(pcall_error_index(e), PCALL_NO_CALL);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(e), want);
    if (strcmp(pcall_error_message(e), want) != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n",
                pcall_error_message(e), want);
    pv_free(r);
    pcall_error_free(e);
}
#line 27089 "pcall.nw"
static void test_pcall_bad_targets(void)
{
    pcall_error *e;
    pv *r = pcall(NULL, .on_done = never_done, .error = &e);
    expect_args_error(r, e, "no target: set .target, or .targets and "
                      ".ntargets");
    r = pcall(spec_func, PCALL_TARGETS(spec_func1), .error = &e);
    expect_args_error(r, e, "both .target and .targets are set: set "
                      "only one");
    r = pcall(.targets = (pcall_target *const[]){ spec_func },
              .error = &e);
    expect_args_error(r, e, ".targets is set but .ntargets is 0");
    r = pcall(.ntargets = 2, .error = &e);
    expect_args_error(r, e, ".ntargets is 2 but .targets is NULL");
    r = pcall(PCALL_TARGETS(spec_func1, NULL, spec_func3),
              .on_done = never_done, .error = &e);
    expect_args_error(r, e, ".targets[1] is NULL");
}
#line 27110 "pcall.nw"
static void test_pcall_bad_options(void)
{
    pcall_error *e;
    pv *r = pcall(spec_func, .timeout = -1, .error = &e);
    expect_args_error(r, e, ".timeout must be >= 0 seconds (0: none), "
                      "not -1");
    r = pcall(spec_func, .grace = NAN, .error = &e);
    expect_args_error(r, e, ".grace is not a number (NaN): give "
                      "seconds");
    r = pcall(spec_func, .timeout = -NAN, .error = &e);
    expect_args_error(r, e, ".timeout is not a number (NaN): give "
                      "seconds");
    r = pcall(spec_func, .grace = INFINITY, .error = &e);
    expect_args_error(r, e, ".grace must be >= 0 seconds (0: 1 s) and "
                      "finite, not inf");
    r = pcall(spec_func, .log_fd = -2, .error = &e);
    expect_args_error(r, e, ".log_fd must be a descriptor, 0 (standard "
                      "error) or -1 (none), not -2");
    r = pcall(spec_func, .iargs = pv_lit("[(1,), 2]"),
              .on_done = never_done, .error = &e);
    expect_args_error(r, e, "iargs[1] must be a tuple or list, not int");
    r = pcall(spec_func, .ckwargs = pv_lit("{'a': 1}"),
              .varkwargs = pv_lit("{'a': [2]}"), .error = &e);
    expect_args_error(r, e, "call 0 gets keyword argument 'a' twice: "
                      "from ckwargs and from varkwargs");
}
#line 27146 "pcall.nw"
static void test_pcall_timeout_infinite(void)
{
    pcall_error *err = NULL;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = napper,
        .steal = 1, .varkwargs = pv_lit("{'nap': (0.1, 0.1)}"),
        .timeout = INFINITY, .log_fd = -1 }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_OK);
    CU_ASSERT_EQUAL(pcall_pids(p, NULL, 5), 2);     /* counts only */
    pcall_free(p);
}
#line 27175 "pcall.nw"
static pid_t fork_never(void)
{
    errno = ENOMEM;
    return -1;
}

static void test_pcall_system_error(void)
{
    pcall_error *err = NULL;
    struct seen_calls seen = { .obj = NULL };
    pcall_obj *p = pcall_new(&(pcall_options){ .target = spec_func,
        .steal = 1, .iargs = pv_lit("[[1], [2]]"),
        .on_done = seen_done, .on_done_arg = &seen }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    pcall_proc_fork_fn = fork_never;
    CU_ASSERT_EQUAL(pcall_start(p, &err), -1);
    pcall_proc_fork_fn = fork;
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT_EQUAL(pcall_error_index(err), PCALL_NO_CALL);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err),
                                  "annot allocate memory"));
    pcall_error_free(err);
    err = NULL;
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);      /* the same error */
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_CANCELLED);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    pcall_error_free(err);
    expect_seen(&seen, 2, (pcall_outcome_kind[]){
                PCALL_OUTCOME_CANCELLED, PCALL_OUTCOME_CANCELLED },
                (const char *[]){ "NULL", "NULL" });
    pcall_free(p);
}
#line 27218 "pcall.nw"
static void test_pcall_counts(void)
{
    pcall_error *stale = pcall_error_new(PCALL_ERR_SYSTEM, "stale");
    pcall_error *err = stale;                 /* must become NULL */
    pv *r = pcall(spec_func, .error = &err);
    pcall_error_free(stale);
    spec_expect(r, err, "(((), {}),)");
    r = pcall(spec_func, .cargs = pv_lit("(1,)"),
              .ckwargs = pv_lit("{'a': 2}"), .error = &err);
    spec_expect(r, err, "(((1,), {'a': 2}),)");
    r = pcall(spec_func, .iargs = pv_lit("[]"), .error = &err);
    spec_expect(r, err, "()");
}
#line 27234 "pcall.nw"
static void test_pcall_max_procs(void)
{
    pcall_error *err = NULL;
    double t0 = errors_now();
    pv *r = pcall(napper, .max_procs = 1, .error = &err,
                  .varkwargs = pv_lit("{'nap': [0.1, 0.1, 0.1, 0.1]}"));
    CU_ASSERT(errors_now() - t0 >= 0.4);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(pv_len(r), 4);
    pv_free(r);
}
#line 27256 "pcall.nw"
static pv *chatty(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    printf("hello from %d\n", (int)pv_as_int(pv_item(args, 0)));
    return pv_none();
}
#line 27265 "pcall.nw"
static void test_pcall_log_destinations(void)
{
    int fd = memfd_create("stderr", MFD_CLOEXEC), saved = dup(2);
    pcall_error *err = NULL;
    CU_ASSERT_FATAL(fd >= 0 && saved >= 0);
    fflush(stderr);
    dup2(fd, 2);
    pv *r = pcall(chatty, .iargs = pv_lit("[[0], [1]]"),
                  .error = &err);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char *got = spec_read_masked(fd);
    close(fd);
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "hello from 0\n"));
    CU_ASSERT(strstr(got, "hello from 0") < strstr(got, "hello from 1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "Begin child log pcall:pid-"));
    free(got);
    spec_expect(r, err, "(None, None)");
    r = pcall(chatty, .iargs = pv_lit("[[2]]"), .log_fd = -1,
              .error = &err);
    spec_expect(r, err, "(None,)");
    
#line 27296 "pcall.nw"
    FILE *f = tmpfile();
    char line[256] = "";
    CU_ASSERT_FATAL(f != NULL);
    fputs("parent first\n", f);
    r = pcall(chatty, .iargs = pv_lit("[[3]]"), .log_file = f,
              .error = &err);
    spec_expect(r, err, "(None,)");
    rewind(f);
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_STRING_EQUAL(line, "parent first\n");
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_PTR_NOT_NULL(strstr(line,
                                  ">>>> Begin child log pcall:pid-"));
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_STRING_EQUAL(line, "hello from 3\n");
    fclose(f);
    char mem[64];
    f = fmemopen(mem, sizeof mem, "w");
    CU_ASSERT_FATAL(f != NULL);
    r = pcall(chatty, .iargs = pv_lit("[[4]]"), .log_file = f,
              .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL(err);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err),
                                  ".log_file is a stream without a "
                                  "descriptor"));
    pcall_error_free(err);
    fclose(f);
#line 27288 "pcall.nw"
}
#line 27333 "pcall.nw"
static pv *talker(const pv *args, const pv *kwargs)
{
    long long n = pv_as_int(pv_item(args, 1));
    (void)kwargs;
    printf("hello from %d\n", (int)pv_as_int(pv_item(args, 0)));
    for (long long k = 0; k < n; k++)
        putchar('y');
    if (n > 0)
        putchar('\n');
    return pv_none();
}

static pv *to_stderr(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    fprintf(stderr, "to stderr\n");
    printf("to stdout\n");
    return pv_int(7);
}
#line 27427 "pcall.nw"
static void test_pcall_logs_nonblocking_stderr(void)
{
    static slow_reader r;
    pcall_error *err = NULL, *lerr = NULL;
    int saved = stderr_full_pipe(&r);
    pv *res = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 100000], "
                    "[2, 0]]"), .error = &err, .log_error = &lerr);
    stderr_back(&r, saved);
    spec_expect(res, err, "(None, None, None)");
    CU_ASSERT_PTR_NULL(lerr);
    if (lerr != NULL)
        fprintf(stderr, "\n  log error: %s\n",
                pcall_error_message(lerr));
    pcall_error_free(lerr);
    CU_ASSERT_EQUAL(sections_in(r.got), 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "hello from 2\n"));
}
#line 27456 "pcall.nw"
static void test_pcall_logs_stderr_closed(void)
{
    int saved[3], mine = memfd_create("not-stderr", MFD_CLOEXEC);
    pcall_error *err = NULL, *lerr = NULL;
    pcall_obj *p;
    pv *r, *r2;
    fflush(NULL);
    for (int k = 0; k < 3; k++) {
        saved[k] = fcntl(k, F_DUPFD_CLOEXEC, 3);
        close(k);
    }
    r = pcall(chatty, .iargs = pv_lit("[[0], [1]]"), .error = &err,
              .log_error = &lerr);
    r2 = pcall(to_stderr, .iargs = pv_lit("[[2], [3]]"),
               .nocapture = 1);
    p = pcall_new(&(pcall_options){ .target = chatty, .steal = 1,
        .iargs = pv_lit("[[3], [4]]") }, NULL);
    dup2(mine, 2);                      /* not there at creation */
    CU_ASSERT(p != NULL && pcall_start(p, NULL) == 0
              && pcall_join(p, NULL) == 0);
    CU_ASSERT(p != NULL && pcall_log_error(p) == NULL);
    pcall_free(p);
    for (int k = 0; k < 3; k++) {
        dup2(saved[k], k);
        close(saved[k]);
    }
    CU_ASSERT_EQUAL(lseek(mine, 0, SEEK_END), 0);   /* nothing */
    close(mine);
    spec_expect(r, err, "(None, None)");
    CU_ASSERT_PTR_NULL(lerr);
    spec_expect(r2, NULL, "(7, 7)");
}
#line 27496 "pcall.nw"
static void test_pcall_log_fd_not_open(void)
{
    pcall_error *e;
    char want[128];
    int pp[2];
    CU_ASSERT_FATAL(pipe(pp) == 0);
    close(pp[0]);
    close(pp[1]);                       /* both numbers now free */
    pv *r = pcall(chatty, .iargs = pv_lit("[[0]]"), .log_fd = pp[1],
                  .on_done = never_done, .error = &e);
    snprintf(want, sizeof want, ".log_fd is %d, which is not an open "
             "descriptor (Bad file descriptor)", pp[1]);
    expect_args_error(r, e, want);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    FILE *f = fdopen(pp[1], "w");
    CU_ASSERT_FATAL(f != NULL);
    close(pp[0]);
    close(pp[1]);                       /* under the stream */
    r = pcall(chatty, .iargs = pv_lit("[[0]]"), .log_file = f,
              .on_done = never_done, .error = &e);
    snprintf(want, sizeof want, ".log_file's descriptor %d is not "
             "open (Bad file descriptor)", pp[1]);
    expect_args_error(r, e, want);
    fclose(f);                          /* fails: EBADF; frees f */
}
#line 27532 "pcall.nw"
static int host_of_a_broken_pipe(void)
{
    int pp[2], bad = 0;
    pcall_error *err = NULL, *lerr = NULL;
    sigset_t pending, mask;
    signal(SIGPIPE, SIG_DFL);
    if (pipe(pp) != 0)
        return 64;
    close(pp[0]);                       /* the reader is gone */
    pv *r = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 0], [2, 0]]"),
                  .log_fd = pp[1], .error = &err, .log_error = &lerr);
    bad |= r == NULL || err != NULL || pv_len(r) != 3;
    bad |= (lerr == NULL || strcmp(pcall_error_message(lerr),
            "merging the logs: pcall_logs_merge: write: Broken pipe")
            != 0) << 1;
    bad |= (lerr != NULL && pcall_error_kind_of(lerr)
            != PCALL_ERR_SYSTEM) << 2;
    sigpending(&pending);
    pthread_sigmask(SIG_BLOCK, NULL, &mask);
    bad |= (sigismember(&pending, SIGPIPE) == 1) << 3;
    bad |= (sigismember(&mask, SIGPIPE) == 1) << 4;
    close(pp[1]);
    pv_free(r);                         /* no leak for valgrind */
    pcall_error_free(err);
    pcall_error_free(lerr);
    return bad;
}
#line 27562 "pcall.nw"
static void test_pcall_logs_reader_gone(void)
{
    int st = 0;
    pid_t host;
    fflush(NULL);
    if ((host = fork()) == 0)
        _exit(host_of_a_broken_pipe());
    CU_ASSERT_FATAL(host > 0);
    CU_ASSERT_EQUAL(waitpid(host, &st, 0), host);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fprintf(stderr, "\n  the host %s %d\n", WIFSIGNALED(st)
                ? "was killed by signal" : "exited with status",
                WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
}
#line 27589 "pcall.nw"
static void *read_all(void *arg)
{
    slow_reader *r = arg;
    ssize_t n;
    while ((n = read(r->fd, r->got + r->len,
                     sizeof r->got - 1 - r->len)) > 0)
        r->len += (size_t)n;
    r->got[r->len] = '\0';
    return NULL;
}

static void test_pcall_logs_go_on_after_a_failure(void)
{
    static slow_reader r;
    int sv[2], small = 1;
    pcall_error *err = NULL, *lerr = NULL;
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC,
                               0, sv) == 0);
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    r.fd = sv[1];
    r.len = 0;
    CU_ASSERT_FATAL(pthread_create(&r.thread, NULL, read_all, &r)
                    == 0);
    pv *res = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 100000], "
                    "[2, 0]]"), .log_fd = sv[0], .error = &err,
                    .log_error = &lerr);
    close(sv[0]);
    pthread_join(r.thread, NULL);
    close(sv[1]);
    spec_expect(res, err, "(None, None, None)");
    CU_ASSERT_PTR_NOT_NULL_FATAL(lerr);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(lerr), "merging the "
        "logs: pcall_logs_merge: write: Message too long");
    pcall_error_free(lerr);
    CU_ASSERT_EQUAL(sections_in(r.got), 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "hello from 2\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "End child log pcall:pid-"));
}
#line 27647 "pcall.nw"
enum { BIG_RESULT = 64 << 20 };

static pv *big_result(const pv *args, const pv *kwargs)
{
    unsigned char *b = malloc(BIG_RESULT);
    (void)args, (void)kwargs;
    if (b == NULL)
        pcall_raise("MemoryError", "no room for %d bytes", BIG_RESULT);
    for (size_t i = 0; i < BIG_RESULT; i++)
        b[i] = (unsigned char)(i % 251);
    pv *v = pv_bytes(b, BIG_RESULT);
    free(b);
    return v;
}
#line 27664 "pcall.nw"
static void test_pcall_large_result(void)
{
    pcall_error *err = NULL;
    size_t len = 0, bad = 0;
    pv *r = pcall(big_result, .error = &err);
    if (r == NULL)
        pcall_error_fprint(stderr, err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    const unsigned char *b = pv_bytes_data(pv_item(r, 0), &len);
    CU_ASSERT_EQUAL(len, BIG_RESULT);
    for (size_t i = 0; i < len; i++)
        bad += b[i] != (unsigned char)(i % 251);
    CU_ASSERT_EQUAL(bad, 0);
    pv_free(r);
}
#line 27688 "pcall.nw"
static pv *region_probe(const pv *args, const pv *kwargs)
{
    static max_align_t mine[64];
    int64_t n = pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    uintptr_t b = (uintptr_t)mine;
    pv *v;
    if (n > 0) {
        v = pv_list_new();
        for (int64_t i = 0; i < n; i++)
            pv_list_append(v, pv_int(i));
        return v;
    }
    pv_arena_use(mine, sizeof mine);    /* pcall's came first */
    v = pv_int(1);
    n = (uintptr_t)v - b < sizeof mine;
    pv_free(v);
    return pv_bool((int)n);
}

static void test_pcall_child_region(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(region_probe, .iargs = pv_lit("((0,), (20000,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 2);
    CU_ASSERT(pv_kind_of(pv_item(r, 0)) == PV_BOOL
              && !pv_as_bool(pv_item(r, 0)));
    CU_ASSERT_FATAL(pv_len(pv_item(r, 1)) == 20000);
    for (int64_t i = 0; i < 20000; i++)
        if (pv_as_int(pv_item(pv_item(r, 1), (size_t)i)) != i) {
            CU_FAIL("a spilled result differs");
            break;
        }
    pv_free(r);
    pcall_error_free(err);
}
#line 27741 "pcall.nw"
static pv *nest_leaf(const pv *args, const pv *kwargs)
{
    int64_t x = pv_as_int(pcall_arg(args, kwargs, 0, "x"));
    if (x < 0)
        pcall_raise("ValueError", "negative: %lld", (long long)x);
    return pv_int(2 * x);
}

static pv *nest_outer(const pv *args, const pv *kwargs)
{
    int64_t x = pv_as_int(pcall_arg(args, kwargs, 0, "x"));
    size_t own = pcall_large_result_min;
    pcall_error *e = NULL;
    pv *r, *xs = pv_tuple(2, pv_tuple(1, pv_int(x)),
                          pv_tuple(1, pv_int(x + 1)));
    pcall_large_result_min = 4096;      /* the inner set's */
    r = pcall(nest_leaf, .iargs = xs, .error = &e);
    pcall_large_result_min = own;
    if (r == NULL)
        pcall_reraise(e);
    return pv_tuple(2, r, pv_int((int64_t)pcall_proc_oob_min()));
}

static void test_pcall_nested(void)
{
    pcall_error *err = NULL;
    char want[64], *got;
    pv *r = pcall(nest_outer, .iargs = pv_lit("((1,), (10,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    snprintf(want, sizeof want, "(((2, 4), %zu), ((20, 22), %zu))",
             pcall_large_result_min, pcall_large_result_min);
    got = pv_repr(r);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    pv_free(r);
    pcall_error_free(err);
}

void test_pcall_nested_raise(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(nest_outer, .iargs = pv_lit("((1,), (-1,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_index(err), 1);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), PCALL_OUTCOME_RAISED);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pcall_error_type(err));
    CU_ASSERT_STRING_EQUAL(pcall_error_type(err), "ValueError");
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err), "negative: -1");
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_backtrace(err),
                                  "of a nested pcall:)\n"));
    pcall_error_free(err);
}
#line 27805 "pcall.nw"
static pv *nest_timeout(const pv *args, const pv *kwargs)
{
    pcall_error *e = NULL;
    pv *r = pcall(napper, .varkwargs = pv_lit("{'nap': (5,)}"),
                  .timeout = 0.2, .grace = 0.2, .error = &e);
    (void)args, (void)kwargs;
    if (r == NULL)
        pcall_reraise(e);
    return r;
}

static void test_pcall_nested_timeout(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(nest_timeout, .iargs = pv_lit("((),)"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pcall_error_type(err));
    CU_ASSERT_STRING_EQUAL(pcall_error_type(err), "TimeoutError");
    CU_ASSERT(fnmatch("call 0 (pid *) exceeded the timeout of 0.2 s",
                      pcall_error_message(err), 0) == 0);
    pcall_error_free(err);
}
#line 27838 "pcall.nw"
struct thread_start { pcall_obj *p; int rc; };

static void *start_in_thread(void *arg)
{
    struct thread_start *t = arg;
    t->p = pcall_new(&(pcall_options){ .steal = 1, .target = napper,
        .varkwargs = pv_lit("{'nap': (0.3, 0.3, 0.3)}") }, NULL);
    t->rc = t->p != NULL ? pcall_start(t->p, NULL) : -1;
    return NULL;                /* the calls outlive this thread */
}

static void test_pcall_start_in_thread(void)
{
    struct thread_start t = { NULL, -1 };
    pcall_error *err = NULL;
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, start_in_thread, &t)
                    == 0);
    CU_ASSERT_FATAL(pthread_join(th, NULL) == 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t.p);
    CU_ASSERT_EQUAL(t.rc, 0);
    CU_ASSERT_EQUAL(pcall_join(t.p, &err), 0);
    if (err != NULL)
        fprintf(stderr, "\n  %s\n", pcall_error_message(err));
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pcall_outcome_at(t.p, i)->kind,
                        PCALL_OUTCOME_OK);
    pcall_error_free(err);
    pcall_free(t.p);
}
#line 27908 "pcall.nw"
static void expect_options_error(pcall_obj *p, pcall_error **errp,
                                 const char *words)
{
    pcall_error *err = *errp;
    *errp = NULL;
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_ARGS);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err), words));
    pcall_error_free(err);
}

static void test_pcall_options_size(void)
{
    pcall_error *err = NULL;
    struct { pcall_options o; unsigned char newer[16]; } big;
    memset(&big, 0, sizeof big);
    big.o.size = sizeof big;
    big.o.target = spec_add;
    big.o.varkwargs = pv_lit("{'x': (1, 2), 'y': (3, 4)}");
    pcall_obj *p = pcall_new(&big.o, &err);
    CU_ASSERT_PTR_NOT_NULL(p);
    pcall_free(p);
    big.newer[3] = 1;
    expect_options_error(pcall_new(&big.o, &err), &err, "newer pcall.h");
    big.newer[3] = 0;
    big.o.size = sizeof(size_t);
    expect_options_error(pcall_new(&big.o, &err), &err,
                         "smaller than any");
    
#line 27947 "pcall.nw"
big.o.size = 0;
pcall_obj *q = pcall_new(&big.o, &err);
CU_ASSERT_PTR_NOT_NULL(q);
pcall_free(q);
q = pcall_new(PCALL_OPTIONS(.target = spec_add,
                            .varkwargs = big.o.varkwargs), &err);
CU_ASSERT_PTR_NOT_NULL_FATAL(q);
CU_ASSERT_EQUAL_FATAL(pcall_start(q, &err), 0);
CU_ASSERT_EQUAL_FATAL(pcall_join(q, &err), 0);
char *got = pv_repr(pcall_results(q));
CU_ASSERT_STRING_EQUAL(got, "(4, 6)");
free(got);
pcall_free(q);
expect_options_error(pcall_new(&(pcall_options){ .size = 1,
    .steal = 1, .target = spec_add,
    .varkwargs = pv_lit("{'x': (1,), 'y': (2,)}") }, &err), &err,
    "smaller than any");
#line 27938 "pcall.nw"
    pv_free(big.o.varkwargs);
}
#line 27971 "pcall.nw"
static pv *keep_arg(const pv *args, const pv *kwargs)
{
    const pv *x = pv_item(args, 0);
    pv *kept = pv_ref(x);
    (void)kwargs;
    return pv_tuple(2, kept, pv_ref(x));
}

static void test_pcall_keep_const_arg(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(keep_arg, .iargs = pv_lit("(('a',), ('b',))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    char *got = pv_repr(r);
    CU_ASSERT_STRING_EQUAL(got, "(('a', 'a'), ('b', 'b'))");
    free(got);
    pv_free(r);
}

static void test_pcall_version(void)
{
    char want[40];
    snprintf(want, sizeof want, "%d.%d.%d", PCALL_VERSION_MAJOR,
             PCALL_VERSION_MINOR, PCALL_VERSION_PATCH);
    CU_ASSERT_STRING_EQUAL(pcall_version(), want);
    CU_ASSERT_STRING_EQUAL(PCALL_VERSION_STRING, want);
    CU_ASSERT_EQUAL(PCALL_VERSION_NUMBER,
                    PCALL_VERSION_MAJOR * 10000
                    + PCALL_VERSION_MINOR * 100 + PCALL_VERSION_PATCH);
}

#line 26608 "pcall.nw"
void register_pcall_tests(void)
{
    
#line 26847 "pcall.nw"
TEST("pcall", test_pcall_large_and_small);
TEST("pcall", test_pcall_large_not_dumpable);
TEST("pcall", test_pcall_too_many_buffers);
#line 27163 "pcall.nw"
TEST("pcall", test_pcall_timeout_infinite);
#line 27634 "pcall.nw"
TEST("pcall", test_pcall_logs_nonblocking_stderr);
TEST("pcall", test_pcall_logs_stderr_closed);
TEST("pcall", test_pcall_log_fd_not_open);
TEST("pcall", test_pcall_logs_reader_gone);
TEST("pcall", test_pcall_logs_go_on_after_a_failure);
#line 27871 "pcall.nw"
TEST("threads", test_pcall_start_in_thread);
#line 27875 "pcall.nw"
TEST("nested", test_pcall_nested);
TEST("nested", test_pcall_nested_raise);
TEST("nested", test_pcall_nested_timeout);
#line 27881 "pcall.nw"
TEST("pcall", test_pcall_child_region);
TEST("pcall", test_pcall_life_cycle);
TEST("pcall", test_pcall_terminate);
TEST("pcall", test_pcall_on_done);
TEST("pcall", test_pcall_fail_fast);
TEST("pcall", test_pcall_lowest_index);
TEST("pcall", test_pcall_ownership);
TEST("pcall", test_pcall_bad_targets);
TEST("pcall", test_pcall_bad_options);
TEST("pcall", test_pcall_system_error);
TEST("pcall", test_pcall_counts);
TEST("pcall", test_pcall_max_procs);
TEST("pcall", test_pcall_log_destinations);
TEST("pcall", test_pcall_large_result);
#line 28005 "pcall.nw"
TEST("pcall", test_pcall_options_size);
TEST("pcall", test_pcall_keep_const_arg);
TEST("pcall", test_pcall_version);
#line 26611 "pcall.nw"
}
