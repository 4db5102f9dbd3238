#line 28033 "pcall.nw"
/* mpi-test.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 28045 "pcall.nw"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "pcall-mpi.h"

static int failures, checks;

#define CHECK(cond, ...)                                            \
    do {                                                            \
        checks++;                                                   \
        if (cond)                                                   \
            printf("ok %d - ", checks);                             \
        else                                                        \
            printf("not ok %d - ", checks), failures++;             \
        printf(__VA_ARGS__);                                        \
        printf(" (pcall.nw, mpi-test.c:%d)\n", __LINE__);           \
        fflush(stdout);                                             \
    } while (0)

static int eq(const pv *r, const char *lit)
{
    pv *want = pv_lit(lit);
    int same = r != NULL && want != NULL && pv_equal(r, want);
    pv_free(want);
    return same;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
#line 28097 "pcall.nw"
static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

/* not static: -rdynamic names it in the backtrace */
pv *failing_target(const pv *args, const pv *kwargs);
pv *failing_target(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    pcall_raise("ValueError", "bad value %lld",
                (long long)pv_as_int(pv_item(args, 0)));
}

static pv *nap(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    double s = pv_as_float(pv_item(args, 0));
    nanosleep(&(struct timespec){ (time_t)s,
              (long)((s - (double)(time_t)s) * 1e9) }, NULL);
    return pv_none();
}
#line 28126 "pcall.nw"
static pv *crash(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    raise(SIGSEGV);
    return pv_none();
}

static pv *chatty(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    printf("hello from call %lld\n",
           (long long)pv_as_int(pv_item(args, 0)));
    return pv_none();
}

#line 28217 "pcall.nw"
static pv *big(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    size_t n = (size_t)pv_as_int(pv_item(args, 0));
    unsigned char *d;
    pv *b = pv_bytes_new(n, &d);
    memset(d, 'x', n);
    return b;
}

#line 37652 "pcall.nw"
static int stat_of(pid_t pid, pid_t *ppid, double *reaped)
{
    char path[64], line[1024], *end;
    long pp = -1;
    unsigned long long cu = 0, cs = 0;
    int ok = 0;
    FILE *f;
    snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
    if ((f = fopen(path, "r")) == NULL)
        return -1;
    if (fgets(line, sizeof line, f) != NULL
        && (end = strrchr(line, ')')) != NULL)
        ok = sscanf(end + 1, " %*c %ld %*d %*d %*d %*d %*u %*u %*u "
                    "%*u %*u %*u %*u %llu %llu", &pp, &cu, &cs) == 3;
    fclose(f);
    *ppid = (pid_t)pp;
    *reaped = (double)(cu + cs) / (double)sysconf(_SC_CLK_TCK);
    return ok ? 0 : -1;
}

#line 28145 "pcall.nw"
static long parent_of(long pid)
{
    pid_t pp;
    double reaped;
    return stat_of((pid_t)pid, &pp, &reaped) == 0 ? (long)pp : -1;
}

static pv *kill_my_rank(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    long rank = parent_of((long)getppid());     /* the fork server's */
    if (rank > 1)
        kill((pid_t)rank, SIGKILL);
    sleep(60);
    return pv_none();
}

static pv *kill_my_server(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    kill(getppid(), SIGKILL);       /* the rank's fork server */
    sleep(60);
    return pv_none();
}

#line 28651 "pcall.nw"
static pv *spoil_socket(const pv *args, const pv *kwargs)
{
    unsigned char head[16];
    char dir[64], path[64 + 1 + 256], link[64];
    pid_t server = getppid();
    long pidfd = syscall(SYS_pidfd_open, server, 0), fd = -1;
    DIR *d;
    struct dirent *e;
    (void)args, (void)kwargs;
    memset(head, 0xff, sizeof head);
    snprintf(dir, sizeof dir, "/proc/%ld/fd", (long)server);
    d = opendir(dir);
    while (d != NULL && pidfd >= 0 && fd < 0
           && (e = readdir(d)) != NULL) {
        ssize_t n;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        n = readlink(path, link, sizeof link - 1);
        if (n > 0 && (link[n] = '\0', strncmp(link, "socket:", 7) == 0))
            fd = syscall(SYS_pidfd_getfd, (int)pidfd, atoi(e->d_name),
                         0);
    }
    if (d != NULL)
        closedir(d);
    if (fd < 0 || write((int)fd, head, sizeof head) != sizeof head)
        return pv_str("cannot take the fork server's socket");
    sleep(60);
    return pv_none();
}

#line 28172 "pcall.nw"
static pv *mca_mapped(const pv *args, const pv *kwargs)
{
    char line[4096];
    long n = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    (void)args, (void)kwargs;
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        n += strstr(line, "/mca_") != NULL;
    if (f != NULL)
        fclose(f);
    return pv_int(f != NULL ? n : -1);
}

static pv *checksum(const pv *args, const pv *kwargs)
{
    size_t n = 0;
    const unsigned char *d = pv_bytes_data(pv_item(args, 0), &n);
    uint32_t h = 2166136261u;           /* FNV-1a */
    (void)kwargs;
    for (size_t i = 0; d != NULL && i < n; i++)
        h = (h ^ d[i]) * 16777619u;
    return pv_int((int64_t)h);
}

static pv *not_in_table(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    return pv_none();
}

static const pcall_mpi_target targets[] = {
    { "add", add }, { "fail", failing_target }, { "nap", nap },
    { "crash", crash }, { "chatty", chatty }, { "big", big },
    { "kill_my_rank", kill_my_rank },
    { "kill_my_server", kill_my_server },
    { "spoil_socket", spoil_socket },
    { "mca_mapped", mca_mapped }, { "checksum", checksum },
};
#line 28234 "pcall.nw"
static void test_spec(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(add, .varkwargs = pv_lit(
        "{'x': (1, 2, 3), 'y': (4, 5, 6)}"), .error = &err);
    CHECK(eq(r, "(5, 7, 9)"),
          "spec: pcall(add, x=(1, 2, 3), y=(4, 5, 6)) is (5, 7, 9)");
    pv_free(r);
    r = pcall(add, .cargs = pv_lit("(10,)"),
              .iargs = pv_lit("((1,), (2,), (3,))"), .error = &err);
    CHECK(eq(r, "(11, 12, 13)"),
          "spec: cargs and iargs");
    pv_free(r);
    r = pcall(add, .ckwargs = pv_lit("{'y': 100}"),
              .ikwargs = pv_lit("({'x': 1}, {'x': 2})"), .error = &err);
    CHECK(eq(r, "(101, 102)"),
          "spec: ckwargs and ikwargs");
    pv_free(r);
}
#line 28256 "pcall.nw"
static void test_order_and_where(void)
{
    pcall_error *err = NULL;
    pv *x = pv_lit("{'x': (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), "
                   "'y': (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)}");
    pcall_obj *p;
    pid_t pids[12] = { 0 };
    int on[3] = { 0 }, ok = 1;
    p = pcall_new(PCALL_OPTIONS(.target = add, .varkwargs = x), &err);
    pv_free(x);
    CHECK(p != NULL && pcall_start(p, &err) == 0
          && pcall_join(p, &err) == 0, "12 calls over the ranks");
    for (size_t i = 0; p != NULL && i < 12; i++) {
        const char *w = pcall_mpi_where(p, i);
        pcall_pids(p, pids, 12);
        ok &= pv_as_int(pcall_result(p, i)) == (long long)i
              && pids[i] > 0;
        if (w != NULL && strncmp(w, "rank ", 5) == 0
            && atoi(w + 5) >= 1 && atoi(w + 5) <= 2)
            on[atoi(w + 5)]++;
        else
            ok = 0;
    }
    CHECK(ok, "results in call order, each with its pid and rank");
    CHECK(on[1] > 0 && on[2] > 0, "both serving ranks ran calls "
          "(rank 1: %d, rank 2: %d)", on[1], on[2]);
    pcall_free(p);
}
#line 28294 "pcall.nw"
static void test_two_objects(void)
{
    enum { N = 700 };
    pcall_error *err = NULL;
    pcall_obj *p[2] = { NULL, NULL };
    pv *ia = pv_tuple_new(N);
    int ok = 1;
    for (size_t i = 0; i < N; i++) {
        pv *one = pv_tuple_new(1);
        pv_tuple_set(one, 0, pv_int((long long)i));
        pv_tuple_set(ia, i, one);
    }
    for (int k = 0; k < 2; k++) {
        pv *c = pv_tuple_new(1);
        pv_tuple_set(c, 0, pv_int(1000000LL * (k + 1)));
        p[k] = pcall_new(PCALL_OPTIONS(.target = add, .cargs = c,
                                       .iargs = ia), &err);
        pv_free(c);
        ok &= p[k] != NULL && pcall_start(p[k], &err) == 0;
    }
    for (int k = 0; ok && k < 2; k++)
        ok &= pcall_join(p[k], &err) == 0;
    for (int k = 0; ok && k < 2; k++)
        for (size_t i = 0; i < N; i++)
            ok &= pv_as_int(pcall_result(p[k], i))
                  == 1000000LL * (k + 1) + (long long)i;
    CHECK(ok, "two objects of %d calls at once, every result its "
          "call's%s%s", N, err ? ": " : "",
          err ? pcall_error_message(err) : "");
    pcall_free(p[0]);
    pcall_free(p[1]);
    pcall_error_free(err);
    pv_free(ia);
}
#line 28337 "pcall.nw"
static void test_error(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(failing_target, .iargs = pv_lit("((1,), (2,))"),
                  .error = &err);
    const char *w = err ? pcall_mpi_error_where(err) : NULL;
    CHECK(r == NULL && err != NULL
          && pcall_error_kind_of(err) == PCALL_ERR_CHILD
          && strcmp(pcall_error_type(err), "ValueError") == 0
          && strcmp(pcall_error_message(err), "bad value 1") == 0,
          "error: the remote type and message");
    CHECK(err != NULL && pcall_error_backtrace(err) != NULL
          && strstr(pcall_error_backtrace(err), "failing_target")
             != NULL,
          "error: the remote backtrace names the target");
    CHECK(w != NULL && strncmp(w, "rank ", 5) == 0
          && strstr(w, " on host ") != NULL
          && pcall_error_pid(err) > 0, "error: names %s, pid %d",
          w ? w : "nothing", err ? (int)pcall_error_pid(err) : 0);
    if (err != NULL)
        pcall_error_fprint(stdout, err);
    pcall_error_free(err);
}
#line 28363 "pcall.nw"
static void test_crash(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(crash, .iargs = pv_lit("((),)"), .error = &err);
    CHECK(r == NULL && err != NULL
          && pcall_error_outcome(err) == PCALL_OUTCOME_CRASHED
          && strstr(pcall_error_message(err), "SIGSEGV") != NULL
          && strstr(pcall_error_message(err), "rank ") != NULL,
          "crash: %s", err ? pcall_error_message(err) : "no error");
    pcall_error_free(err);
}

static void test_timeout(void)
{
    pcall_error *err = NULL;
    double t0 = now();
    pv *r = pcall(nap, .iargs = pv_lit("((30.0,), (0.0,))"),
                  .timeout = 0.5, .grace = 0.5, .error = &err);
    double took = now() - t0;
    CHECK(r == NULL && err != NULL
          && pcall_error_kind_of(err) == PCALL_ERR_TIMEOUT
          && pcall_error_index(err) == 0 && took < 5.0,
          "timeout: call 0 timed out after %.2f s: %s", took,
          err ? pcall_error_message(err) : "no error");
    pcall_error_free(err);
}
#line 28396 "pcall.nw"
static void test_logs(void)
{
    pcall_error *err = NULL;
    FILE *f = tmpfile();
    char line[512];
    int section = 0, ok = f != NULL, named = 1;
    pv *r = pcall(chatty, .iargs = pv_lit("((0,), (1,), (2,), (3,))"),
                  .log_file = f, .error = &err);
    CHECK(r != NULL, "logs: four chatty calls");
    rewind(f);
    while (ok && fgets(line, sizeof line, f) != NULL) {
        char want[64];
        if (strstr(line, ">>>> Begin child log pcall:pid-") != NULL)
            named &= strstr(line, ", rank ") != NULL
                     && strstr(line, " on host ") != NULL;
        else if (strncmp(line, "hello", 5) == 0) {
            snprintf(want, sizeof want, "hello from call %d\n",
                     section++);
            ok &= strcmp(line, want) == 0;
        }
    }
    CHECK(ok && section == 4, "logs: merged in call order");
    CHECK(named, "logs: each section names its rank and host");
    pv_free(r);
    pcall_error_free(err);
    if (f != NULL)
        fclose(f);
}
#line 28434 "pcall.nw"
static void test_not_in_table(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(not_in_table, .iargs = pv_lit("((),)"),
                  .error = &err);
    CHECK(r == NULL && err != NULL
          && pcall_error_kind_of(err) == PCALL_ERR_ARGS
          && strstr(pcall_error_message(err), "table") != NULL,
          "a target not in the table: %s",
          err ? pcall_error_message(err) : "no error");
    pcall_error_free(err);
}

static void count_done(size_t i, const struct pcall_outcome *o,
                       pv *result, void *arg)
{
    (void)i, (void)o, (void)result;
    ++*(int *)arg;
}

/* ten calls of nap that would run 30 s: terminate and the timeout */
static const char TEN_NAPS[] = "((30.0,), (30.0,), (30.0,), (30.0,), "
    "(30.0,), (30.0,), (30.0,), (30.0,), (30.0,), (30.0,))";
#line 28460 "pcall.nw"
static void test_terminate(void)
{
    pcall_error *err = NULL;
    int done = 0, queued = 0;
    pv *a = pv_lit(TEN_NAPS);
    pcall_obj *p = pcall_new(PCALL_OPTIONS(.target = nap, .iargs = a,
        .grace = 0.5, .on_done = count_done, .on_done_arg = &done),
        &err);
    double t0 = now();
    pv_free(a);
    CHECK(p != NULL && pcall_start(p, &err) == 0, "terminate: start");
    nanosleep(&(struct timespec){ 0, 300000000 }, NULL);
    pcall_terminate(p);
    CHECK(pcall_join(p, &err) == -1 && now() - t0 < 5.0
          && pcall_outcome_at(p, 0)->kind == PCALL_OUTCOME_KILLED
          && pcall_outcome_at(p, 9)->kind
             == PCALL_OUTCOME_CANCELLED,
          "terminate: running calls killed, the rest cancelled, "
          "in %.2f s", now() - t0);
    CHECK(done == 10, "on_done called once per call (%d)", done);
    for (size_t i = 0; i < 10; i++)
        queued += pcall_outcome_at(p, i)->kind
                  == PCALL_OUTCOME_CANCELLED
                  && pcall_mpi_where(p, i) != NULL;
    CHECK(queued > 0, "terminate: %d calls cancelled in a rank's "
          "queue", queued);
    pcall_error_free(err);
    pcall_free(p);
}
#line 28502 "pcall.nw"
static void test_timeout_queued(void)
{
    pcall_error *err = NULL;
    int timed_out = 0, queued = 0, other = 0, late = 0;
    pv *a = pv_lit(TEN_NAPS);
    pcall_obj *p = pcall_new(PCALL_OPTIONS(.target = nap, .iargs = a,
        .timeout = 1.0, .grace = 0.5), &err);
    double t0 = now();
    pv_free(a);
    CHECK(p != NULL && pcall_start(p, &err) == 0,
          "timeout with calls queued: start");
    CHECK(pcall_join(p, &err) == -1 && err != NULL
          && pcall_error_kind_of(err) == PCALL_ERR_TIMEOUT
          && now() - t0 < 5.0, "timeout with calls queued: a timeout "
          "error in %.2f s", now() - t0);
    for (size_t i = 0; p != NULL && i < 10; i++) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        timed_out += o->kind == PCALL_OUTCOME_TIMED_OUT;
        queued += o->kind == PCALL_OUTCOME_CANCELLED
                  && pcall_mpi_where(p, i) != NULL;
        other += o->kind != PCALL_OUTCOME_TIMED_OUT
                 && o->kind != PCALL_OUTCOME_KILLED
                 && o->kind != PCALL_OUTCOME_CANCELLED;
        late += o->pid != 0 && o->runtime < 0.5;
    }
    CHECK(timed_out > 0 && queued > 0 && other == 0, "timeout with "
          "calls queued: %d timed out, %d cancelled in a rank's "
          "queue, %d neither killed nor cancelled", timed_out, queued,
          other);
    CHECK(late == 0, "timeout with calls queued: %d calls started "
          "after the timeout fired", late);
    pcall_error_free(err);
    pcall_free(p);
}
#line 28539 "pcall.nw"
static void test_big(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(big, .iargs = pv_lit("((16777216,), (3,))"),
                  .error = &err);
    size_t n = 0;
    const unsigned char *d = r ? pv_bytes_data(pv_item(r, 0), &n)
                             : NULL;
    CHECK(d != NULL && n == 16777216 && d[0] == 'x'
          && d[n - 1] == 'x', "a 16 MiB result crosses intact");
    pv_free(r);
    pcall_error_free(err);
}
#line 28570 "pcall.nw"
static void test_arg_sizes(void)
{
    static const size_t large[] = { 65000, 65535, 65536, 65537,
                                    100000, 1048576, 3 << 20 };
    enum { SMALL = 121, N = 1 + SMALL + sizeof large / sizeof *large };
    size_t size[N] = { 1 };
    pcall_error *err = NULL;
    pv *iargs = pv_tuple_new(N), *want = pv_tuple_new(N), *r;
    for (size_t i = 1; i < N; i++)
        size[i] = i <= SMALL ? 399 + i : large[i - 1 - SMALL];
    for (size_t i = 0; i < N; i++) {
        unsigned char *d;
        pv *b = pv_bytes_new(size[i], &d), *one = pv_tuple_new(1);
        for (size_t j = 0; j < size[i]; j++)
            d[j] = (unsigned char)(j * 7 + i);
        pv_tuple_set(one, 0, b);
        pv_tuple_set(want, i, checksum(one, NULL));
        pv_tuple_set(iargs, i, one);
    }
    r = pcall(checksum, .iargs = iargs, .error = &err);
    CHECK(r != NULL && pv_equal(r, want), "arguments of 1 byte to "
          "3 MiB cross intact: %s", r != NULL ? "checksums agree"
          : pcall_error_message(err));
    pv_free(r);
    pv_free(want);
    pcall_error_free(err);
}
#line 28607 "pcall.nw"
static void test_children_without_mpi(void)
{
    pcall_error *err = NULL;
    pv *here = mca_mapped(NULL, NULL);
    pv *r = pcall(mca_mapped, .iargs = pv_lit("((), (), (), ())"),
                  .error = &err);
    long most = -1;
    for (size_t i = 0; r != NULL && i < pv_len(r); i++)
        if (pv_as_int(pv_item(r, i)) > most)
            most = (long)pv_as_int(pv_item(r, i));
    CHECK(pv_as_int(here) > 0 && r != NULL && most == 0, "children "
          "without MPI: %lld Open MPI components mapped on rank 0, "
          "at most %ld in a call's child", (long long)pv_as_int(here),
          most);
    pv_free(here);
    pv_free(r);
    pcall_error_free(err);
}
#line 28682 "pcall.nw"
static int dead(pcall_target *kill_it, const char *mode)
{
    pcall_error *err = NULL;
    pv *r = pcall(kill_it, .iargs = pv_lit("((),)"), .error = &err);
    if (r != NULL && pv_kind_of(pv_item(r, 0)) == PV_STR) {
        printf("%s: skipped: %s\n", mode,
               pv_str_data(pv_item(r, 0), NULL));
        return 77;
    }
    printf("%s: the call returned (%s): not expected\n", mode,
           r != NULL ? "a result" : pcall_error_message(err));
    return 1;
}
#line 28738 "pcall.nw"
static void no_room(void)
{
    struct rlimit rl;
    int low = dup(0);               /* the lowest free number */
    if (low < 0 || getrlimit(RLIMIT_NOFILE, &rl) < 0)
        return;
    close(low);
    rl.rlim_cur = (rlim_t)low;
    setrlimit(RLIMIT_NOFILE, &rl);
}
#line 28754 "pcall.nw"
static int four_calls(const char *what, pcall_target *fn,
                      int uncaptured, const char *want)
{
    pcall_error *err = NULL;
    pv *r = pcall(fn, .iargs = pv_lit("((1, 2), (3, 4), (5, 6), "
                                      "(7, 8))"),
                  .nocapture = uncaptured, .error = &err);
    CHECK(eq(r, want), "%s: %s", what,
          r != NULL ? "every call came back"
          : pcall_error_message(err));
    pv_free(r);
    pcall_error_free(err);
    if (pcall_mpi_finalize() < 0)
        failures++;
    return failures ? 1 : 0;
}
#line 28773 "pcall.nw"
int main(int argc, char **argv)
{
    pcall_error *err = NULL;
    int r, no_stdin = argc > 1 && strcmp(argv[1], "closed-stdin") == 0;
    int partial = argc > 1 && strcmp(argv[1], "partial-line") == 0;
    int no_std = argc > 1 && strcmp(argv[1], "closed-std") == 0;
    if (argc > 1 && strcmp(argv[1], "no-descriptors") == 0)
        no_room();
    int out = no_std ? fcntl(1, F_DUPFD_CLOEXEC, 10) : -1;
    int errs = no_std ? fcntl(2, F_DUPFD_CLOEXEC, 10) : -1;
    if (no_stdin || no_std)
        close(0);
    if (no_std) {
        close(1);
        close(2);
    }
    if (partial)
        fputs("unflushed;", stdout);    /* no newline: buffered */
    r = pcall_mpi_init(&argc, &argv, targets,
                       sizeof targets / sizeof targets[0], &err);
    if (no_std && (dup2(out, 1) < 0 || dup2(errs, 2) < 0))
        return 3;                   /* nowhere to report */
    if (r < 0) {
        pcall_error_fprint(stderr, err);
        return 1;
    }
    if (r == PCALL_MPI_SERVED)
        return 0;
    if (pcall_mpi_servers() != 2) {
        fprintf(stderr, "mpi-test: run me on 3 ranks (mpirun -np 3), "
                "not %d\n", pcall_mpi_servers() + 1);
        pcall_mpi_finalize();
        return 2;
    }
    if (no_stdin)
        return four_calls("a host without standard input", add, 0,
                          "(3, 7, 11, 15)");
    if (partial)
        return four_calls("output buffered before the start", add, 0,
                          "(3, 7, 11, 15)");
    if (no_std)
        return four_calls("a host without its standard streams",
                          chatty, 1, "(None, None, None, None)");
    if (argc > 1 && strcmp(argv[1], "dead-rank") == 0)
        return dead(kill_my_rank, argv[1]);
    if (argc > 1 && strcmp(argv[1], "dead-server") == 0)
        return dead(kill_my_server, argv[1]);
    if (argc > 1 && strcmp(argv[1], "spoiled-socket") == 0)
        return dead(spoil_socket, argv[1]);
    test_spec();
    test_order_and_where();
    test_two_objects();
    test_error();
    test_crash();
    test_timeout();
    test_logs();
    test_not_in_table();
    test_terminate();
    test_timeout_queued();
    test_big();
    test_arg_sizes();
    test_children_without_mpi();
    printf("%d checks, %d failed\n", checks, failures);
    if (pcall_mpi_finalize() < 0)
        failures++;
    return failures ? 1 : 0;
}
