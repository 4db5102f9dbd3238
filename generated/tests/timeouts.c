#line 24857 "pcall.nw"
/* tests/timeouts.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 24882 "pcall.nw"
static int body_ignore_term(size_t i, void *arg, int fd)
{
    signal(SIGTERM, SIG_IGN);
    return body_sleep(i, arg, fd);
}

static int body_block_term(size_t i, void *arg, int fd)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigprocmask(SIG_BLOCK, &s, NULL);
    return body_sleep(i, arg, fd);
}
#line 24899 "pcall.nw"
static void expect_timeout(pcall_proc_body *body, int sig,
                           double least)
{
    pcall_proc_config c = proc_cfg(3, body);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.timeout = T_OUT;
    c.grace = GRACE;
    p = proc_run(&c, 1, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs >= least && secs < T_OUT + GRACE + slack());
    CU_ASSERT(o->state == PCALL_PROC_DONE && o->timed_out);
    CU_ASSERT(!o->terminated);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == sig);
    CU_ASSERT(echoed(p, 1) && echoed(p, 2));
    CU_ASSERT(pcall_procs_timeout_fired(p));
    CU_ASSERT(group_gone(o->pid));
    pcall_procs_free(p);
}
#line 24927 "pcall.nw"
static void test_proc_timeout_sleeper(void)
{
    expect_timeout(body_sleep, SIGTERM, T_OUT);
}

static void test_proc_timeout_ignores_term(void)
{
    expect_timeout(body_ignore_term, SIGKILL, T_OUT + GRACE);
}

static void test_proc_timeout_blocks_term(void)
{
    expect_timeout(body_block_term, SIGKILL, T_OUT + GRACE);
}
#line 24954 "pcall.nw"
static int body_stop(size_t i, void *arg, int fd)
{
    if (i == 0)
        raise(SIGSTOP);
    return body_echo(i, arg, fd);
}

static void test_proc_timeout_stopped_child(void)
{
    expect_timeout(body_stop, SIGTERM, T_OUT);
}
#line 24977 "pcall.nw"
static void test_proc_timeout_grandchildren(void)
{
    int finish = 0;
    pcall_proc_config c = proc_cfg(2, body_family);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.arg = &finish;
    c.timeout = T_OUT;
    c.grace = GRACE;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    p = proc_run(&c, 1, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs >= T_OUT && secs < T_OUT + GRACE + slack());
    CU_ASSERT(o->timed_out);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGTERM);
    CU_ASSERT(o->len == 13 && memcmp(o->data, "parent of one", 13) == 0);
    CU_ASSERT(group_gone(o->pid));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
    pcall_procs_free(p);
}
#line 25009 "pcall.nw"
static void test_proc_timeout_cancels_pending(void)
{
    pcall_proc_config c = proc_cfg(3, body_sleep);
    pcall_procs *p;
    c.timeout = T_OUT;
    c.grace = GRACE;
    c.max_procs = 1;
    p = proc_run(&c, 1, NULL);
    CU_ASSERT(pcall_procs_outcome(p, 0)->timed_out);
    for (size_t i = 1; i < 3; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT_EQUAL(o->state, PCALL_PROC_CANCELLED);
        CU_ASSERT(o->pid == 0 && o->data == NULL);
    }
    CU_ASSERT_EQUAL(pcall_procs_pids(p, NULL, 0), 1);
    pcall_procs_free(p);
}
#line 25042 "pcall.nw"
static void test_proc_terminate(void)
{
    for (int deaf = 0; deaf < 2; deaf++) {
        pcall_proc_config c = proc_cfg(3, body_ready_then_sleep);
        pcall_procs *p;
        pid_t pids[3];
        double t0;
        c.arg = &deaf;
        c.grace = GRACE;
        p = pcall_procs_new(&c, NULL);
        CU_ASSERT_EQUAL(pcall_procs_start(p, NULL), 0);
        CU_ASSERT_EQUAL(pcall_procs_living(p, pids, 3), 3);
        wait_ready(p);
        t0 = test_now();
        CU_ASSERT_EQUAL(pcall_procs_terminate(p), 3);
        CU_ASSERT_EQUAL(pcall_procs_wait(p, NULL), 0);
        CU_ASSERT(test_now() - t0 < GRACE + slack());
        CU_ASSERT(!deaf || test_now() - t0 >= GRACE);
        for (size_t i = 0; i < 3; i++) {
            pcall_proc_outcome *o = pcall_procs_outcome(p, i);
            CU_ASSERT(o->terminated && !o->timed_out);
            CU_ASSERT(o->pid == pids[i]);
            CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status)
                      == (deaf ? SIGKILL : SIGTERM));
        }
        pcall_procs_free(p);
    }
}
#line 25077 "pcall.nw"
static void test_proc_free_kills_and_cleans(void)
{
    int deaf = 1;
    pcall_proc_config c = proc_cfg(3, body_ready_then_sleep);
    pcall_procs *p;
    double t0;
    c.arg = &deaf;
    c.grace = GRACE;
    c.capture = 1;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_start(p, NULL), 0);
    wait_ready(p);
    t0 = test_now();
    pcall_procs_free(p);            /* the harness checks the rest */
    CU_ASSERT(test_now() - t0 >= GRACE);
    CU_ASSERT(test_now() - t0 < GRACE + slack());
}
#line 25109 "pcall.nw"
static volatile sig_atomic_t ticks;

static void tick(int sig)
{
    (void)sig;
    ticks++;
}

/* A storm of SIGUSR1 every millisecond, from a POSIX timer (the
   watchdog owns SIGALRM), with a handler installed without
   SA_RESTART, so that every blocking call returns EINTR. */
static timer_t storm_start(struct sigaction *saved)
{
    struct sigaction sa;
    struct sigevent ev;
    struct itimerspec its = {{0, 1000000}, {0, 1000000}};
    timer_t t;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = tick;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, saved);
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR1;
    CU_ASSERT_FATAL(timer_create(CLOCK_MONOTONIC, &ev, &t) == 0);
    timer_settime(t, 0, &its, NULL);
    ticks = 0;
    return t;
}
#line 25141 "pcall.nw"
static void storm_stop(timer_t t, const struct sigaction *saved)
{
    timer_delete(t);
    sigaction(SIGUSR1, saved, NULL);
}

static void test_proc_eintr(void)
{
    struct sigaction saved;
    timer_t t = storm_start(&saved);
    pcall_proc_config c = proc_cfg(10, body_nap);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 10; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
    c = proc_cfg(2, body_sleep);
    c.timeout = T_OUT;
    c.grace = GRACE;
    p = proc_run(&c, 1, NULL);      /* the time left is recomputed */
    storm_stop(t, &saved);
    CU_ASSERT(ticks > 50);
    CU_ASSERT(pcall_procs_outcome(p, 0)->timed_out && echoed(p, 1));
    pcall_procs_free(p);
}
#line 25177 "pcall.nw"
static int no_pidfd(pid_t pid)
{
    (void)pid;
    errno = ENOSYS;
    return -1;
}

static void test_proc_without_pidfd(void)
{
    pcall_proc_config c = proc_cfg(20, body_status);
    pcall_procs *p;
    int (*saved)(pid_t) = pcall_proc_pidfd_fn;
    pcall_proc_pidfd_fn = no_pidfd;
    p = proc_run(&c, 0, NULL);
    CU_ASSERT(WIFSIGNALED(pcall_procs_outcome(p, 1)->status));
    for (size_t i = 5; i < 20; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
    test_proc_grandchild_holds_pipe();
    test_proc_timeout_ignores_term();
    pcall_proc_pidfd_fn = saved;
}
#line 25214 "pcall.nw"
static pv *bytes_after(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "size"));
    unsigned char *b;
    pv *v = pv_bytes_new(n, &b);
    memset(b, 'r', n);
    usleep(10 * 1000);
    return v;
}

/* Start the calls, let the host work for `busy` seconds, join. */
static pcall_obj *late_join(pcall_target *t, const char *lit,
                            double timeout, double busy,
                            pcall_error **err)
{
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = t, .varkwargs = pv_lit(lit), .timeout = timeout,
        .grace = GRACE, .nocapture = 1 }, err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, err), 0);
    usleep((useconds_t)(busy * 1e6));
    pcall_join(p, err);
    return p;
}
#line 25249 "pcall.nw"
void test_timeout_run_time(void)
{
    char lit[64];
    pcall_error *err = NULL;
    snprintf(lit, sizeof lit, "{'nap': (0.01, %g, 0.01)}", 2 * T_OUT);
    pcall_obj *p = late_join(napper, lit, T_OUT, 3 * T_OUT, &err);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind,
                    PCALL_OUTCOME_TIMED_OUT);
    CU_ASSERT(err != NULL && pcall_error_kind_of(err)
              == PCALL_ERR_TIMEOUT && pcall_error_index(err) == 1);
    for (size_t i = 0; i < 3; i += 2) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
        CU_ASSERT(o->runtime >= 0.01 && o->runtime < T_OUT);
    }
    pcall_error_free(err);
    pcall_free(p);
}
#line 25277 "pcall.nw"
void test_timeout_late_join(void)
{
    int saved = pcall_large_read_child;
    for (int by_address = 1; by_address >= 0; by_address--) {
        pcall_error *err = NULL;
        pcall_large_read_child = by_address;
        pcall_obj *p = late_join(bytes_after,
            "{'size': (524288, 2097152, 100)}", T_OUT, 3 * T_OUT,
            &err);
        CU_ASSERT_PTR_NULL(err);
        for (size_t i = 0; i < 3; i++) {
            const struct pcall_outcome *o = pcall_outcome_at(p, i);
            CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
            CU_ASSERT(o->runtime < T_OUT);
            CU_ASSERT(pcall_result(p, i) != NULL
                      && pv_len(pcall_result(p, i))
                         == (i == 0 ? 524288u : i == 1 ? 2097152u
                                                       : 100u));
        }
        if (err != NULL)
            pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        pcall_free(p);
    }
    pcall_large_read_child = saved;
}
#line 25315 "pcall.nw"
static pid_t slow_fork(void)
{
    usleep(4000);
    return fork();
}

void test_timeout_forking(void)
{
    enum { N = 250 };
    char *lit = malloc(16 * N + 64);
    pcall_error *err = NULL;
    pid_t (*saved)(void) = pcall_proc_fork_fn;
    size_t ok = 0, cancelled = 0;
    double t0, took;
    strcpy(lit, "{'nap': (");
    for (int i = 0; i < N; i++)
        sprintf(lit + strlen(lit), "%g, ", i == 0 ? 2 * T_OUT : 0.0);
    strcat(lit, ")}");
    pcall_proc_fork_fn = slow_fork;
    t0 = test_now();
    pv *r = pcall(napper, .varkwargs = pv_lit(lit), .timeout = T_OUT,
                  .grace = GRACE, .nocapture = 1, .error = &err);
    took = test_now() - t0;
    pcall_proc_fork_fn = saved;
    free(lit);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT(err != NULL && pcall_error_kind_of(err)
              == PCALL_ERR_TIMEOUT && pcall_error_index(err) == 0);
    CU_ASSERT(took < T_OUT + GRACE + slack());
    
#line 25354 "pcall.nw"
{
    pcall_obj *p;
    lit = malloc(16 * N + 64);
    strcpy(lit, "{'nap': (");
    for (int i = 0; i < N; i++)
        sprintf(lit + strlen(lit), "%g, ", i == 0 ? 2 * T_OUT : 0.0);
    strcat(lit, ")}");
    p = pcall_new(&(pcall_options){ .steal = 1, .target = napper,
        .varkwargs = pv_lit(lit), .timeout = T_OUT, .grace = GRACE,
        .nocapture = 1 }, NULL);
    free(lit);
    pcall_proc_fork_fn = slow_fork;
    CU_ASSERT_EQUAL(pcall_start(p, NULL), 0);
    pcall_join(p, NULL);
    pcall_proc_fork_fn = saved;
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind,
                    PCALL_OUTCOME_TIMED_OUT);
    for (size_t i = 0; i < N; i++) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        ok += o->kind == PCALL_OUTCOME_OK;
        cancelled += o->kind == PCALL_OUTCOME_CANCELLED;
        CU_ASSERT(o->kind != PCALL_OUTCOME_OK
                  || o->runtime <= T_OUT);
    }
    CU_ASSERT(cancelled > 0);
    CU_ASSERT(ok > 0 || under_valgrind());  /* its children are slow */
    pcall_free(p);
}
#line 25345 "pcall.nw"
    pcall_error_free(err);
}
#line 25398 "pcall.nw"
void test_living_means_alive(void)
{
    pcall_error *err = NULL;
    FILE *log = tmpfile();
    char line[512];
    int terminated = 0;
    pid_t pids[3];
    siginfo_t si;
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper, .varkwargs = pv_lit("{'nap': (0, 0, 0)}"),
        .log_file = log }, &err);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    pcall_pids(p, pids, 3);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(waitid(P_PID, (id_t)pids[i], &si,
                         WEXITED | WNOWAIT) == 0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 0);
    CU_ASSERT_EQUAL(pcall_terminate(p), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pcall_outcome_at(p, i)->kind, PCALL_OUTCOME_OK);
    rewind(log);
    while (fgets(line, sizeof line, log) != NULL)
        terminated += strstr(line, "terminated") != NULL;
    CU_ASSERT_EQUAL(terminated, 0);
    fclose(log);
    pcall_error_free(err);
    pcall_free(p);
}
#line 25438 "pcall.nw"
static pcall_obj *to_stop;
static pthread_t joiner;

static void stop_on_signal(int sig)
{
    (void)sig;
    pcall_terminate(to_stop);
}

static void *stop_later(void *how)
{
    usleep(200 * 1000);
    if (how != NULL)
        pthread_kill(joiner, SIGUSR1);
    else
        pcall_terminate(to_stop);
    return NULL;
}
#line 25459 "pcall.nw"
void test_terminate_from_anywhere(void)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = stop_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, &old);
    for (int by_signal = 1; by_signal >= 0; by_signal--) {
        pcall_error *err = NULL;
        pthread_t t;
        double t0;
        to_stop = pcall_new(&(pcall_options){ .steal = 1,
            .target = napper, .varkwargs = pv_lit("{'nap': (10, 10, "
            "10)}"), .grace = GRACE, .nocapture = 1 }, &err);
        CU_ASSERT_EQUAL_FATAL(pcall_start(to_stop, &err), 0);
        joiner = pthread_self();
        t0 = test_now();
        pthread_create(&t, NULL, stop_later, by_signal ? &t : NULL);
        CU_ASSERT_EQUAL(pcall_join(to_stop, &err), -1);
        CU_ASSERT(test_now() - t0 < 0.2 + GRACE + slack());
        pthread_join(t, NULL);
        for (size_t i = 0; i < 3; i++)
            CU_ASSERT_EQUAL(pcall_outcome_at(to_stop, i)->kind,
                            PCALL_OUTCOME_KILLED);
        CU_ASSERT(err != NULL && strstr(pcall_error_message(err),
                                        "by pcall_terminate") != NULL);
        pcall_error_free(err);
        pcall_free(to_stop);
    }
    sigaction(SIGUSR1, &old, NULL);
}

#line 24862 "pcall.nw"
void register_timeouts_tests(void)
{
    
#line 24944 "pcall.nw"
TEST("proc", test_proc_timeout_sleeper);
TEST("proc", test_proc_timeout_ignores_term);
TEST("proc", test_proc_timeout_blocks_term);
#line 24968 "pcall.nw"
TEST("proc", test_proc_timeout_stopped_child);
#line 25001 "pcall.nw"
TEST("proc", test_proc_timeout_grandchildren);
#line 25029 "pcall.nw"
TEST("proc", test_proc_timeout_cancels_pending);
#line 25073 "pcall.nw"
TEST("proc", test_proc_terminate);
#line 25097 "pcall.nw"
TEST("proc", test_proc_free_kills_and_cleans);
#line 25168 "pcall.nw"
TEST("proc", test_proc_eintr);
#line 25202 "pcall.nw"
TEST("proc", test_proc_without_pidfd);
#line 25385 "pcall.nw"
TEST("proc", test_timeout_run_time);
TEST("proc", test_timeout_late_join);
TEST("proc", test_timeout_forking);
#line 25493 "pcall.nw"
TEST("proc", test_living_means_alive);
TEST("proc", test_terminate_from_anywhere);
#line 24865 "pcall.nw"
}
