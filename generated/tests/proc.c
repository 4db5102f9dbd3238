#line 23309 "pcall.nw"
/* tests/proc.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 23328 "pcall.nw"
#include "proc.h"
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#line 23453 "pcall.nw"
static void test_proc_results_in_call_order(void)
{
    pcall_proc_config c = proc_cfg(50, body_echo);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pid_t pids[50];
    CU_ASSERT_EQUAL(pcall_procs_count(p), 50);
    CU_ASSERT_EQUAL(pcall_procs_pids(p, pids, 50), 50);
    CU_ASSERT_EQUAL(pcall_procs_living(p, NULL, 0), 0);
    for (size_t i = 0; i < 50; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(echoed(p, i));
        CU_ASSERT_EQUAL(o->pid, pids[i]);
        CU_ASSERT(o->pid > 0 && o->pid != getpid());
        CU_ASSERT(o->started > 0 && o->started <= o->ended);
        CU_ASSERT(!o->timed_out && !o->terminated && !o->status_lost);
        CU_ASSERT(!o->logged && o->log_len == 0);
        for (size_t j = 0; j < i; j++)
            CU_ASSERT(pids[j] != pids[i]);
    }
    pcall_procs_free(p);
}
#line 23505 "pcall.nw"
static void test_proc_exit_statuses(void)
{
    pcall_proc_config c = proc_cfg(6, body_status);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 3);
    CU_ASSERT_EQUAL(o->len, 0);
    CU_ASSERT_PTR_NULL(o->data);
    o = pcall_procs_outcome(p, 1);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGSEGV);
    CU_ASSERT(o->len == 1 && o->data[0] == 'x');
    o = pcall_procs_outcome(p, 2);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGKILL);
    CU_ASSERT(outcome_is(pcall_procs_outcome(p, 3), "x"));
    o = pcall_procs_outcome(p, 4);      /* EOF long before exit */
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
    CU_ASSERT(o->len == 0 && o->ended - o->started >= 0.09);
    CU_ASSERT(echoed(p, 5));
    pcall_procs_free(p);
}
#line 23537 "pcall.nw"
static int body_big(size_t i, void *arg, int fd)
{
    size_t n = *(size_t *)arg, chunk = 65536;
    unsigned char b[65536];
    (void)i;
    for (size_t off = 0; off < n; off += chunk) {
        size_t k = n - off < chunk ? n - off : chunk;
        for (size_t j = 0; j < k; j++)
            b[j] = (unsigned char)((off + j) % 251);
        if (pcall_proc_send(fd, b, k) == -1)
            return 1;
    }
    return 0;
}
#line 23554 "pcall.nw"
static void test_proc_big_result(void)
{
    size_t n = (size_t)(under_valgrind() ? 4 : 64) << 20;
    pcall_proc_config c = proc_cfg(2, body_big);
    pcall_procs *p;
    c.arg = &n;
    p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 2; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        size_t bad = 0;
        CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
        CU_ASSERT_EQUAL_FATAL(o->len, n);
        for (size_t j = 0; j < n; j++)
            bad += o->data[j] != (unsigned char)(j % 251);
        CU_ASSERT_EQUAL(bad, 0);
    }
    pcall_procs_free(p);
}
#line 23590 "pcall.nw"
static int body_large(size_t i, void *arg, int fd)
{
    size_t n = *(size_t *)arg;
    unsigned char *b = malloc(n);
    struct pollfd w = { .fd = fd, .events = 0 };
    int r;
    (void)i;
    if (b == NULL)
        return 1;
    for (size_t j = 0; j < n; j++)
        b[j] = (unsigned char)(j % 253);
    r = pcall_proc_send_result(fd, b, n);
    free(b);
    if (r == -1)
        return 1;
    return poll(&w, 1, 0) == 1 && (w.revents & POLLERR) ? 42 : 0;
}

static int kernel_reads_children(void)
{
    char a = 1, b = 0, scope = '0';
    struct iovec to = { &b, 1 }, from = { &a, 1 };
    FILE *f = fopen("/proc/sys/kernel/yama/ptrace_scope", "r");
    if (f != NULL) {
        if (fread(&scope, 1, 1, f) != 1)
            scope = '3';
        fclose(f);
    }
    return scope < '2' && prctl(PR_GET_DUMPABLE) == 1
        && process_vm_readv(getpid(), &to, 1, &from, 1, 0) == 1;
}
#line 23624 "pcall.nw"
static void test_proc_large_shared(void)
{
    size_t n = (size_t)3 << 20, keep = pcall_large_result_min;
    int read_out = kernel_reads_children();
    for (int way = 0; way < 2; way++) {
        pcall_proc_config c = proc_cfg(2, body_large);
        pcall_procs *p;
        pcall_large_result_min = way == 0 ? keep : SIZE_MAX;
        c.arg = &n;
        p = proc_run(&c, 0, NULL);
        for (size_t i = 0; i < 2; i++) {
            pcall_proc_outcome *o = pcall_procs_outcome(p, i);
            size_t bad = 0;
            CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status)
                      == (way == 0 && read_out ? 42 : 0));
            CU_ASSERT_EQUAL(o->fetch_errno, 0);
            CU_ASSERT_EQUAL_FATAL(o->len, n);
            for (size_t j = 0; j < n; j++)
                bad += o->data[j] != (unsigned char)(j % 253);
            CU_ASSERT_EQUAL(bad, 0);
        }
        pcall_procs_free(p);
    }
    pcall_large_result_min = keep;
}
#line 23672 "pcall.nw"
enum { LIES = 6 };

static int body_lying_header(size_t i, void *arg, int fd)
{
    static const char pickle[] = "\x80\x05\x97.";
    uint64_t t[4] = { (uint64_t)(uintptr_t)pickle, 4, 0, 0 };
    uint64_t table = (uint64_t)(uintptr_t)t, nparts = 1;
    unsigned char h[24];
    struct pollfd w = { .fd = fd, .events = 0 };
    long pg = sysconf(_SC_PAGESIZE);
    (void)arg;
    if (i == 0)
        table = 4096;
    else if (i == 1) {
        unsigned char *m = mmap(NULL, 2 * (size_t)pg,
                                PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED || munmap(m + pg, (size_t)pg) == -1)
            return 1;
        memset(m, 'x', (size_t)pg);
        t[0] = (uint64_t)(uintptr_t)m;
        t[1] = 2 * (uint64_t)pg;
    } else if (i == 2)
        t[1] = (uint64_t)1 << 62;
    else if (i == 3)
        t[1] = 0;
    else if (i == 4)
        nparts = 0;
    else {
        t[2] = t[0];
        t[3] = (uint64_t)1 << 62;
        nparts = 2;
    }
    memcpy(h, "\0pcallR", 8);
    memcpy(h + 8, &table, 8);
    memcpy(h + 16, &nparts, 8);
    if (pcall_proc_send(fd, h, sizeof h) == -1)
        return 1;
    while (poll(&w, 1, -1) == -1 && errno == EINTR)
        ;
    return 0;
}
#line 23717 "pcall.nw"
static void test_proc_large_lies(void)
{
    static const int want[LIES] = { EFAULT, EFAULT, ENOMEM, EPROTO,
                                    EPROTO, ENOMEM };
    pcall_proc_config c = proc_cfg(LIES, body_lying_header);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < LIES; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
        CU_ASSERT(o->data == NULL && o->len == 0);
        CU_ASSERT(o->oob == NULL && o->noob == 0);
        CU_ASSERT_EQUAL(o->fetch_errno, want[i]);
    }
    {
        struct pcall_outcome out;
        pv *result = (pv *)1;
        pcall_error *e = pcall_classify(0, pcall_procs_outcome(p, 0),
                                        0, NULL, &out, &result);
        CU_ASSERT_PTR_NULL(result);
        CU_ASSERT_EQUAL(out.kind, PCALL_OUTCOME_CORRUPT);
        CU_ASSERT_FATAL(e != NULL);
        CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_SYSTEM);
        CU_ASSERT(strstr(pcall_error_message(e), "sent a large result, "
                         "but the parent could not take it: Bad "
                         "address") != NULL);
        pcall_error_free(e);
    }
    pcall_procs_free(p);
}
#line 23758 "pcall.nw"
static int body_undumpable(size_t i, void *arg, int fd)
{
    static const unsigned char b[16] = "sixteen octets!";
    pv_pickle_buffer one = { b, sizeof b };
    struct pollfd w = { .fd = fd, .events = 0 };
    (void)i;
    (void)arg;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return 1;
    if (pcall_proc_send_result_oob(fd, "pickle", 6, &one, 1) != 0)
        return 2;
    return poll(&w, 1, 0) == 1 && (w.revents & POLLERR) ? 3 : 0;
}

static void test_proc_large_undumpable(void)
{
    pcall_proc_config c = proc_cfg(1, body_undumpable);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    size_t n;
    CU_ASSERT(outcome_is(o, "pickle"));
    CU_ASSERT_FATAL(o->oob != NULL && o->noob == 1);
    CU_ASSERT(memcmp(pv_bytes_data(o->oob[0], &n), "sixteen octets!",
                     16) == 0 && n == 16);
    pcall_procs_free(p);
}
#line 23796 "pcall.nw"
enum { PART_LIES = 6 };

static int body_lying_parts(size_t i, void *arg, int fd)
{
    uint64_t h[4] = { 0, 1, 4, 0 };
    unsigned char b[64];
    size_t n = 3 * 8;
    (void)arg;
    memcpy(h, "\0pcallP", 8);
    if (i == 0)
        h[1] = 0;
    else if (i == 1)
        h[2] = 0;
    else if (i == 2 || i == 5) {
        h[1] = 2;
        h[2] = i == 2 ? 4 : 3;
        h[3] = i == 2 ? (uint64_t)1 << 62 : 5;
        n = 4 * 8;
    }
    memcpy(b, h, n);
    if (i == 3 || i == 4) {
        memcpy(b + n, "abcdefgh", 8);
        n += i == 3 ? 2 : 8;
    }
    if (pcall_proc_send(fd, b, n) == -1)
        return 1;
    if (i == 5 && (pcall_proc_send(fd, "abc", 3) == -1
                   || pcall_proc_send(fd, "hello", 5) == -1))
        return 1;
    return 0;
}
#line 23830 "pcall.nw"
static void test_proc_parts_lies(void)
{
    static const int want[PART_LIES] = { EPROTO, EPROTO, ENOMEM, 0,
                                         EPROTO, 0 };
    pcall_proc_config c = proc_cfg(PART_LIES, body_lying_parts);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < PART_LIES - 1; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(WIFEXITED(o->status));
        CU_ASSERT(o->data == NULL && o->len == 0);
        CU_ASSERT(o->oob == NULL && o->noob == 0);
        CU_ASSERT_EQUAL(o->fetch_errno, want[i]);
    }
    {
        pcall_proc_outcome *o = pcall_procs_outcome(p, 5);
        size_t n;
        CU_ASSERT(outcome_is(o, "abc"));
        CU_ASSERT_FATAL(o->noob == 1);
        CU_ASSERT(memcmp(pv_bytes_data(o->oob[0], &n), "hello", 5)
                  == 0 && n == 5);
    }
    pcall_procs_free(p);
}
#line 23863 "pcall.nw"
static int body_split_header(size_t i, void *arg, int fd)
{
    static const char result[] = "split";
    uint64_t t[2] = { (uint64_t)(uintptr_t)result, 5 };
    uint64_t h[3] = { 0, (uint64_t)(uintptr_t)t, 1 };
    struct pollfd w = { .fd = fd, .events = 0 };
    (void)i;
    (void)arg;
    memcpy(h, "\0pcallR", 8);
    if (pcall_proc_send(fd, h, 8) == -1)
        return 1;
    usleep(50000);
    if (pcall_proc_send(fd, h + 1, 16) == -1)
        return 1;
    while (poll(&w, 1, -1) == -1 && errno == EINTR)
        ;
    return 0;
}

static void test_proc_large_split_header(void)
{
    pcall_proc_config c = proc_cfg(1, body_split_header);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    CU_ASSERT_EQUAL(o->fetch_errno, 0);
    CU_ASSERT(outcome_is(o, "split"));
    pcall_procs_free(p);
}
#line 23914 "pcall.nw"
static void test_proc_many_calls_few_descriptors(void)
{
    const char *e = getenv("PCALL_TEST_CALLS");
    size_t n = e ? (size_t)atol(e) : under_valgrind() ? 150 : 10000;
    size_t bad = 0;
    pcall_proc_config c = proc_cfg(n, body_echo);
    struct rlimit saved, low;
    pcall_procs *p;
    alarm(300);             /* 10,000 forks: minutes on a busy VM */
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    low = saved;
    low.rlim_cur = 256;
    CU_ASSERT_FATAL(setrlimit(RLIMIT_NOFILE, &low) == 0);
    p = proc_run(&c, 0, NULL);
    setrlimit(RLIMIT_NOFILE, &saved);
    for (size_t i = 0; i < n; i++)
        bad += !echoed(p, i);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(pcall_procs_max_running(p) >= 50);
    CU_ASSERT(pcall_procs_max_running(p) < 128);
    pcall_procs_free(p);
}
#line 23952 "pcall.nw"
static size_t most_living;

static void note_living(size_t i, pcall_proc_outcome *o, void *arg)
{
    size_t n = pcall_procs_living(*(pcall_procs **)arg, NULL, 0);
    (void)i;
    (void)o;
    if (n > most_living)
        most_living = n;
}
#line 23973 "pcall.nw"
static void test_proc_user_cap(void)
{
    pcall_proc_config c = proc_cfg(6, body_nap);
    pcall_procs *p;
    pv_err err = {""};
    double t0 = test_now();
    c.max_procs = 2;
    c.on_done = note_living;
    c.on_done_arg = &p;
    most_living = 0;
    p = pcall_procs_new(&c, &err);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, &err), 0);
    CU_ASSERT(test_now() - t0 >= 0.29);
    CU_ASSERT_EQUAL(pcall_procs_max_running(p), 2);
    CU_ASSERT(most_living <= 2);
    for (size_t i = 0; i < 6; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 23999 "pcall.nw"
struct done_log { size_t n; int order[8]; unsigned char *data[8];
                  pid_t where; };

static void record_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    struct done_log *d = arg;
    d->order[d->n] = (int)i;
    d->data[d->n] = malloc(o->len + 1);   /* the set keeps its own */
    if (d->data[d->n] != NULL && o->len > 0)
        memcpy(d->data[d->n], o->data, o->len);
    d->n++;
    d->where = getpid();
}

static int body_staggered(size_t i, void *arg, int fd)
{
    useconds_t step = under_valgrind() ? 300000 : 100000;
    usleep((useconds_t)(3 - i) * step);
    return body_echo(i, arg, fd);
}
#line 24022 "pcall.nw"
static void test_proc_on_done(void)
{
    struct done_log d;
    pcall_proc_config c = proc_cfg(3, body_staggered);
    pcall_procs *p;
    memset(&d, 0, sizeof d);
    c.on_done = record_done;
    c.on_done_arg = &d;
    p = proc_run(&c, 0, NULL);
    CU_ASSERT_EQUAL(d.n, 3);
    CU_ASSERT_EQUAL(d.where, getpid());
    CU_ASSERT(d.order[0] == 2 && d.order[1] == 1 && d.order[2] == 0);
    CU_ASSERT(d.data[0] && memcmp(d.data[0], "call 2", 6) == 0);
    for (size_t i = 0; i < 3; i++) {    /* kept until dropped */
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(o->len == 6 && memcmp(o->data, "call ", 5) == 0);
        pcall_procs_drop_data(p, i);
        CU_ASSERT(o->data == NULL && o->len == 0);
        free(d.data[i]);
    }
    pcall_procs_free(p);
}
#line 24113 "pcall.nw"
void test_proc_grandchild_holds_pipe(void)
{
    int finish = 1;
    pcall_proc_config c = proc_cfg(2, body_family);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.arg = &finish;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    p = proc_run(&c, 0, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs < slack());
    CU_ASSERT(!o->timed_out && !o->terminated);
    CU_ASSERT(o->len == 19
              && memcmp(o->data, "parent of onecall 1", 19) == 0);
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
    CU_ASSERT(group_gone(o->pid));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
    pcall_procs_free(p);
}
#line 24147 "pcall.nw"
static void test_proc_host_ignores_sigchld(void)
{
    struct sigaction ign, saved, after;
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGCHLD, &ign, &saved);
    p = proc_run(&c, 0, NULL);
    sigaction(SIGCHLD, &saved, &after);
    CU_ASSERT(after.sa_handler == SIG_IGN);     /* untouched */
    for (size_t i = 0; i < 5; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(o->state == PCALL_PROC_DONE && o->status_lost);
        CU_ASSERT(o->status == -1);
        CU_ASSERT(o->len == 6 && memcmp(o->data, "call ", 5) == 0);
    }
    pcall_procs_free(p);
}
#line 24173 "pcall.nw"
static volatile sig_atomic_t chld_seen;

static void host_chld(int sig)
{
    (void)sig;
    chld_seen++;
}

static void test_proc_host_sigchld_handler(void)
{
    struct sigaction sa, saved, after;
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = host_chld;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, &saved);
    chld_seen = 0;
    p = proc_run(&c, 0, NULL);
    sigaction(SIGCHLD, &saved, &after);
    CU_ASSERT(after.sa_handler == host_chld);   /* untouched */
    CU_ASSERT(chld_seen > 0);
    for (size_t i = 0; i < 5; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 24215 "pcall.nw"
static void host_usr2(int sig)
{
    (void)sig;
}

/* Report what the child inherited, as one line. */
static int body_hygiene(size_t i, void *arg, int fd)
{
    char b[200], c;
    struct sigaction usr2, pipe_;
    sigset_t mask;
    struct rlimit rl;
    int nfds = 0;
    getrlimit(RLIMIT_NOFILE, &rl);
    for (int k = 0; k < (int)rl.rlim_cur && k < 65536; k++)
        nfds += fcntl(k, F_GETFD) != -1;
    sigaction(SIGUSR2, NULL, &usr2);
    sigaction(SIGPIPE, NULL, &pipe_);
    sigprocmask(SIG_SETMASK, NULL, &mask);
    snprintf(b, sizeof b, "fds=%d stdin=%s usr2=%s pipe=%s usr1=%s "
             "pgid=%s cloexec=%d", nfds,
             read(0, &c, 1) == 0 ? "eof" : "?",
             usr2.sa_handler == SIG_DFL ? "dfl" : "?",
             pipe_.sa_handler == SIG_IGN ? "ign" : "?",
             sigismember(&mask, SIGUSR1) ? "blocked" : "unblocked",
             getpgid(0) == getpid() ? "own" : "?",
             (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    (void)i, (void)arg;
    return pcall_proc_send(fd, b, strlen(b)) == 0 ? 0 : 1;
}
#line 24248 "pcall.nw"
static void test_proc_child_hygiene(void)
{
    struct sigaction sa, old_usr2, old_pipe;
    sigset_t usr1, old_mask;
    int extra = dup(0);                 /* the child must not see it */
    int in[2], saved_in = dup(0);
    CU_ASSERT_FATAL(pipe(in) == 0);     /* input the child must not */
    CU_ASSERT_FATAL(write(in[1], "input", 5) == 5);     /* steal */
    dup2(in[0], 0);
    close(in[0]);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = host_usr2;
    sigaction(SIGUSR2, &sa, &old_usr2);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, &old_pipe);
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, &old_mask);
    for (int capture = 0; capture < 2; capture++) {
        pcall_proc_config c = proc_cfg(2, body_hygiene);
        pcall_procs *p;
        c.capture = capture;
        p = proc_run(&c, 0, NULL);
        for (size_t i = 0; i < 2; i++)
            CU_ASSERT(outcome_is(pcall_procs_outcome(p, i),
                "fds=4 stdin=eof usr2=dfl pipe=ign usr1=unblocked "
                "pgid=own cloexec=1"));
        pcall_procs_free(p);
    }
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    sigaction(SIGPIPE, &old_pipe, NULL);
    sigaction(SIGUSR2, &old_usr2, NULL);
    close(extra);
    dup2(saved_in, 0);
    close(saved_in);
    close(in[1]);
}
#line 24301 "pcall.nw"
static FILE *flush_test_out;    /* stdout's descriptor, fully buffered */

static void host_prints(const char *want, size_t max_procs,
                        void (*on_done)(size_t, pcall_proc_outcome *,
                                        void *), int before_start,
                        int quiet)
{
    int pp[2], saved = dup(1);
    char b[128];
    ssize_t n, got = 0;
    pv_err err = { "" };
    pcall_proc_config c = proc_cfg(4, body_echo);
    c.max_procs = max_procs;
    c.on_done = on_done;
    c.host_quiet = quiet;
    fflush(stdout);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    dup2(pp[1], 1);
    close(pp[1]);
    flush_test_out = fdopen(1, "w");
    setvbuf(flush_test_out, NULL, _IOFBF, 4096);
    
#line 24335 "pcall.nw"
pcall_procs *p = pcall_procs_new(&c, &err);
CU_ASSERT_FATAL(p != NULL);
if (before_start)
    fputs("host\n", flush_test_out);
CU_ASSERT(pcall_procs_start(p, &err) == 0);
if (!before_start)
    fputs("host\n", flush_test_out);
CU_ASSERT(pcall_procs_wait(p, &err) == 0);
for (size_t i = 0; i < 4; i++)
    CU_ASSERT(echoed(p, i));
pcall_procs_free(p);
#line 24323 "pcall.nw"
    fclose(flush_test_out);             /* closes 1 */
    dup2(saved, 1);
    close(saved);
    while ((n = read(pp[0], b + got, sizeof b - 1 - (size_t)got)) > 0)
        got += n;
    close(pp[0]);
    b[got] = '\0';
    CU_ASSERT_STRING_EQUAL(b, want);
}
#line 24349 "pcall.nw"
static void test_proc_stdio_flushed_before_fork(void)
{
    host_prints("host\n", 0, NULL, 1, 0);    /* once, not five times */
}
#line 24370 "pcall.nw"
static void print_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    (void)o, (void)arg;
    fprintf(flush_test_out, "done %zu\n", i);   /* buffered */
}

static void test_proc_stdio_flushed_after_host_code(void)
{
    host_prints("host\ndone 0\ndone 1\ndone 2\ndone 3\n", 1,
                print_done, 0, 0);
    host_prints("host\n", 2, NULL, 0, 0);
}
#line 24394 "pcall.nw"
static void test_proc_stdio_host_quiet(void)
{
    host_prints("host\nhost\nhost\nhost\nhost\n", 0, NULL, 1, 1);
}
#line 24438 "pcall.nw"
static void test_proc_parent_killed(void)
{
    int pp[2], zero = 0;
    pid_t host, pids[2] = {0, 0};
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    if ((host = fork()) == 0) {         /* the host, killed below */
        pcall_proc_config c = proc_cfg(2, body_ready_then_sleep);
        pcall_procs *p;
        c.arg = &zero;
        p = pcall_procs_new(&c, NULL);
        pcall_procs_start(p, NULL);
        wait_ready(p);
        pcall_procs_living(p, pids, 2);
        (void)!write(pp[1], pids, sizeof pids);
        for (;;)
            pause();
    }
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    close(pp[0]);
    kill(host, SIGKILL);
    waitpid(host, NULL, 0);
    for (int i = 0; i < 2; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 24479 "pcall.nw"
static int forks_running, forks_refused, forks_allowed;

static pid_t fork_when_fewer_than_two(void)
{
    pid_t pid;
    if (forks_running >= 2) {
        forks_refused++;
        errno = EAGAIN;
        return -1;
    }
    if ((pid = fork()) > 0)
        forks_running++;
    return pid;
}

static void fork_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    (void)i, (void)o, (void)arg;
    forks_running--;
}
#line 24502 "pcall.nw"
static void test_proc_fork_eagain_waits_for_a_slot(void)
{
    pcall_proc_config c = proc_cfg(8, body_echo);
    pcall_procs *p;
    forks_running = forks_refused = 0;
    pcall_proc_fork_fn = fork_when_fewer_than_two;
    c.on_done = fork_done;
    p = proc_run(&c, 0, NULL);
    pcall_proc_fork_fn = fork;
    CU_ASSERT(forks_refused > 0);
    for (size_t i = 0; i < 8; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 24523 "pcall.nw"
static pid_t fork_twice_only(void)
{
    if (forks_allowed == 0) {
        errno = EAGAIN;
        return -1;
    }
    forks_allowed--;
    return fork();
}

static void test_proc_fork_eagain_alone_fails(void)
{
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    pv_err err = {""};
    forks_allowed = 2;
    pcall_proc_fork_fn = fork_twice_only;
    p = proc_run(&c, -1, NULL);
    CU_ASSERT(echoed(p, 0) && echoed(p, 1));
    for (size_t i = 2; i < 5; i++)
        CU_ASSERT(pcall_procs_outcome(p, i)->state
                  == PCALL_PROC_CANCELLED);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, &err), -1);
    pcall_procs_free(p);
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_start(p, &err), -1);
    pcall_proc_fork_fn = fork;
    CU_ASSERT_STRING_EQUAL(err.msg, "pcall: cannot start call 0: "
                           "fork: Resource temporarily unavailable");
    CU_ASSERT(pcall_procs_outcome(p, 0)->state == PCALL_PROC_CANCELLED);
    pcall_procs_free(p);
}
#line 24566 "pcall.nw"
static void test_proc_edges(void)
{
    pcall_proc_config c = proc_cfg(0, body_echo);
    pv_err err = {""};
    pcall_procs *p = proc_run(&c, 0, NULL);
    int pp[2];
    struct sigaction ign, saved;
    CU_ASSERT_EQUAL(pcall_procs_count(p), 0);
    CU_ASSERT_EQUAL(pcall_procs_poll(p, NULL), 0);
    pcall_procs_free(p);
    pcall_procs_free(NULL);
    c.body = NULL;
    CU_ASSERT_PTR_NULL(pcall_procs_new(&c, &err));
    CU_ASSERT_STRING_EQUAL(err.msg, "pcall_procs_new: no body to run");
    CU_ASSERT_PTR_NULL(pcall_procs_new(NULL, &err));
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &saved);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    close(pp[0]);
    CU_ASSERT(pcall_proc_send(pp[1], "x", 1) == -1 && errno == EPIPE);
    close(pp[1]);
    sigaction(SIGPIPE, &saved, NULL);
}
#line 24604 "pcall.nw"
static void test_proc_pollfds(void)
{
    pcall_proc_config c = proc_cfg(1, body_nap);
    struct pollfd fds[8];
    pcall_procs *p;
    int ms = 0, left = 1;
    size_t n;
    c.timeout = 30;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_pollfds(p, fds, 8, &ms), 0);
    CU_ASSERT_EQUAL(ms, -1);
    CU_ASSERT_FATAL(pcall_procs_start(p, NULL) == 0);
    n = pcall_procs_pollfds(p, fds, 8, &ms);
    CU_ASSERT(n >= 2 && n <= 8);
    CU_ASSERT(ms > 0 && ms <= 30001);
    CU_ASSERT_EQUAL(pcall_procs_pollfds(p, fds, 1, NULL), n);
    while (left > 0) {
        n = pcall_procs_pollfds(p, fds, 8, &ms);
        CU_ASSERT_FATAL(n <= 8);
        CU_ASSERT(poll(fds, n, ms) >= 0);
        left = pcall_procs_poll(p, NULL);
    }
    CU_ASSERT_EQUAL(left, 0);
    CU_ASSERT(pcall_procs_outcome(p, 0)->state == PCALL_PROC_DONE);
    pcall_procs_free(p);
}
#line 24648 "pcall.nw"
static void test_proc_add(void)
{
    pcall_proc_config c = proc_cfg(0, body_echo);
    pv_err err = {""};
    pcall_procs *p;
    size_t most = 0;
    char want[80];
    c.max_procs = 3;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_FATAL(pcall_procs_start(p, NULL) == 0);
    for (size_t i = 0; i < 40; i++) {
        CU_ASSERT_EQUAL(pcall_procs_add(p, 1, &err), 0);
        CU_ASSERT_EQUAL(pcall_procs_count(p), i + 1);
        CU_ASSERT(pcall_procs_poll(p, NULL) >= 0);
        if (pcall_procs_max_running(p) > most)
            most = pcall_procs_max_running(p);
    }
    CU_ASSERT_EQUAL(pcall_procs_add(p, 5, NULL), 0);
    CU_ASSERT_EQUAL(pcall_procs_add(p, SIZE_MAX, &err), -1);
    snprintf(want, sizeof want, "pcall_procs_add: %zu calls are too "
             "many", (size_t)SIZE_MAX);
    CU_ASSERT_STRING_EQUAL(err.msg, want);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, NULL), 0);
    CU_ASSERT_EQUAL(pcall_procs_count(p), 45);
    for (size_t i = 0; i < 45; i++)
        CU_ASSERT(echoed(p, i));
    CU_ASSERT(most >= 2);
    CU_ASSERT_EQUAL(pcall_procs_max_running(p), 3);
    pcall_procs_free(p);
    c.ncalls = 2;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_add(p, 3, NULL), 0);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, NULL), 0);
    for (size_t i = 0; i < 5; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_terminate(p);
    CU_ASSERT_EQUAL(pcall_procs_add(p, 1, &err), -1);
    CU_ASSERT_STRING_EQUAL(err.msg, "pcall_procs_add: the set was "
                           "terminated; it takes no more calls");
    CU_ASSERT_EQUAL(pcall_procs_count(p), 5);
    pcall_procs_free(p);
    c = proc_cfg(1, body_nap);
    c.timeout = 0.01;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, NULL), 1);
    CU_ASSERT_EQUAL(pcall_procs_add(p, 1, NULL), -1);
    pcall_procs_free(p);
}
#line 24712 "pcall.nw"
static void test_proc_kept_mappings(void)
{
    unsigned char *q = pcall_tp_private_calloc(100, 8), *r, vec[1];
    unsigned char *big = pcall_tp_private_calloc(1, 1 << 20);
    int st = -1, zero = 1;
    pid_t pid;
    memset(q, 0xab, 800);
    pcall_tp_private_free(q, 800);
    CU_ASSERT_EQUAL(mincore(q, 1, vec), 0);     /* still mapped */
    pcall_tp_private_free(big, 1 << 20);
    CU_ASSERT(mincore(big, 1, vec) == -1 && errno == ENOMEM);
    r = pcall_tp_private_calloc(100, 8);
    CU_ASSERT_PTR_EQUAL(r, q);              /* kept, taken back */
    for (size_t i = 0; i < 800; i++)
        zero &= r[i] == 0;
    CU_ASSERT(zero);
    memset(r, 0xab, 800);
    pcall_tp_private_free(r, 800);          /* kept again */
    pid = fork();
    CU_ASSERT_FATAL(pid != -1);
    if (pid == 0) {
        unsigned char *c = pcall_tp_private_calloc(100, 8);
        int ok = c[0] == 0 && c[799] == 0;  /* must be mapped here */
        c[0] = c[799] = 1;
        pcall_tp_private_free(c, 800);
        _exit(ok ? 0 : 1);
    }
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    r = pcall_tp_private_calloc(100, 8);
    CU_ASSERT_PTR_EQUAL(r, q);
    pcall_tp_private_free(r, 800);
}
#line 24757 "pcall.nw"
static void *churn_mappings(void *arg)
{
    static const size_t sizes[] = { 100, 5000, 60000 };
    static char not_zeroed;
    int bad = 0;
    (void)arg;
    for (int k = 0; k < 2000; k++) {
        size_t len = sizes[k % 3];
        unsigned char *q = pcall_tp_private_calloc(1, len);
        for (size_t i = 0; i < len; i += 97)
            bad |= q[i] != 0;
        memset(q, 0xab, len);
        pcall_tp_private_free(q, len);
    }
    return bad ? &not_zeroed : NULL;
}

static void test_proc_kept_mappings_threads(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        CU_ASSERT_FATAL(pthread_create(&t[i], NULL, churn_mappings,
                                       NULL) == 0);
    for (int i = 0; i < 4; i++) {
        void *r = NULL;
        pthread_join(t[i], &r);
        CU_ASSERT_PTR_NULL(r);
    }
}
#line 24808 "pcall.nw"
static void test_proc_store_blocks(void)
{
    static const size_t sizes[] = { PCALL_TP_STORE_MAX, 19, 1, 40000,
                                    PCALL_TP_STORE_MAX, 7, 3000 };
    enum { N = 20 * sizeof sizes / sizeof *sizes };
    unsigned char *q[N];
    size_t bad = 0, misaligned = 0;
    pcall_tp_store st;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    unsigned char *first, vec[1];
    memset(&st, 0, sizeof st);
    pcall_tp_store_open(&st);
    first = pcall_tp_store_alloc(&st, 19);
    first = (unsigned char *)((uintptr_t)first & ~(page - 1));
    pcall_tp_store_free(&st);
    CU_ASSERT_EQUAL(mincore(first, 1, vec), 0);     /* kept: small */
    memset(&st, 0, sizeof st);
    pcall_tp_store_open(&st);
    for (size_t k = 0; k < N; k++) {
        size_t len = sizes[k % (sizeof sizes / sizeof *sizes)];
        q[k] = pcall_tp_store_alloc(&st, len);
        misaligned += ((uintptr_t)q[k] & 15) != 0;
        memset(q[k], (int)(k & 0xff), len);
    }
    for (size_t k = 0; k < N; k++) {
        size_t len = sizes[k % (sizeof sizes / sizeof *sizes)];
        for (size_t b = 0; b < len; b++)
            bad += q[k][b] != (unsigned char)(k & 0xff);
    }
    CU_ASSERT_EQUAL(misaligned, 0);
    CU_ASSERT_EQUAL(bad, 0);
    pcall_tp_store_free(&st);
    CU_ASSERT_PTR_NULL(st.blocks);
    CU_ASSERT_PTR_NULL(st.scratch);
}

#line 23315 "pcall.nw"
void register_proc_tests(void)
{
    
#line 23477 "pcall.nw"
TEST("proc", test_proc_results_in_call_order);
#line 23528 "pcall.nw"
TEST("proc", test_proc_exit_statuses);
#line 23575 "pcall.nw"
TEST("proc", test_proc_big_result);
#line 23894 "pcall.nw"
TEST("proc", test_proc_large_shared);
TEST("proc", test_proc_large_split_header);
TEST("proc", test_proc_large_lies);
TEST("proc", test_proc_large_undumpable);
TEST("proc", test_proc_parts_lies);
#line 23939 "pcall.nw"
TEST("proc", test_proc_many_calls_few_descriptors);
#line 23995 "pcall.nw"
TEST("proc", test_proc_user_cap);
#line 24047 "pcall.nw"
TEST("proc", test_proc_on_done);
#line 24136 "pcall.nw"
TEST("proc", test_proc_grandchild_holds_pipe);
#line 24169 "pcall.nw"
TEST("proc", test_proc_host_ignores_sigchld);
#line 24202 "pcall.nw"
TEST("proc", test_proc_host_sigchld_handler);
#line 24288 "pcall.nw"
TEST("proc", test_proc_child_hygiene);
#line 24356 "pcall.nw"
TEST("proc", test_proc_stdio_flushed_before_fork);
#line 24385 "pcall.nw"
TEST("proc", test_proc_stdio_flushed_after_host_code);
#line 24401 "pcall.nw"
TEST("proc", test_proc_stdio_host_quiet);
#line 24468 "pcall.nw"
TEST("proc", test_proc_parent_killed);
#line 24519 "pcall.nw"
TEST("proc", test_proc_fork_eagain_waits_for_a_slot);
#line 24558 "pcall.nw"
TEST("proc", test_proc_fork_eagain_alone_fails);
#line 24593 "pcall.nw"
TEST("proc", test_proc_edges);
#line 24633 "pcall.nw"
TEST("proc", test_proc_pollfds);
#line 24699 "pcall.nw"
TEST("proc", test_proc_add);
#line 24748 "pcall.nw"
TEST("proc", test_proc_kept_mappings);
#line 24789 "pcall.nw"
TEST("proc", test_proc_kept_mappings_threads);
#line 24846 "pcall.nw"
TEST("proc", test_proc_store_blocks);
#line 23318 "pcall.nw"
}
