#line 31211 "pcall.nw"
/* tests/reliability.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 29800 "pcall.nw"
#include <dirent.h>
#include <fnmatch.h>
#include <pthread.h>
#include <sys/time.h>
#line 30283 "pcall.nw"
#include <grp.h>
#line 28970 "pcall.nw"
typedef struct scenario {
    const char *how;          /* the middle call's misbehaviour */
    const char *where;        /* the table's columns */
    const char *what;
    void (*before)(void);     /* the host's condition, or NULL */
    void (*after)(void);      /* check it and undo it */
    void (*run)(const struct scenario *);  /* another kind of test */
    pcall_outcome_kind kind;  /* the middle call's outcome */
    const char *message;      /* the join's error; %d: the pid */
} scenario;
#line 29090 "pcall.nw"
static struct sigaction sc_saved;
static volatile sig_atomic_t sc_signals;
static pid_t sc_child;

static void sc_count(int sig)
{
    (void)sig;
    sc_signals++;
}

static void sc_handle(int sig, void (*fn)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, &sc_saved);
    sc_signals = 0;
}
#line 29113 "pcall.nw"
static void sc_fork_own_child(void)
{
    fflush(NULL);
    if ((sc_child = fork()) == 0) {
        usleep(50 * 1000);          /* ends during the call */
        _exit(7);
    }
}

static void sc_reap_own_child(void)
{
    int st = 0;
    CU_ASSERT_EQUAL(waitpid(sc_child, &st, 0), sc_child);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 7);
}
#line 29131 "pcall.nw"
static void sc_chld_handler_before(void)
{
    sc_handle(SIGCHLD, sc_count, SA_RESTART);
    sc_fork_own_child();
}

static void sc_chld_handler_after(void)
{
    struct sigaction now;
    sigaction(SIGCHLD, &sc_saved, &now);
    CU_ASSERT(now.sa_handler == sc_count);
    CU_ASSERT(sc_signals >= 1);     /* not hidden from the host */
    sc_reap_own_child();
}

static void sc_chld_ignored_before(void)
{
    sc_handle(SIGCHLD, SIG_IGN, 0);
}

static void sc_chld_ignored_after(void)
{
    struct sigaction now;
    sigaction(SIGCHLD, &sc_saved, &now);
    CU_ASSERT(now.sa_handler == SIG_IGN);
}
#line 29161 "pcall.nw"
static void sc_block_term_before(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
}

static void sc_block_term_after(void)
{
    sigset_t s;
    pthread_sigmask(SIG_BLOCK, NULL, &s);
    CU_ASSERT(sigismember(&s, SIGTERM) == 1);
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
}
#line 29181 "pcall.nw"
static void sc_storm_before(void)
{
    struct itimerval every = { { 0, 1000 }, { 0, 1000 } };
    alarm(0);                       /* the watchdog, re-armed after */
    sc_handle(SIGALRM, sc_count, 0);   /* no SA_RESTART */
    setitimer(ITIMER_REAL, &every, NULL);
}

static void sc_storm_after(void)
{
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    signal(SIGALRM, SIG_IGN);       /* discards a tick still pending */
    CU_ASSERT(sc_signals > 10);
    arm_watchdog();                 /* its handler and its alarm */
}
#line 29322 "pcall.nw"
static void sc_reap_any(int sig)
{
    int e = errno;
    (void)sig;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        sc_signals++;
    errno = e;
}

static void sc_nocldwait_before(void)
{
    sc_handle(SIGCHLD, SIG_DFL, SA_NOCLDWAIT);
}

static void sc_reap_any_before(void)
{
    sc_handle(SIGCHLD, sc_reap_any, SA_RESTART);
}

static void sc_chld_restore(void)
{
    sigaction(SIGCHLD, &sc_saved, NULL);
}
#line 29380 "pcall.nw"
struct sc_host {
    const scenario *s;
    int pidns, thread;          /* the options; start in a thread */
    pid_t pids[3];
};
static int sc_remove_logs(const char *pattern);
static int sc_pidns;            /* 1: sc_run runs calls in namespaces */

static void *sc_host_thread(void *arg)
{
    struct sc_host *h = arg;
    char lit[64];
    snprintf(lit, sizeof lit, "{'how': ('%s', '%s', '%s')}",
             h->s->how, h->s->how, h->s->how);
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .varkwargs = pv_lit(lit), .steal = 1,
        .pid_namespace = h->pidns }, NULL);
    if (p == NULL || pcall_start(p, NULL) != 0)
        _exit(1);
    pcall_pids(p, h->pids, 3);
    return NULL;                /* the thread ends, the calls go on */
}

#line 29408 "pcall.nw"
static void sc_host_in_thread(struct sc_host h, int pp[2])
{
    pthread_t t;
    int alive = 1;
    close(pp[0]);
    if (!h.thread)
        sc_host_thread(&h);
    else if (pthread_create(&t, NULL, sc_host_thread, &h) != 0
             || pthread_join(t, NULL) != 0)
        _exit(1);
    usleep(100 * 1000);
    for (int i = 0; i < 3; i++) {
        siginfo_t si = { .si_pid = 0 };
        waitid(P_PID, h.pids[i], &si, WEXITED | WNOHANG | WNOWAIT);
        alive &= si.si_pid == 0;
    }
    (void)!write(pp[1], h.pids, sizeof h.pids);
    (void)!write(pp[1], &alive, sizeof alive);
    for (;;)
        pause();
}
#line 29432 "pcall.nw"
static void sc_thread_host_killed_ns(const scenario *s, int pidns,
                                     int thread)
{
    int pp[2], alive = 0;
    pid_t host, pids[3] = { 0, 0, 0 };
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);
    if ((host = fork()) == 0)
        sc_host_in_thread((struct sc_host){ s, pidns, thread,
                                            { 0, 0, 0 } }, pp);
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    CU_ASSERT(read(pp[0], &alive, sizeof alive) == sizeof alive);
    CU_ASSERT(alive);
    close(pp[0]);
    kill(host, SIGKILL);
    CU_ASSERT_EQUAL(waitpid(host, NULL, 0), host);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    CU_ASSERT_EQUAL(sc_remove_logs("pcall-*"), 0);
}

static void sc_thread_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 0, 1);
}
#line 29479 "pcall.nw"
static void sc_pidns_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 1, 0);
}

static void sc_pidns_thread_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 1, 1);
}
#line 29605 "pcall.nw"
static slow_reader sc_reader;
static int sc_saved_fd = -1;

static void sc_nonblocking_before(void)
{
    sc_saved_fd = stderr_full_pipe(&sc_reader);
}

static void sc_nonblocking_after(void)
{
    stderr_back(&sc_reader, sc_saved_fd);
    CU_ASSERT_EQUAL(sections_in(sc_reader.got), 3);
}
#line 29621 "pcall.nw"
static void sc_run(const scenario *s);

static void sc_daemon(const scenario *s)
{
    fflush(stderr);
    sc_saved_fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
    CU_ASSERT_FATAL(sc_saved_fd != -1);
    close(2);
    sc_run(s);
    dup2(sc_saved_fd, 2);
    close(sc_saved_fd);
}
#line 29651 "pcall.nw"
static void sc_forking(const scenario *s)
{
    (void)s;
    test_timeout_forking();
}

static void sc_late_overrun(const scenario *s)
{
    (void)s;
    test_timeout_run_time();
}

static void sc_late_join(const scenario *s)
{
    (void)s;
    test_timeout_late_join();
}

static void sc_living(const scenario *s)
{
    (void)s;
    test_living_means_alive();
}

static void sc_terminate(const scenario *s)
{
    (void)s;
    test_terminate_from_anywhere();
}

static void sc_nested(const scenario *s)
{
    (void)s;
    test_pcall_nested_raise();
}
#line 29271 "pcall.nw"
static int sc_remove_logs(const char *pattern)
{
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    char path[512];
    int n = 0;
    while (d != NULL && (e = readdir(d)) != NULL)
        if (fnmatch(pattern, e->d_name, 0) == 0) {
            snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
            n += unlink(path) == 0;
        }
    if (d != NULL)
        closedir(d);
    return n;
}
#line 29232 "pcall.nw"
static void sc_parent_killed(const scenario *s)
{
    int pp[2];
    pid_t host, pids[3] = { 0, 0, 0 };
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);
    if ((host = fork()) == 0) {
        char lit[64];
        snprintf(lit, sizeof lit, "{'how': ('%s', '%s', '%s')}",
                 s->how, s->how, s->how);
        pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
            .varkwargs = pv_lit(lit), .steal = 1 }, NULL);
        if (p == NULL || pcall_start(p, NULL) != 0)
            _exit(1);
        pcall_pids(p, pids, 3);
        (void)!write(pp[1], pids, sizeof pids);
        for (;;)
            pause();
    }
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    close(pp[0]);
    usleep(50 * 1000);              /* let the children get going */
    kill(host, SIGKILL);
    CU_ASSERT_EQUAL(waitpid(host, NULL, 0), host);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    CU_ASSERT_EQUAL(sc_remove_logs("pcall-*"), 0);  /* no names */
}

#line 28987 "pcall.nw"
static const scenario scenarios[] = {
    
#line 28996 "pcall.nw"
{ "raise", "in the target", "raises ValueError", 0, 0, 0,
  PCALL_OUTCOME_RAISED, "bad value 42" },
{ "segv", "in the target", "segfault", 0, 0, 0,
  PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 11 (SIGSEGV)" },
{ "abort", "in the target", "abort()", 0, 0, 0,
  PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 6 (SIGABRT)" },
{ "exit0", "in the target", "exit(0) without a result", 0, 0, 0,
  PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) exited with status 0 without a result" },
{ "exit99", "in the target", "_exit(99) without a result", 0, 0, 0,
  PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) exited with status 99 without a result" },
{ "sigkill", "in the target", "killed from outside (SIGKILL, as "
  "the OOM killer does)", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 9 (SIGKILL)" },
{ "null", "in the target", "returns NULL without raising", 0, 0, 0,
  PCALL_OUTCOME_RAISED,
  "call 1 returned NULL without calling pcall_raise" },
{ "deep", "serializing the result", "a value that cannot be "
  "pickled (nested 5000 deep)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "cannot pickle the result of call 1: cannot pickle: a list "
  "nested deeper than 1000" },
{ "big-crash", "serializing the result", "crash half-way through "
  "a 4 MB result", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 11 (SIGSEGV)" },
{ "send-abort", "after the result is sent", "abort() during "
  "cleanup", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) sent its result but then was killed by "
  "signal 6 (SIGABRT)" },
{ "send-exit3", "after the result is sent", "exit(3) during "
  "cleanup", 0, 0, 0, PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) sent its result but then exited with status 3" },
{ "send-half", "in the parent, decoding", "truncated stream, "
  "then exit(0)", 0, 0, 0, PCALL_OUTCOME_CORRUPT,
  "call 1 (pid %d) sent a result that does not decode: *offset*" },
{ "garbage", "in the parent, decoding", "corrupt stream, then "
  "exit(0)", 0, 0, 0, PCALL_OUTCOME_CORRUPT,
  "call 1 (pid %d) sent a result that does not decode: *offset*" },
#line 29049 "pcall.nw"
{ "misuse", "in the target", "a misuse of the value API "
  "(pv_as_int on a str)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "pv_as_int: expected 'int', got 'str'" },
{ "no-memory", "in the target", "runs out of memory (a tuple of "
  "2**59 items; raises MemoryError)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "out of memory (576460752303423488 x 8 bytes)" },
#line 29714 "pcall.nw"
{ "nap", "in the target", "calls pcall itself; the inner call "
  "fails and the target re-raises it", 0, 0, sc_nested,
  PCALL_OUTCOME_RAISED, "the inner error's type and message" },
#line 28989 "pcall.nw"
    
#line 29058 "pcall.nw"
{ "sleep", "timeout", "the child sleeps", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "ignore-term", "timeout", "the child ignores SIGTERM", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "block-term", "timeout", "the child blocks SIGTERM", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "family", "timeout", "deaf grandchildren hold the pipe and the "
  "log open", 0, 0, 0, PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
#line 29310 "pcall.nw"
{ "leave-group", "timeout", "the child moves into the host's "
  "process group and sleeps", 0, 0, 0, PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
#line 29690 "pcall.nw"
{ "nap", "timeout", "the deadline comes while the parent is still "
  "forking (250 slow forks)", 0, 0, sc_forking,
  PCALL_OUTCOME_TIMED_OUT, "TimeoutError on time; the starting "
  "stops; no ok call ran longer than the timeout" },
{ "nap", "timeout", "a call overruns while the host works; the "
  "join comes after three timeouts", 0, 0, sc_late_overrun,
  PCALL_OUTCOME_TIMED_OUT, "the overrun call TimeoutError; the "
  "others ok, with their own run time" },
{ "nap", "timeout", "quick calls return 512 KiB and 2 MiB; the join "
  "comes after three timeouts", 0, 0, sc_late_join, PCALL_OUTCOME_OK,
  "all ok, every byte; run time under the timeout" },
#line 28990 "pcall.nw"
    
#line 29200 "pcall.nw"
{ "nap", "host program", "has a SIGCHLD handler and a child of its "
  "own", sc_chld_handler_before, sc_chld_handler_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "sets SIGCHLD to SIG_IGN",
  sc_chld_ignored_before, sc_chld_ignored_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "has a child of its own, never reaped by "
  "pcall", sc_fork_own_child, sc_reap_own_child, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "blocks SIGTERM in the calling thread",
  sc_block_term_before, sc_block_term_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "sleep", "host program", "blocks SIGTERM, and the call times out",
  sc_block_term_before, sc_block_term_after, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "nap", "host program", "a storm of SIGALRM (every 1 ms, no "
  "SA_RESTART)", sc_storm_before, sc_storm_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "sleep", "parent", "killed with SIGKILL while its children run",
  0, 0, sc_parent_killed, PCALL_OUTCOME_NONE,
  "every child gone soon after; nothing left in TMPDIR" },
#line 29349 "pcall.nw"
{ "orphan", "host program", "sets SIGCHLD to SIG_IGN; the call "
  "leaves a helper running", sc_chld_ignored_before,
  sc_chld_ignored_after, 0, PCALL_OUTCOME_OK, NULL },
{ "orphan", "host program", "sets SA_NOCLDWAIT; the call leaves a "
  "helper running", sc_nocldwait_before, sc_chld_restore, 0,
  PCALL_OUTCOME_OK, NULL },
{ "orphan", "host program", "reaps any child in its SIGCHLD "
  "handler; the call leaves a helper running", sc_reap_any_before,
  sc_chld_restore, 0, PCALL_OUTCOME_OK, NULL },
#line 29461 "pcall.nw"
{ "pause", "parent", "started its calls in a thread that ended, "
  "then killed with SIGKILL", 0, 0, sc_thread_host_killed,
  PCALL_OUTCOME_NONE, "every child gone soon after; nothing left "
  "in TMPDIR" },
#line 29491 "pcall.nw"
{ "family", "parent", "killed with SIGKILL; calls in PID namespaces "
  "(.pid_namespace) with grandchildren", 0, 0, sc_pidns_host_killed,
  PCALL_OUTCOME_NONE, "every process of every call gone soon after" },
{ "family", "parent", "the same, calls started in a thread that "
  "ended", 0, 0, sc_pidns_thread_host_killed, PCALL_OUTCOME_NONE,
  "every process of every call gone soon after" },
#line 29636 "pcall.nw"
{ "nap", "host program", "stderr is a non-blocking pipe (full until "
  "the join has begun)", sc_nonblocking_before, sc_nonblocking_after,
  0, PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "stderr is closed (a daemon)", 0, 0,
  sc_daemon, PCALL_OUTCOME_OK, NULL },
#line 29704 "pcall.nw"
{ "nap", "host program", "asks which calls are living after they "
  "ended, then terminates", 0, 0, sc_living, PCALL_OUTCOME_OK,
  "none living; nothing signalled; all ok" },
{ "nap", "host program", "calls pcall_terminate from a signal "
  "handler, or another thread, while the join waits", 0, 0,
  sc_terminate, PCALL_OUTCOME_KILLED, "the join returns within the "
  "grace period; calls stopped by pcall_terminate" },
#line 28991 "pcall.nw"
};
#define NSCENARIOS (sizeof scenarios / sizeof scenarios[0])
#line 29513 "pcall.nw"
static void sc_run(const scenario *s);

static void test_reliability_scenarios_pidns(void)
{
    if (under_valgrind())
        return;                 /* see the text */
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    sc_pidns = 1;
    for (size_t i = 0; i < NSCENARIOS; i++)
        if (scenarios[i].run == NULL) {
            arm_watchdog();
            sc_run(&scenarios[i]);
        }
    sc_pidns = 0;
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}

static void test_pidns_spec_examples(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((4,), (5,), (6,))"),
                  .pid_namespace = 1, .error = &err);
    spec_expect(r, err, "(((1, 2, 3, 4), {}), ((1, 2, 3, 5), {}), "
                "((1, 2, 3, 6), {}))");
    r = pcall(spec_func, .varkwargs = pv_lit("{'x': (1, 2, 3),"
                                             " 'y': (4, 5, 6)}"),
              .pid_namespace = 1, .error = &err);
    spec_expect(r, err, "(((), {'x': 1, 'y': 4}), "
                "((), {'x': 2, 'y': 5}), ((), {'x': 3, 'y': 6}))");
}
#line 29547 "pcall.nw"
static int refuse_unshare(int flags)
{
    (void)flags;
    errno = EPERM;
    return -1;
}

static void test_pidns_refused(void)
{
    pcall_error *err = NULL;
    int (*saved)(int) = pcall_proc_unshare_fn;
    pcall_proc_unshare_fn = refuse_unshare;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = spec_func,
        .iargs = pv_lit("((1,),)"), .steal = 1, .pid_namespace = 1 },
        &err);
    pcall_proc_unshare_fn = saved;
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT(fnmatch("pcall: cannot run the calls in a PID namespace "
                      "(.pid_namespace): unshare(CLONE_NEWPID): "
                      "Operation not permitted: it needs CAP_SYS_ADMIN"
                      "*user.max_user_namespaces*",
                      pcall_error_message(err), 0) == 0);
    pcall_error_free(err);
    err = NULL;
    p = pcall_new(&(pcall_options){ .target = spec_func,
        .iargs = pv_lit("((1,),)"), .steal = 1, .pid_namespace = 2 },
        &err);
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err),
                           ".pid_namespace must be 0 or 1, not 2");
    pcall_error_free(err);
}
#line 29724 "pcall.nw"
static void sc_run(const scenario *s)
{
    char lit[64], want[256];
    double t0 = errors_now(), limit, took;
    double timeout = under_valgrind() ? 2.0 : 1.0, grace = 0.2;
    pcall_error *err = NULL;
    pid_t pids[3] = { 0, 0, 0 };
    snprintf(lit, sizeof lit, "{'how': ('ok', '%s', 'ok')}", s->how);
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .varkwargs = pv_lit(lit), .steal = 1, .timeout = timeout,
        .grace = grace, .pid_namespace = sc_pidns }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    if (s->before)
        s->before();
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    int rc = pcall_join(p, &err);
    took = errors_now() - t0;
    if (s->after)
        s->after();
    
#line 29755 "pcall.nw"
limit = timeout + grace + slack();
CU_ASSERT(took < limit);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind, PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, s->kind);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->kind, PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(rc, s->message ? -1 : 0);
if (s->message != NULL && err != NULL) {
    snprintf(want, sizeof want, s->message,
             (int)pcall_error_pid(err));
    CU_ASSERT_EQUAL(pcall_error_index(err), 1);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), s->kind);
    CU_ASSERT(fnmatch(want, pcall_error_message(err), 0) == 0);
}
if (took >= limit || pcall_outcome_at(p, 1)->kind != s->kind
    || (s->message == NULL) != (err == NULL)
    || (err && fnmatch(want, pcall_error_message(err), 0) != 0))
    fprintf(stderr, "\n  scenario %s (%s): outcome %s, %.2f s, "
            "error: %s\n", s->how, s->what,
            pcall_outcome_name(pcall_outcome_at(p, 1)->kind), took,
            err ? pcall_error_message(err) : "none");
pcall_error_free(err);
#line 29744 "pcall.nw"
    pcall_pids(p, pids, 3);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    pcall_free(p);
}
#line 29784 "pcall.nw"
static void test_reliability_scenarios(void)
{
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    for (size_t i = 0; i < NSCENARIOS; i++) {
        arm_watchdog();             /* a full minute for each */
        (scenarios[i].run ? scenarios[i].run : sc_run)(&scenarios[i]);
    }
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 29816 "pcall.nw"
static void sc_tex(FILE *f, const char *s)
{
    for (; s != NULL && *s; s++)
        if (s[0] == '%' && s[1] == 'd')
            fputs("\\textit{N}", f), s++;
        else if (*s == '*')
            fputs("\\ldots{}", f);
        else if (strchr("#$%&_{}", *s))
            fprintf(f, "\\%c", *s);
        else if (strchr("\\^~<>|", *s))
            fprintf(f, "\\char%d{}", *s);
        else
            fputc(*s, f);
}
#line 29833 "pcall.nw"
void sc_latex(FILE *f)
{
    fputs("% made by build/testpcall --scenarios-latex; do not edit\n"
          "\\begin{longtable}{@{}p{20mm}p{38mm}p{16mm}p{60mm}@{}}\n"
          "\\toprule where & what happens & outcome & error of the "
          "join\\\\\n\\midrule\\endhead\n", f);
    for (size_t i = 0; i < NSCENARIOS; i++) {
        const scenario *s = &scenarios[i];
        const char *cell[4] = { s->where, s->what,
            s->kind == PCALL_OUTCOME_NONE ? "--"
            : pcall_outcome_name(s->kind),
            s->message ? s->message : "none: all three ok" };
        for (int c = 0; c < 4; c++) {
            fputs(c ? " & \\raggedright " : "\\raggedright ", f);
            sc_tex(f, cell[c]);
        }
        fputs("\\tabularnewline\n", f);
    }
    fputs("\\bottomrule\n\\end{longtable}\n", f);
}
#line 29896 "pcall.nw"
typedef struct starved {
    int skipped;                /* the host could not set it up */
    int rc;                     /* the join's result, or -1 */
    int fds_before, fds_after;  /* the host's, when it is another */
    pcall_error_kind err_kind;  /* the join's error, if any */
    size_t err_index;
    char message[160];          /* or "" */
    pcall_outcome_kind kind[5]; /* each call's outcome */
    pid_t pid[5];
    int signal[5];
} starved;
#line 29914 "pcall.nw"
#define GREEDY_NAPS "(0, 0.25, 0, 0, 0)"   /* see the text */

static void greedy_run(pcall_options o, const char *naps, starved *s)
{
    char lit[64];
    pcall_error *err = NULL;
    pcall_obj *p;
    snprintf(lit, sizeof lit, "{'nap': %s}", naps);
    o.steal = 1;
    o.target = napper;
    o.varkwargs = pv_lit(lit);
    o.max_procs = 2;
    memset(s, 0, sizeof *s);
    s->rc = -1;
    if ((p = pcall_new(&o, &err)) != NULL && pcall_start(p, &err) == 0)
        s->rc = pcall_join(p, &err);
    for (size_t i = 0; p != NULL && i < 5; i++) {
        s->kind[i] = pcall_outcome_at(p, i)->kind;
        s->pid[i] = pcall_outcome_at(p, i)->pid;
        s->signal[i] = pcall_outcome_at(p, i)->signal;
    }
    
#line 29941 "pcall.nw"
if (err != NULL) {
    s->err_kind = pcall_error_kind_of(err);
    s->err_index = pcall_error_index(err);
    snprintf(s->message, sizeof s->message, "%s",
             pcall_error_message(err));
    pcall_error_free(err);
}
#line 29936 "pcall.nw"
    pcall_free(p);
}
#line 29956 "pcall.nw"
typedef struct hog {
    void (*take)(struct hog *);
    void (*release)(struct hog *);
    int give_back;              /* the second end gives all back */
    int ends;                   /* calls ended so far */
    int leave;                  /* descriptors to leave free */
    int fds[256], nfds;
    pid_t pids[64];
    int npids;
} hog;

static void hog_on_done(size_t i, const struct pcall_outcome *o,
                        pv *result, void *arg)
{
    hog *h = arg;
    (void)i, (void)result;
    if (o->kind == PCALL_OUTCOME_CANCELLED)
        return;
    if (++h->ends == 2 && h->give_back)
        h->release(h);
    else if (h->ends == 1 || !h->give_back)
        h->take(h);
}
#line 29982 "pcall.nw"
static void hog_take_fds(hog *h)
{
    int fd;
    while (h->nfds < 256
           && (fd = open("/dev/null", O_RDONLY | O_CLOEXEC)) != -1)
        h->fds[h->nfds++] = fd;             /* until EMFILE */
    for (int k = 0; k < h->leave && h->nfds > 0; k++)
        close(h->fds[--h->nfds]);
}

static void hog_release_fds(hog *h)
{
    while (h->nfds > 0)
        close(h->fds[--h->nfds]);
}
#line 30011 "pcall.nw"
static void starve_fds(starved *s, int leave, int give_back)
{
    hog h = { .take = hog_take_fds, .release = hog_release_fds,
              .give_back = give_back, .leave = leave };
    struct rlimit saved, low;
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    low = saved;
    low.rlim_cur = 128;
    CU_ASSERT_FATAL(setrlimit(RLIMIT_NOFILE, &low) == 0);
    greedy_run((pcall_options){ .on_done = hog_on_done,
        .on_done_arg = &h, .log_fd = null }, GREEDY_NAPS, s);
    h.release(&h);
    setrlimit(RLIMIT_NOFILE, &saved);
    close(null);
    if (under_valgrind())
        sc_remove_logs("pcall-*");
}
#line 30040 "pcall.nw"
static void starved_check(const starved *s, const char *want)
{
    CU_ASSERT_EQUAL(s->rc, want != NULL ? -1 : 0);
    CU_ASSERT_STRING_EQUAL(s->message, want != NULL ? want : "");
    if (strcmp(s->message, want != NULL ? want : "") != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n", s->message,
                want != NULL ? want : "no error");
    if (want != NULL) {
        CU_ASSERT_EQUAL(s->err_kind, PCALL_ERR_SYSTEM);
        CU_ASSERT_EQUAL(s->err_index, PCALL_NO_CALL);
    }
    for (size_t i = 0; i < 5; i++) {
        int ran = want == NULL || i < 2;
        CU_ASSERT_EQUAL(s->kind[i], ran ? PCALL_OUTCOME_OK
                                        : PCALL_OUTCOME_CANCELLED);
        CU_ASSERT(ran ? s->pid[i] > 0 && group_gone(s->pid[i])
                      : s->pid[i] == 0);
    }
}
#line 30068 "pcall.nw"
static void test_reliability_emfile(void)
{
    starved s;
    starve_fds(&s, 0, 1);
    starved_check(&s, NULL);
    starve_fds(&s, 0, 0);
    starved_check(&s, "pcall: cannot start call 2: pipe: Too many "
                  "open files");
    starve_fds(&s, 2, 0);
    starved_check(&s, "pcall: cannot start call 2: creating its log "
                  "file: Too many open files");
}
#line 30109 "pcall.nw"
static void point_tmpdir_away(size_t i, const struct pcall_outcome *o,
                              pv *result, void *arg)
{
    (void)i, (void)o, (void)result;
    setenv("TMPDIR", arg, 1);
}

static void test_reliability_log_dir_gone(void)
{
    char gone[96];
    starved s;
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    double t0 = test_now();
    snprintf(gone, sizeof gone, "%s/gone", tmpdir);
    greedy_run((pcall_options){ .on_done = point_tmpdir_away,
        .on_done_arg = gone, .log_fd = null }, "(0, 30, 0, 0, 0)", &s);
    setenv("TMPDIR", tmpdir, 1);
    close(null);
    
#line 30132 "pcall.nw"
CU_ASSERT(test_now() - t0 < 1 + slack());
CU_ASSERT_EQUAL(s.rc, -1);
CU_ASSERT_STRING_EQUAL(s.message, "pcall: cannot start call 2: "
                       "creating its log file: No such file or "
                       "directory");
CU_ASSERT_EQUAL(s.err_kind, PCALL_ERR_SYSTEM);
CU_ASSERT_EQUAL(s.kind[0], PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(s.kind[1], PCALL_OUTCOME_KILLED);
CU_ASSERT_EQUAL(s.signal[1], SIGKILL);
for (size_t i = 2; i < 5; i++)
    CU_ASSERT(s.kind[i] == PCALL_OUTCOME_CANCELLED && s.pid[i] == 0);
CU_ASSERT(group_gone(s.pid[0]) && group_gone(s.pid[1]));
#line 30128 "pcall.nw"
}
#line 30173 "pcall.nw"
#define NPROC_UID 2000000000u       /* plus the host's pid */

static void hog_take_procs(hog *h)
{
    pid_t pid = -1;
    while (h->npids < 64 && (pid = fork()) > 0)
        h->pids[h->npids++] = pid;          /* until EAGAIN */
    if (pid == 0) {             /* a sleeper, until the host kills it */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        for (;;)
            pause();
    }
}

static void hog_release_procs(hog *h)
{
    for (; h->npids > 0; h->npids--) {
        kill(h->pids[h->npids - 1], SIGKILL);
        waitpid(h->pids[h->npids - 1], NULL, 0);
    }
}
#line 30201 "pcall.nw"
static _Noreturn void starve_procs_host(int give_back, int out)
{
    hog h = { .take = hog_take_procs, .release = hog_release_procs,
              .give_back = give_back };
    struct rlimit few = { 32, 32 };
    uid_t uid = NPROC_UID + (uid_t)getpid();
    int fds;
    starved s;
    memset(&s, 0, sizeof s);
    if (setgroups(0, NULL) == 0 && setgid((gid_t)uid) == 0
        && setuid(uid) == 0 && setrlimit(RLIMIT_NPROC, &few) == 0) {
        prctl(PR_SET_DUMPABLE, 1);
        fds = count_fds();
        greedy_run((pcall_options){ .on_done = hog_on_done,
            .on_done_arg = &h, .nocapture = 1 }, GREEDY_NAPS,
            &s);
        h.release(&h);
        s.fds_before = fds;
        s.fds_after = count_fds();
    } else
        s.skipped = 1;
    (void)!write(out, &s, sizeof s);
    _exit(0);
}
#line 30228 "pcall.nw"
static void starve_procs(starved *s, int give_back)
{
    int pp[2], st = 0;
    pid_t host;
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);               /* or the host writes it again */
    if ((host = fork()) == 0) {
        close(pp[0]);
        starve_procs_host(give_back, pp[1]);
    }
    close(pp[1]);
    memset(s, 0, sizeof *s);
    CU_ASSERT(read(pp[0], s, sizeof *s) == (ssize_t)sizeof *s);
    close(pp[0]);
    CU_ASSERT_EQUAL(waitpid(host, &st, 0), host);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}
#line 30255 "pcall.nw"
static void test_reliability_nproc(void)
{
    starved s;
    if (geteuid() != 0) {
        fprintf(stderr, "\n  (skipped: not root, no user to spare)");
        return;
    }
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    for (int give_back = 1; give_back >= 0; give_back--) {
        starve_procs(&s, give_back);
        if (s.skipped) {
            fprintf(stderr, "\n  (skipped: cannot become uid %u+pid)",
                    NPROC_UID);
            break;
        }
        starved_check(&s, give_back ? NULL : "pcall: cannot start "
                      "call 2: fork: Resource temporarily unavailable");
        CU_ASSERT(s.fds_before > 0 && s.fds_before == s.fds_after);
    }
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 30330 "pcall.nw"
typedef struct soak_fate {
    const char *name;
    unsigned share;             /* per thousand calls */
    pcall_outcome_kind kind;    /* the outcome it must have */
    int exit_status, signal;    /* as pcall_outcome_at reports */
} soak_fate;

enum { SOAK_RETURN, SOAK_RAISE, SOAK_SEGV, SOAK_NULL, SOAK_ABORT,
       SOAK_EXIT, SOAK_SLEEP, SOAK_FATES };

static const soak_fate soak_fates[SOAK_FATES] = {
    { "return", 550, PCALL_OUTCOME_OK, 0, 0 },
    { "pcall_raise", 150, PCALL_OUTCOME_RAISED, PCALL_RAISE_STATUS,
      0 },
    { "raise(SIGSEGV)", 75, PCALL_OUTCOME_CRASHED, -1, SIGSEGV },
    { "write through NULL", 75, PCALL_OUTCOME_CRASHED, -1, SIGSEGV },
    { "abort()", 75, PCALL_OUTCOME_CRASHED, -1, SIGABRT },
    { "_exit(99)", 75, PCALL_OUTCOME_EXITED, 99, 0 },
    { "sleep past the timeout", 0, PCALL_OUTCOME_TIMED_OUT, -1,
      SIGTERM },
};
#line 30361 "pcall.nw"
static pv *soak_target(const pv *args, const pv *kwargs)
{
    int64_t g = pv_as_int(pcall_arg(args, kwargs, 0, "g"));
    int64_t fate = pv_as_int(pcall_arg(args, kwargs, 1, "fate"));
    volatile int *volatile nowhere = NULL;
    errors_no_core();
    printf("soak call %lld: %s\n", (long long)g,
           soak_fates[fate].name);
    switch (fate) {
    case SOAK_RAISE:
        pcall_raise("SoakError", "call %lld", (long long)g);
    case SOAK_SEGV:
        raise(SIGSEGV);
        break;
    case SOAK_NULL:
        *nowhere = 1;
        break;
    case SOAK_ABORT:
        abort();
    case SOAK_EXIT:
        _exit(99);
    case SOAK_SLEEP:
        sleep(60);
        break;
    }
    return pv_int(g);
}
#line 30397 "pcall.nw"
enum { SOAK_BATCH = 250, SOAK_AT_ONCE = 32, SOAK_TIMEOUT_EVERY = 20 };
#define SOAK_TIMEOUT 3.0    /* s: far beyond 32 calls' work */
#define SOAK_GRACE 0.2

static uint64_t soak_mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15u;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

static int soak_fate_of(uint64_t seed, uint64_t g)
{
    unsigned r = (unsigned)(soak_mix(seed ^ soak_mix(g)) % 1000);
    int f = 0;
    while (r >= soak_fates[f].share)
        r -= soak_fates[f++].share;
    return f;
}

static long soak_sleeper(uint64_t seed, uint64_t batch, size_t n)
{
    uint64_t h = soak_mix(soak_mix(seed) ^ soak_mix(~batch));
    return h % SOAK_TIMEOUT_EVERY ? -1 : (long)n - 1;
}
#line 30432 "pcall.nw"
typedef struct soak_run {
    uint64_t seed;
    size_t calls, done, batches, timeouts;
    size_t count[PCALL_OUTCOME_CANCELLED + 1];  /* by outcome */
    int null;                   /* /dev/null: where the logs go */
    int fate[SOAK_BATCH];
    int seen[SOAK_BATCH];
} soak_run;

static void soak_seen(size_t i, const struct pcall_outcome *o,
                      pv *result, void *arg)
{
    soak_run *r = arg;
    (void)o, (void)result;
    r->seen[i]++;
}
#line 30456 "pcall.nw"
static int soak_check(soak_run *r, pcall_obj *p, size_t g0, size_t n,
                      int rc, const pcall_error *err);

static int soak_batch(soak_run *r, size_t b, size_t g0, size_t n)
{
    pcall_error *err = NULL;
    pv *iargs = pv_tuple_new(n);
    long sleeper = soak_sleeper(r->seed, b, n);
    int fds = count_fds(), rc = -1, bad;
    char who[64];
    pcall_obj *p;
    
#line 30483 "pcall.nw"
for (size_t i = 0; i < n; i++) {
    r->fate[i] = (long)i == sleeper ? SOAK_SLEEP
                 : soak_fate_of(r->seed, g0 + i);
    r->seen[i] = 0;
    pv_tuple_set(iargs, i, pv_tuple(2, pv_int((int64_t)(g0 + i)),
                                    pv_int(r->fate[i])));
}
#line 30468 "pcall.nw"
    p = pcall_new(&(pcall_options){ .steal = 1, .target = soak_target,
        .iargs = iargs, .timeout = SOAK_TIMEOUT, .grace = SOAK_GRACE,
        .max_procs = SOAK_AT_ONCE, .log_fd = r->null,
        .on_done = soak_seen, .on_done_arg = r }, &err);
    if (p != NULL && pcall_start(p, &err) == 0)
        rc = pcall_join(p, &err);
    bad = soak_check(r, p, g0, n, rc, err);
    pcall_error_free(err);
    pcall_free(p);
    snprintf(who, sizeof who, "soak batch %zu", b);
    return bad + left_behind(who, fds);
}
#line 30502 "pcall.nw"
static int soak_call_ok(const soak_run *r, pcall_obj *p, size_t i,
                        size_t g0)
{
    const soak_fate *f = &soak_fates[r->fate[i]];
    const struct pcall_outcome *o = pcall_outcome_at(p, i);
    const pcall_error *e = o->error;
    const pv *v = pcall_result(p, i);
    char msg[40];
    snprintf(msg, sizeof msg, "call %zu", g0 + i);
    if (o->kind != f->kind || o->index != i || r->seen[i] != 1
        || o->pid <= 0 || o->exit_status != f->exit_status
        || o->signal != f->signal)
        return 0;
    if (f->kind == PCALL_OUTCOME_OK)
        return v != NULL && e == NULL
               && pv_as_int(v) == (int64_t)(g0 + i);
    if (v != NULL || e == NULL || pcall_error_index(e) != i
        || pcall_error_outcome(e) != f->kind)
        return 0;
    if (r->fate[i] == SOAK_RAISE)
        return strcmp(nn(pcall_error_type(e)), "SoakError") == 0
               && strcmp(pcall_error_message(e), msg) == 0;
    return r->fate[i] != SOAK_SLEEP || (o->runtime >= SOAK_TIMEOUT
        && o->runtime < SOAK_TIMEOUT + SOAK_GRACE + slack());
}
#line 30533 "pcall.nw"
static void soak_report(const soak_run *r, pcall_obj *p, size_t i,
                        size_t g0)
{
    const struct pcall_outcome *o = pcall_outcome_at(p, i);
    fprintf(stderr, "\nsoak: call %zu (%zu of its batch, pid %d) was "
            "told \"%s\" and must end %s; it ended %s (exit status "
            "%d, signal %d, %.3f s, reported %d times): %s\n"
            "soak: repeat with SOAK_SEED=%llu\n", g0 + i, i,
            (int)o->pid, soak_fates[r->fate[i]].name,
            pcall_outcome_name(soak_fates[r->fate[i]].kind),
            pcall_outcome_name(o->kind), o->exit_status, o->signal,
            o->runtime, r->seen[i], o->error != NULL
            ? pcall_error_message(o->error) : "no error",
            (unsigned long long)r->seed);
}
#line 30555 "pcall.nw"
static int soak_cmp_pid(const void *a, const void *b)
{
    pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;
    return (x > y) - (x < y);
}

static int soak_pids_distinct(pcall_obj *p, size_t n)
{
    pid_t pids[SOAK_BATCH];
    pcall_pids(p, pids, n);
    qsort(pids, n, sizeof pids[0], soak_cmp_pid);
    for (size_t i = 1; i < n; i++)
        if (pids[i] == pids[i - 1])
            return 0;
    return 1;
}
#line 30577 "pcall.nw"
static int soak_results_in_order(const pv *t, size_t g0, size_t n)
{
    if (t == NULL || pv_len(t) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (pv_as_int(pv_item(t, i)) != (int64_t)(g0 + i))
            return 0;
    return 1;
}
#line 30595 "pcall.nw"
static int soak_check(soak_run *r, pcall_obj *p, size_t g0, size_t n,
                      int rc, const pcall_error *err)
{
    size_t first = SIZE_MAX;
    if (p == NULL || pcall_ncalls(p) != n) {
        fprintf(stderr, "\nsoak: no parallel call: %s\n",
                err != NULL ? pcall_error_message(err) : "?");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!soak_call_ok(r, p, i, g0))
            return soak_report(r, p, i, g0), 1;
        r->count[pcall_outcome_at(p, i)->kind]++;
        if (first == SIZE_MAX && r->fate[i] != SOAK_RETURN)
            first = i;
    }
    
#line 30617 "pcall.nw"
if (!soak_pids_distinct(p, n)) {
    fprintf(stderr, "\nsoak: two calls with one pid\n");
    return 1;
}
if (first == SIZE_MAX ? rc != 0 || err != NULL
        || !soak_results_in_order(pcall_results(p), g0, n)
    : rc != -1 || err == NULL || pcall_results(p) != NULL
        || pcall_error_index(err) != first
        || pcall_error_kind_of(err) != (r->fate[first] == SOAK_SLEEP
           ? PCALL_ERR_TIMEOUT : PCALL_ERR_CHILD)) {
    fprintf(stderr, "\nsoak: the join returned %d (%s); the lowest "
            "call to fail is %zu\n", rc, err != NULL
            ? pcall_error_message(err) : "no error", first);
    return 1;
}
#line 30612 "pcall.nw"
    return 0;
}
#line 30643 "pcall.nw"
static uint64_t soak_env(const char *name, uint64_t dflt)
{
    const char *e = getenv(name);
    return e != NULL && *e != '\0' ? strtoull(e, NULL, 0) : dflt;
}

static void test_soak(void)
{
    soak_run r;
    double t0 = test_now();
    memset(&r, 0, sizeof r);
    r.calls = (size_t)soak_env("SOAK_CALLS", 100000);
    r.seed = soak_env("SOAK_SEED", soak_mix((uint64_t)time(NULL)
                                             ^ (uint64_t)getpid()));
    r.null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    printf("\nsoak: %zu calls in batches of %d, SOAK_SEED=%llu\n",
           r.calls, SOAK_BATCH, (unsigned long long)r.seed);
    fflush(stdout);
    
#line 30668 "pcall.nw"
for (size_t g0 = 0; g0 < r.calls; g0 += SOAK_BATCH) {
    size_t n = r.calls - g0 < SOAK_BATCH ? r.calls - g0 : SOAK_BATCH;
    int bad;
    arm_watchdog();
    bad = soak_batch(&r, r.batches, g0, n);
    CU_ASSERT_EQUAL(bad, 0);
    if (bad != 0)
        break;                  /* the first is the one to study */
    r.timeouts += soak_sleeper(r.seed, r.batches, n) >= 0;
    r.batches++;
    r.done += n;
    if ((g0 + n) % 10000 == 0 && g0 + n < r.calls) {
        printf("soak: %zu calls, %.0f s\n", g0 + n, test_now() - t0);
        fflush(stdout);
    }
}
#line 30662 "pcall.nw"
    close(r.null);
    
#line 30687 "pcall.nw"
printf("soak: %zu calls in %zu batches (%zu with a timeout), "
       "SOAK_SEED=%llu:", r.done, r.batches, r.timeouts,
       (unsigned long long)r.seed);
for (int k = PCALL_OUTCOME_OK; k <= PCALL_OUTCOME_CANCELLED; k++)
    printf(" %zu %s%s", r.count[k], pcall_outcome_name(k),
           k < PCALL_OUTCOME_CANCELLED ? "," : ";");
printf(" %.1f s\n", test_now() - t0);
#line 30664 "pcall.nw"
}

#line 31217 "pcall.nw"
void register_reliability_tests(void)
{
    
#line 29585 "pcall.nw"
TEST("pidns", test_reliability_scenarios_pidns);
TEST("pidns", test_pidns_spec_examples);
TEST("pidns", test_pidns_refused);
#line 29796 "pcall.nw"
TEST("reliability", test_reliability_scenarios);
#line 30083 "pcall.nw"
TEST("reliability", test_reliability_emfile);
#line 30147 "pcall.nw"
TEST("reliability", test_reliability_log_dir_gone);
#line 30279 "pcall.nw"
TEST("reliability", test_reliability_nproc);
#line 30697 "pcall.nw"
TEST("soak", test_soak);
#line 31220 "pcall.nw"
}
