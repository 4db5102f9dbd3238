#line 31814 "pcall.nw"
/* bench.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "pcall.h"
#include "proc.h"

#line 31843 "pcall.nw"
#ifndef BENCH_CFLAGS
#define BENCH_CFLAGS "(not recorded)"   /* the Makefile passes them */
#endif
#define US "\u00b5s"                /* the report is UTF-8 */
#define LE "\u2264 "
#define GE "\u2265 "
enum { MAXR = 5, MAXV = 6, MiB = 1 << 20 };

static int quick, reps;         /* -q: small sizes; R, odd */
static long ncpu, conc;         /* online CPUs; C */
static const char *pyscript;    /* -p: bench-mp.py */
static int have_py;             /* the Python rows are measured */
static FILE *dat;               /* -o: the data for gnuplot */
#line 31863 "pcall.nw"
static _Noreturn void die(int err, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("bench: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    if (err != 0)
        fprintf(stderr, ": %s", strerror(err));
    fputc('\n', stderr);
    exit(1);
}

static int reap(pid_t pid)      /* the child's wait status */
{
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            die(errno, "waitpid %d", (int)pid);
    return st;
}

static void kill_reap(pid_t pid)
{
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
}
#line 31895 "pcall.nw"
static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        die(errno, "allocating %zu bytes", n);
    return p;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static pv *check(pv *r, pcall_error *err, const char *what)
{
    if (r == NULL) {
        fprintf(stderr, "bench: %s: pcall failed\n", what);
        pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        exit(1);
    }
    return r;
}
#line 31928 "pcall.nw"
static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef double measure_fn(int variant, long size);

static int rounds_at(long size)     /* R, or 1 for 10,000 calls */
{
    return size >= 10000 ? 1 : reps;
}

static void rounds(measure_fn *f, int nv, long size, double *med)
{
    double t[MAXV][MAXR];
    int nr = rounds_at(size);
    for (int r = 0; r < nr; r++) {
        fprintf(stderr, "bench: size %ld, round %d of %d\n", size,
                r + 1, nr);
        for (int v = 0; v < nv; v++)
            t[v][r] = f(v, size);
    }
    for (int v = 0; v < nv; v++) {
        med[v] = t[v][0];
        for (int r = 0; r < nr; r++)
            med[v] = isnan(t[v][r]) ? NAN : med[v];
        if (!isnan(med[v])) {
            qsort(t[v], (size_t)nr, sizeof t[v][0], cmp_double);
            med[v] = t[v][nr / 2];
        }
    }
}

static const char *met(double v, int ok)
{
    return isnan(v) ? "not measured" : ok ? "met" : "not met";
}

static const char *noted(double v)      /* a row without a target */
{
    return isnan(v) ? "not measured" : "";
}

static const char *fig(char *b, const char *fmt, double v)
{
    if (isnan(v))
        return "-";
    snprintf(b, 48, fmt, v);
    return b;
}
#line 31988 "pcall.nw"
static void plot_block(const char *title, const char *const *name,
                       int nv, const char *pre, const char *post,
                       const long *size, int ns, double val[][MAXV])
{
    if (dat == NULL)
        return;
    fprintf(dat, "# %s\nvariant", title);
    for (int k = 0; k < ns; k++)
        fprintf(dat, " \"%s%ld%s\"", pre, size[k], post);
    for (int v = 0; v < nv; v++) {
        int k = 0;
        while (k < ns && isnan(val[k][v]))
            k++;
        if (k == ns)
            continue;
        fprintf(dat, "\n\"%s\"", name[v]);
        for (k = 0; k < ns; k++)
            if (isnan(val[k][v]))
                fputs(" -", dat);
            else
                fprintf(dat, " %.2f", val[k][v]);
    }
    fputs("\n\n\n", dat);
}
#line 32021 "pcall.nw"
static int run_prog(char *const argv[], char *out, size_t max)
{
    int p[2];
    size_t len = 0;
    ssize_t r;
    if (pipe(p) < 0)
        die(errno, "%s: pipe", argv[0]);
    pid_t pid = fork();
    if (pid < 0)
        die(errno, "%s: fork", argv[0]);
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execvp(argv[0], argv);
        fprintf(stderr, "bench: cannot run %s: %s\n", argv[0],
                strerror(errno));
        _exit(127);
    }
    close(p[1]);
    
#line 32050 "pcall.nw"
while ((r = read(p[0], out + len, max - 1 - len)) != 0) {
    if (r > 0 && (len += (size_t)r) < max - 1)
        continue;
    if (r < 0 && errno == EINTR)
        continue;
    int e = r < 0 ? errno : 0;
    kill_reap(pid);
    die(e, "%s: %s", argv[0], e ? "read" : "too much output");
}
close(p[0]);
out[len] = '\0';
#line 32042 "pcall.nw"
    int st = reap(pid);
    if (!WIFEXITED(st))
        die(0, "%s killed by signal %d", argv[0], WTERMSIG(st));
    return WEXITSTATUS(st);
}
#line 32069 "pcall.nw"
static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

static pv *add_args(long n)
{
    pv *x = pv_list_new(), *y = pv_list_new(), *xy = pv_dict_new();
    for (long i = 0; i < n; i++) {
        pv_list_append(x, pv_int(i));
        pv_list_append(y, pv_int(1));
    }
    pv_dict_set(xy, pv_str("x"), x, NULL);
    pv_dict_set(xy, pv_str("y"), y, NULL);
    return xy;
}

static void check_add(const pv *r, long n, const char *what)
{
    for (long i = 0; i < n; i++)
        if (pv_as_int(pv_item(r, (size_t)i)) != i + 1)
            die(0, "%s: call %ld returned a wrong result", what, i);
}
#line 32124 "pcall.nw"
static _Noreturn void floor_child(int fd, long i, const sigset_t *m)
{
    int64_t r = i + 1, *v = &r;
    if (m != NULL) {                        /* with duties */
        setpgid(0, 0);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        sigprocmask(SIG_SETMASK, m, NULL);
        if ((v = malloc(sizeof *v)) == NULL)
            _exit(1);
        *v = r;
    }
    int ok = write(fd, v, sizeof *v) == (ssize_t)sizeof *v;
    if (m != NULL)
        fflush(NULL);
    _exit(ok ? 0 : 1);
}
#line 32143 "pcall.nw"
struct fcall {
    long i;                     /* the call */
    pid_t pid;
    int fd;                     /* its pipe's reading end */
};

static _Noreturn void floor_die(struct fcall *c, long live, int e,
                                const char *what, long i)
{
    for (long k = 0; k < live; k++)
        kill_reap(c[k].pid);
    die(e, "floor: call %ld: %s", i, what);
}

static void floor_start(struct fcall *c, long live, long i,
                        int duties)
{
    int p[2];
    sigset_t all, old;
    if (pipe(p) < 0)
        floor_die(c, live, errno, "pipe", i);
    sigfillset(&all);
    if (duties)
        sigprocmask(SIG_SETMASK, &all, &old);
    pid_t pid = fork();
    if (pid == 0)
        floor_child(p[1], i, duties ? &old : NULL);
    int e = errno;
    if (duties) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        if (pid > 0)
            setpgid(pid, pid);
    }
    close(p[1]);
    if (pid < 0)
        floor_die(c, live, e, "fork", i);
    c[live] = (struct fcall){ .i = i, .pid = pid, .fd = p[0] };
}
#line 32184 "pcall.nw"
static double run_floor(long n, int duties)
{
    struct fcall *c = xmalloc((size_t)conc * sizeof *c), f;
    int64_t *res = xmalloc((size_t)n * sizeof *res);
    long next = 0, live = 0, k;
    int st;
    double t0 = now();
    if (duties)
        fflush(NULL);
    while (next < n || live > 0) {
        for (; live < conc && next < n; live++, next++)
            floor_start(c, live, next, duties);
        pid_t pid = waitpid(-1, &st, 0);
        if (pid < 0 && errno == EINTR)
            continue;
        for (k = 0; k < live && c[k].pid != pid; k++)
            ;
        if (k == live)
            floor_die(c, live, pid < 0 ? errno : 0, "waitpid", next);
        f = c[k];
        c[k] = c[--live];
        ssize_t r = read(f.fd, &res[f.i], sizeof res[0]);
        close(f.fd);
        if (r != (ssize_t)sizeof res[0] || !WIFEXITED(st)
            || WEXITSTATUS(st) != 0)
            floor_die(c, live, r < 0 ? errno : 0, "failed", f.i);
    }
    double t = now() - t0;
    for (long i = 0; i < n; i++)
        if (res[i] != i + 1)
            die(0, "floor: call %ld returned a wrong result", i);
    free(c), free(res);
    return t;
}
#line 32227 "pcall.nw"
static double run_pcall(long n, int nocapture)
{
    pcall_error *err;
    pv *xy = add_args(n);
    double t0 = now();
    pv *r = pcall(add, .varkwargs = xy, .nocapture = nocapture,
                  .log_fd = -1, .max_procs = (size_t)conc,
                  .error = &err);
    double t = now() - t0;
    check_add(check(r, err, "per-call overhead"), n, "pcall");
    pv_free(r);
    return t;
}

static double run_py(const char *what, long n)
{
    char a[32], b[32], out[256], *end;
    char *argv[] = { "python3", (char *)pyscript, (char *)what, a, b,
                     NULL };
    if (!have_py)
        return NAN;
    snprintf(a, sizeof a, "%ld", n);
    snprintf(b, sizeof b, "%ld", conc);
    int st = run_prog(argv, out, sizeof out);
    if (st == 127) {
        have_py = 0;
        fputs("bench: no python3: Python rows not measured\n", stderr);
        return NAN;
    }
    double t = strtod(out, &end);
    if (st != 0 || end == out || !(t > 0))
        die(0, "python3 %s %s %s failed", pyscript, what, a);
    return t;
}
#line 32269 "pcall.nw"
enum { V_FLOOR, V_DUTY, V_NOCAP, V_CAP, V_PROC, V_POOL, NV };
static const char *const vname[NV] = { "floor", "floor + duties",
    "pcall nocapture", "pcall", "Python Process", "Python Pool" };

static double measure_call(int v, long n)
{
    return v <= V_DUTY ? run_floor(n, v == V_DUTY)
         : v == V_NOCAP ? run_pcall(n, 1)
         : v == V_CAP   ? run_pcall(n, 0)
         : run_py(v == V_PROC ? "percall" : "pool", n);
}

static void per_call(void)
{
    static const long full[] = { 1000, 10000 }, small[] = { 200 };
    const long *ns = quick ? small : full;
    int nn = quick ? 1 : 2;
    double us[2][MAXV];
    printf("\n## Per-call overhead\n\nN calls of add(x, y), at most "
           "C children alive; \"pcall\" captures the logs.\n\n"
           "| N | C | variant | " US " per call | ratio | target | |\n"
           "|--:|--:|---|--:|---|---|---|\n");
    for (int k = 0; k < nn; k++) {
        const double *u = us[k];
        rounds(measure_call, NV, ns[k], us[k]);
        for (int v = 0; v < NV; v++)
            us[k][v] *= 1e6 / (double)ns[k];
        
#line 32304 "pcall.nw"
for (int v = 0; v < NV; v++) {
    double q = u[v] / (v < V_PROC ? u[V_FLOOR] : u[V_CAP]);
    char b[48];
    printf("| %ld | %ld | %s | %s | ", ns[k], conc, vname[v],
           fig(b, "%.1f", u[v]));
    if (v == V_NOCAP || v == V_CAP)
        printf("%s | " LE "1.15 | %s |\n",
               fig(b, "pcall/floor %.2f", q), met(q, q <= 1.15));
    else if (v == V_PROC)
        printf("%s | " GE "10 | %s |\n",
               fig(b, "Python/pcall %.1f", q), met(q, q >= 10));
    else if (v == V_POOL)
        printf("%s | | %s |\n", fig(b, "Pool/pcall %.2f", q),
               noted(q));
    else if (v == V_DUTY)
        printf("%s | | |\n", fig(b, "duties/floor %.2f", q));
    else
        printf("1 | | |\n");
}
#line 32297 "pcall.nw"
    }
    plot_block("per call, microseconds", vname, NV, "N = ", "", ns,
               nn, us);
}
#line 32354 "pcall.nw"
enum { WARM = 8 };      /* memory touched before a run, per byte */

static void warm_memory(size_t n)
{
    size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *q = mmap(NULL, n, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED)
        return;             /* the run is only less fair */
#ifdef MADV_HUGEPAGE
    (void)madvise(q, n, MADV_HUGEPAGE);
#endif
    for (size_t i = 0; i < n; i += pg)
        ((volatile unsigned char *)q)[i] = 1;
    munmap(q, n);
}
#line 32373 "pcall.nw"
static double run_pipe(size_t n)
{
    unsigned char *buf = xmalloc(n + 1);
    size_t got = 0;
    ssize_t r;
    int p[2];
    double t0 = now();
    pv_advise_huge(buf, n + 1);
    if (pipe(p) < 0)
        die(errno, "raw pipe: pipe");
    pid_t pid = fork();
    if (pid < 0)
        die(errno, "raw pipe: fork");
    if (pid == 0) {
        unsigned char *b = malloc(n);
        if (b == NULL)
            _exit(2);
        pv_advise_huge(b, n);
        memset(b, 0xab, n);
        _exit(pcall_proc_send(p[1], b, n) == 0 ? 0 : 3);
    }
    close(p[1]);
    while ((r = read(p[0], buf + got, n + 1 - got)) != 0)
        if (r > 0)
            got += (size_t)r;
        else if (errno != EINTR) {
            int e = errno;
            kill_reap(pid);
            die(e, "raw pipe: read");
        }
    close(p[0]);
    int st = reap(pid);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || got != n
        || buf[n - 1] != 0xab)
        die(0, "raw pipe: the child failed or sent %zu bytes", got);
    double t = now() - t0;
    free(buf);
    return t;
}
#line 32423 "pcall.nw"
static pv *big(const pv *args, const pv *kwargs)
{
    const pv *nv = pcall_arg(args, kwargs, 0, "n");
    if (nv == NULL)
        pcall_raise("TypeError", "big() needs n");
    size_t n = (size_t)pv_as_int(nv);
    unsigned char *b;
    pv *r = pv_bytes_new(n, &b);
    if (r == NULL)
        pcall_raise("MemoryError", "big(%zu)", n);
    memset(b, 0xab, n);
    return r;
}

static double run_big(size_t n)
{
    pcall_error *err;
    size_t len;
    pv *kw = pv_dict_new();
    pv_dict_set(kw, pv_str("n"), pv_tuple(1, pv_int((int64_t)n)),
                NULL);
    double t0 = now();
    pv *r = pcall(big, .varkwargs = kw, .nocapture = 1,
                  .error = &err);
    double t = now() - t0;
    const unsigned char *d = pv_bytes_data(
        pv_item(check(r, err, "large results"), 0), &len);
    if (len != n || d[n - 1] != 0xab)
        die(0, "large results: pcall returned %zu bytes", len);
    pv_free(r);
    return t;
}
#line 32458 "pcall.nw"
enum { L_PIPE, L_PCALL_PIPE, L_PCALL, L_PY, NL };
static const char *const lname[NL] = { "raw pipe", "pcall (pipe)",
    "pcall", "Python send" };

static double measure_large(int v, long mib)
{
    size_t n = (size_t)mib * MiB;
    warm_memory(WARM * n);
    if (v == L_PIPE)
        return run_pipe(n);
    if (v == L_PY)
        return run_py("send", (long)n);
#ifdef PCALL_HAVE_LARGE_RESULTS
    pcall_large_read_child = v != L_PCALL_PIPE;
    double t = run_big(n);
    pcall_large_read_child = 1;
    return t;
#else
    return v == L_PCALL ? NAN : run_big(n);
#endif
}
#line 32485 "pcall.nw"
static void large(void)
{
    static const long full[] = { 1, 64, 256 }, small[] = { 1 };
    const long *mib = quick ? small : full;
    int nn = quick ? 1 : 3;
    double rate[3][MAXV];
    printf("\n## Large results\n\nOne call returning bytes.\n\n"
           "| size | variant | MiB/s | ratio | target | |\n"
           "|--:|---|--:|---|---|---|\n");
    for (int k = 0; k < nn; k++) {
        const double *m = rate[k];
        rounds(measure_large, NL, mib[k], rate[k]);
        for (int v = 0; v < NL; v++)
            rate[k][v] = (double)mib[k] / rate[k][v];
        
#line 32507 "pcall.nw"
for (int v = 0; v < NL; v++) {
    double q = m[v] / m[L_PIPE];
    double want = v == L_PCALL && mib[k] == 256 ? 2 : 0.9;
    char b[48];
    if (v == L_PCALL && isnan(m[v]))
        continue;
    printf("| %ld MiB | %s | %s | ", mib[k], lname[v],
           fig(b, "%.0f", m[v]));
    if (v == L_PCALL_PIPE || v == L_PCALL)
        printf("pcall/pipe %.2f | " GE "%g | %s |\n", q, want,
               met(q, q >= want));
    else if (v == L_PY)
        printf("%s | | %s |\n", fig(b, "Python/pipe %.2f", q),
               noted(q));
    else
        printf("1 | | |\n");
}
#line 32500 "pcall.nw"
    }
    plot_block("large results, MiB/s", lname, NL, "", " MiB", mib, nn,
               rate);
}
#line 32535 "pcall.nw"
static uint64_t burn_iters;
static int64_t *burn_want;      /* call i's result, from the parent */

static uint64_t burn(uint64_t iters, uint64_t seed)
{
    uint64_t x = (seed * 0x9e3779b97f4a7c15u) | 1;
    for (uint64_t i = 0; i < iters; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x >> 1;              /* fits an int64_t */
}

static uint64_t calibrate(double goal)
{
    for (uint64_t it = 1 << 16;; it *= 2) {
        double t0 = now();
        volatile uint64_t sink = burn(it, 1);
        double t = now() - t0;
        (void)sink;
        if (t >= 0.05)
            return (uint64_t)((double)it * goal / t);
    }
}
#line 32566 "pcall.nw"
static pv *spin(const pv *args, const pv *kwargs)
{
    const pv *i = pcall_arg(args, kwargs, 0, "i");
    if (i == NULL)
        pcall_raise("TypeError", "spin() needs i");
    return pv_int((int64_t)burn(burn_iters, (uint64_t)pv_as_int(i)));
}

static double measure_cpu(int v, long n)
{
    pcall_error *err;
    double t0 = now();
    if (v == 0) {
        for (long i = 0; i < n; i++)
            burn_want[i] = (int64_t)burn(burn_iters, (uint64_t)i);
        return now() - t0;
    }
    pv *is = pv_list_new(), *kw = pv_dict_new();
    for (long i = 0; i < n; i++)
        pv_list_append(is, pv_int(i));
    pv_dict_set(kw, pv_str("i"), is, NULL);
    t0 = now();
    pv *r = pcall(spin, .varkwargs = kw, .nocapture = 1,
                  .error = &err);
    double t = now() - t0;
    for (long i = 0; i < n; i++)
        if (pv_as_int(pv_item(check(r, err, "CPU-bound"),
                              (size_t)i)) != burn_want[i])
            die(0, "CPU-bound: call %ld returned a wrong result", i);
    pv_free(r);
    return t;
}
#line 32601 "pcall.nw"
static void cpu_bound(void)
{
    double m[MAXV];
    burn_want = xmalloc((size_t)ncpu * sizeof *burn_want);
    burn_iters = calibrate(quick ? 0.1 : 1.0);
    rounds(measure_cpu, 2, ncpu, m);
    double e = m[0] / m[1] / (double)ncpu;
    printf("\n## CPU-bound speedup\n\n"
           "One call per online CPU, each about %.1f s of work.\n\n"
           "| CPUs | serial s | pcall s | speedup | speedup/CPUs "
           "| target | |\n|--:|--:|--:|--:|--:|---|---|\n"
           "| %ld | %.2f | %.2f | %.2f | %.2f | " GE "0.95 | %s |\n",
           m[0] / (double)ncpu, ncpu, m[0], m[1], m[0] / m[1], e,
           met(e, e >= 0.95));
    free(burn_want);
}
#line 32630 "pcall.nw"
static long rss_now(void)
{
    long size, pages;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL || fscanf(f, "%ld %ld", &size, &pages) != 2)
        die(errno, "reading /proc/self/statm");
    fclose(f);
    return pages * (sysconf(_SC_PAGESIZE) / 1024);
}

static long huge_kib(void)
{
    char line[128];
    long kib = 0;
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (sscanf(line, "AnonHugePages: %ld", &kib) == 1)
            break;
    if (f != NULL)
        fclose(f);
    return kib;                 /* 0 also when the file is missing */
}

static int scale_main(long n, long c)
{
    struct rusage ru;
    pcall_error *err;
    if (n < 1 || c < 1)
        die(0, "scale: bad N or C");
    pv *xy = add_args(n);
    long base = rss_now();
    double t0 = now();
    pv *r = pcall(add, .varkwargs = xy, .log_fd = -1,
                  .max_procs = (size_t)c, .error = &err);
    double t = now() - t0;
    getrusage(RUSAGE_SELF, &ru);
    check_add(check(r, err, "scale"), n, "scale");
    printf("%.9f %ld %ld %ld\n", t, base, ru.ru_maxrss, huge_kib());
    pv_free(r);
    return 0;
}
#line 32690 "pcall.nw"
static double scale_rss[3];     /* the last run's peak, growth, huge */

static double scale_once(long n, int huge)
{
    char a[32], b[32], out[256];
    char *argv[] = { "/proc/self/exe", "scale", a, b, NULL };
    double t;
    long base, top, hkib;
    snprintf(a, sizeof a, "%ld", n);
    snprintf(b, sizeof b, "%ld", conc);
    if (huge)
        setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
    else
        unsetenv("GLIBC_TUNABLES");
    if (run_prog(argv, out, sizeof out) != 0
        || sscanf(out, "%lf %ld %ld %ld", &t, &base, &top, &hkib) != 4)
        die(0, "bench scale %s %s failed", a, b);
    scale_rss[0] = (double)top / 1024;
    scale_rss[1] = (double)(top - base) * 1024 / (double)n;
    scale_rss[2] = (double)hkib / 1024;
    return t;
}

static size_t record_size(long i)
{
    unsigned char *b;
    size_t len;
    pv *rec = pv_tuple(2, pv_str("ok"), pv_int(i + 1));
    if (pv_pickle(rec, &b, &len, NULL) < 0)
        die(0, "cannot pickle a record");
    pv_free(rec);
    free(b);
    return len;
}
#line 32731 "pcall.nw"
struct scale_fig {
    double us;                  /* time per call */
    double grow;                /* RSS growth, bytes per call */
    double huge;                /* MiB in huge pages at the end */
};

static struct scale_fig scale_row(long n, size_t rec, int huge)
{
    double t[MAXR], pk[MAXR], g[MAXR], h[MAXR];
    int nr = rounds_at(n);
    for (int r = 0; r < nr; r++) {
        fprintf(stderr, "bench: scale %ld%s, round %d of %d\n", n,
                huge ? ", huge pages" : "", r + 1, nr);
        t[r] = scale_once(n, huge);
        pk[r] = scale_rss[0];
        g[r] = scale_rss[1];
        h[r] = scale_rss[2];
    }
    qsort(t, (size_t)nr, sizeof *t, cmp_double);
    qsort(pk, (size_t)nr, sizeof *pk, cmp_double);
    qsort(g, (size_t)nr, sizeof *g, cmp_double);
    qsort(h, (size_t)nr, sizeof *h, cmp_double);
    struct scale_fig f = { t[nr / 2] / (double)n * 1e6, g[nr / 2],
                           h[nr / 2] };
    printf("| %ld | %ld | %s | %.2f | %.1f | %.1f | %.1f | %.0f "
           "| %.1f |\n", n, conc, huge ? "huge pages" : "as it comes",
           t[nr / 2], f.us, pk[nr / 2], f.huge, f.grow,
           f.grow / (double)rec);
    return f;
}
#line 32769 "pcall.nw"
static void scale_ratios(const long *ns, struct scale_fig f[2][3])
{
    double q0 = f[0][2].us / f[0][0].us, q1 = f[1][2].us / f[1][0].us;
    double qg = f[0][0].grow > 0 ? f[0][2].grow / f[0][0].grow : NAN;
    char b[2][48];
    if (!(f[1][2].huge > 0))
        q1 = NAN;               /* no huge pages: nothing to show */
    printf("\n| per call, N = %ld against N = %ld | ratio | target "
           "| |\n|---|--:|---|---|\n"
           "| wall time, heap as it comes | %.2f | " LE "1.25 | %s |\n"
           "| wall time, heap in huge pages | %s | " LE "1.25 | %s |\n"
           "| RSS growth, heap as it comes | %s | " LE "1.25 | %s |\n",
           ns[2], ns[0], q0, met(q0, q0 <= 1.25),
           fig(b[0], "%.2f", q1), met(q1, q1 <= 1.25),
           fig(b[1], "%.2f", qg), met(qg, qg <= 1.25));
}

static void scale(void)
{
    static const long full[] = { 10000, 50000, 100000 },
                      small[] = { 250, 500, 1000 };
    const long *ns = quick ? small : full;
    const char *env = getenv("GLIBC_TUNABLES");
    char *keep = env != NULL ? strdup(env) : NULL;
    size_t rec = record_size(ns[2]);
    struct scale_fig f[2][3];
    printf("\n## Scale\n\nN calls of add(x, y), logs captured, each N "
           "in a fresh process; \"huge pages\": the process runs with "
           "GLIBC_TUNABLES=glibc.malloc.hugetlb=1, so that fork copies "
           "one page-table entry per 2 MiB of its heap, not 512.\n\n"
           "| N | C | heap | wall s | " US " per call "
           "| peak RSS MiB | in huge pages, MiB "
           "| RSS growth, bytes per call "
           "| growth/record (%zu bytes) |\n"
           "|--:|--:|---|--:|--:|--:|--:|--:|--:|\n", rec);
    for (int h = 0; h < 2; h++)
        for (int k = 0; k < 3; k++)
            f[h][k] = scale_row(ns[k], rec, h);
    scale_ratios(ns, f);
    if (keep != NULL)
        setenv("GLIBC_TUNABLES", keep, 1);
    else
        unsetenv("GLIBC_TUNABLES");
    free(keep);
}
#line 32823 "pcall.nw"
#ifdef __clang__
#define COMPILER "clang " __clang_version__
#else
#define COMPILER "gcc " __VERSION__
#endif

static void proc_field(const char *path, const char *key, char *v,
                       size_t max)
{
    char line[512];
    FILE *f = fopen(path, "r");
    snprintf(v, max, "unknown");
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, key, strlen(key)) == 0) {
            char *c = strchr(line, ':');
            snprintf(v, max, "%s", c ? c + 1 + strspn(c + 1, " \t")
                                     : line);
            v[strcspn(v, "\n")] = '\0';
            break;
        }
    if (f != NULL)
        fclose(f);
}
#line 32849 "pcall.nw"
static void header(void)
{
    char cpu[512], mem[512], py[256] = "", date[64];
    char *argv[] = { "python3", "--version", NULL };
    struct utsname u;
    time_t t = time(NULL);
    proc_field("/proc/cpuinfo", "model name", cpu, sizeof cpu);
    proc_field("/proc/meminfo", "MemTotal", mem, sizeof mem);
    if (have_py && run_prog(argv, py, sizeof py) != 0)
        have_py = 0;
    py[strcspn(py, "\n")] = '\0';
    if (uname(&u) < 0)
        snprintf(u.release, sizeof u.release, "unknown");
    strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&t));
    printf("# pcall benchmark\n\n| | |\n|---|---|\n| CPU | %s |\n"
           "| online CPUs | %ld |\n| memory | %.1f GiB |\n"
           "| kernel | %s |\n"
           "| compiler | %s, %s |\n| python3 | %s |\n| date | %s |\n"
           "| run | %s, R = %d |\n| C | %ld (2 \u00d7 CPUs) |\n",
           cpu, ncpu, atof(mem) / (1 << 20), u.release, COMPILER,
           BENCH_CFLAGS,
           have_py ? py : "none: Python rows not measured", date,
           quick ? "quick" : "full", reps, conc);
}
#line 32876 "pcall.nw"
static int wanted(const char *only, const char *name)
{
    return only == NULL || strcmp(only, name) == 0;
}

static int known_section(const char *only)
{
    return only == NULL || wanted(only, "percall")
        || wanted(only, "large") || wanted(only, "cpu")
        || wanted(only, "scale");
}
#line 32905 "pcall.nw"
static int usage(FILE *f, int status)
{
    fprintf(f, "usage: bench [-q] [-o DATA] [-p bench-mp.py]"
            " [-s percall|large|cpu|scale]\n"
            "       bench scale N C\n"
            "       bench -h | --help\n");
    return status;
}
#line 32916 "pcall.nw"
int main(int argc, char **argv)
{
    const char *datpath = NULL, *only = NULL;
    int opt, bad = 0;
    if (argc == 4 && strcmp(argv[1], "scale") == 0)
        return scale_main(atol(argv[2]), atol(argv[3]));
    for (int k = 1; k < argc && strcmp(argv[k], "--") != 0; k++)
        if (strcmp(argv[k], "--help") == 0)
            return usage(stdout, 0);
    while (!bad && (opt = getopt(argc, argv, "hqo:p:s:")) != -1)
        if (opt == 'h')
            return usage(stdout, 0);
        else if (opt == 'q')
            quick = 1;
        else if (opt == 'o')
            datpath = optarg;
        else if (opt == 'p')
            pyscript = optarg;
        else if (opt == 's')
            only = optarg;
        else
            bad = 1;
    if (bad || optind != argc || !known_section(only))
        return usage(stderr, 2);
    
#line 33003 "pcall.nw"
reps = quick ? 3 : MAXR;
ncpu = sysconf(_SC_NPROCESSORS_ONLN);
ncpu = ncpu < 1 ? 1 : ncpu;
conc = 2 * ncpu;
have_py = pyscript != NULL;
if (datpath != NULL && (dat = fopen(datpath, "w")) == NULL)
    die(errno, "%s", datpath);
#line 32941 "pcall.nw"
    header();
    if (wanted(only, "percall"))
        per_call();
    if (wanted(only, "large"))
        large();
    if (wanted(only, "cpu"))
        cpu_bound();
    if (wanted(only, "scale"))
        scale();
    if (dat != NULL && fclose(dat) != 0)
        die(errno, "%s", datpath);
    if (fflush(stdout) != 0)
        die(errno, "writing the report");
    return 0;
}
