#line 37445 "pcall.nw"
/* mpi-bench.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include "pcall-mpi.h"
#line 37471 "pcall.nw"
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

#line 37501 "pcall.nw"
static const pcall_mpi_target targets[] = {
    { "trivial", trivial }, { "spin", spin }, { "big", big },
};
#line 37512 "pcall.nw"
static double run(pcall_target *t, size_t n, long long arg, int nruns,
                  size_t max)
{
    double best = 1e30;
    pv *one = pv_tuple_new(1), *iargs = pv_tuple_new(n);
    pv_tuple_set(one, 0, pv_int(arg));
    for (size_t i = 0; i < n; i++)
        pv_tuple_set(iargs, i, pv_ref(one));
    for (int r = 0; r < nruns; r++) {
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
#line 37636 "pcall.nw"
enum { MOST_RANKS = 64 };
static pid_t ranks[MOST_RANKS], servers[MOST_RANKS];
static int nranks = -1;             /* -1: not all on this host */

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
#line 37674 "pcall.nw"
static void find_ranks(void)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    pid_t me = getpid(), up = getppid(), pp;
    int n = 0, k = 0;
    double ignored;
    while (d != NULL && (e = readdir(d)) != NULL) {
        pid_t pid = (pid_t)atol(e->d_name);
        if (pid > 0 && pid != me && stat_of(pid, &pp, &ignored) == 0
            && pp == up && n < MOST_RANKS)
            ranks[n++] = pid;
    }
    if (d != NULL)
        rewinddir(d);
    while (d != NULL && (e = readdir(d)) != NULL) {
        pid_t pid = (pid_t)atol(e->d_name);
        if (pid <= 0 || stat_of(pid, &pp, &ignored) < 0)
            continue;
        for (int i = 0; i < n && k < MOST_RANKS; i++)
            if (pp == ranks[i])
                servers[k++] = pid;
    }
    if (d != NULL)
        closedir(d);
    nranks = n == pcall_mpi_servers() && k == n ? n : -1;
}
#line 37704 "pcall.nw"
static double cpu_of(pid_t pid)         /* seconds, or -1 */
{
    clockid_t c;
    struct timespec t;
    if (clock_getcpuclockid(pid, &c) != 0 || clock_gettime(c, &t) < 0)
        return -1;
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double job_cpu(void)     /* seconds, or -1: not all taken */
{
    struct rusage ru;
    double t = cpu_of(getpid()), reaped;
    pid_t pp;
    if (t < 0 || nranks < 0 || getrusage(RUSAGE_CHILDREN, &ru) < 0)
        return -1;
    t += (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6
         + (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec
         / 1e6;
    for (int i = 0; i < nranks; i++) {
        double rank = cpu_of(ranks[i]), server = cpu_of(servers[i]);
        if (rank < 0 || server < 0
            || stat_of(servers[i], &pp, &reaped) < 0)
            return -1;
        t += rank + server + reaped;
    }
    return t;
}
#line 37739 "pcall.nw"
static void measure(size_t n, int nsets, size_t max, double got[2])
{
    double c0 = job_cpu(), t = run(trivial, n, 0, nsets, max);
    double c1 = job_cpu();
    got[0] = t / (double)n * 1e6;
    got[1] = c0 < 0 || c1 < 0 ? -1.0
             : (c1 - c0) / ((double)nsets * (double)n) * 1e6;
}
#line 37793 "pcall.nw"
static struct {                     /* rank 0's arm, or pid 0 */
    pid_t pid;
    int to, from;                   /* set sizes; each set's figures */
} arm;

static int launched_rank(void)      /* before MPI_Init; 0: unknown */
{
    static const char *const names[] = {
        "OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (getenv(names[i]) != NULL)
            return atoi(getenv(names[i]));
    return 0;
}

static int move_all(int fd, void *mem, size_t n, int out)
{
    for (size_t done = 0; done < n; ) {
        ssize_t r = out ? write(fd, (char *)mem + done, n - done)
                        : read(fd, (char *)mem + done, n - done);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        done += (size_t)r;
    }
    return 0;
}
#line 37828 "pcall.nw"
static _Noreturn void be_arm(int in, int out)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n;
    double got[2];
    nranks = 0;                     /* itself and its children */
    while (move_all(in, &n, sizeof n, 0) == 0 && n > 0) {
        measure(n, 1, (size_t)(cores > 0 ? cores : 1), got);
        if (move_all(out, got, sizeof got, 1) < 0)
            _exit(1);
    }
    _exit(0);                       /* rank 0 closed the pipe */
}

static void start_arm(void)
{
    int to[2], from[2];
    if (pipe2(to, O_CLOEXEC) < 0 || pipe2(from, O_CLOEXEC) < 0) {
        perror("mpi-bench: pipe for the local arm");
        exit(1);
    }
    fflush(NULL);
    if ((arm.pid = fork()) < 0) {
        perror("mpi-bench: fork of the local arm");
        exit(1);
    }
    if (arm.pid == 0) {
        close(to[1]);
        close(from[0]);
        be_arm(to[0], from[1]);
    }
    close(to[0]);
    close(from[1]);
    arm.to = to[1];
    arm.from = from[0];
    signal(SIGPIPE, SIG_IGN);       /* an arm gone is told, not fatal */
}

static void stop_arm(void)
{
    if (arm.pid <= 0)
        return;
    close(arm.to);                  /* the arm reads end of file */
    close(arm.from);
    while (waitpid(arm.pid, NULL, 0) < 0 && errno == EINTR)
        ;
    arm.pid = 0;
}
#line 37884 "pcall.nw"
static void hold_ranks(int sig)     /* SIGSTOP, or SIGCONT */
{
    for (int i = 0; i < nranks; i++) {
        kill(ranks[i], sig);
        kill(servers[i], sig);
    }
}

static void local_set(size_t n, double got[2])
{
    int bad;
    errno = 0;
    hold_ranks(SIGSTOP);
    bad = move_all(arm.to, &n, sizeof n, 1) < 0
          || move_all(arm.from, got, 2 * sizeof *got, 0) < 0;
    hold_ranks(SIGCONT);
    if (bad) {
        fprintf(stderr, "mpi-bench: the local arm (pid %d) did not "
                "answer: %s\n", (int)arm.pid,
                errno ? strerror(errno) : "end of file");
        exit(1);
    }
}

static void pairs(const char *label, size_t k, size_t n)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    double l[2], m[2];
    if (arm.pid <= 0 || n == 0) {
        fprintf(stderr, "mpi-bench: --pairs needs a set size and "
                "the local arm, which only rank 0 has\n");
        exit(1);
    }
    local_set(n, l);                /* one of each to warm up */
    measure(n, 1, 0, m);
    for (size_t i = 0; i < k; i++) {
        if (i % 2 == 0)
            local_set(n, l), measure(n, 1, 0, m);
        else
            measure(n, 1, 0, m), local_set(n, l);
        printf("pair local %ld %.1f %.1f %zu\n", cores > 0 ? cores : 1,
               l[0], l[1], n);
        printf("pair %s 0 %.1f %.1f %zu\n", label, m[0], m[1], n);
    }
}
#line 37554 "pcall.nw"
static void rows(const char *label, int capped_too, size_t ntriv)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    for (int capped = 0; capped < 1 + capped_too; capped++) {
        size_t max = capped ? (size_t)(cores > 0 ? cores : 1) : 0;
        double triv[2];
        measure(ntriv, 3, max, triv);
        double cpu = run(spin, 16, 0, 2, max);
        double bigt = run(big, 1, 64LL << 20, 3, max);
        printf("%s %zu %.1f %.1f %.2f %.3f\n", label, max, triv[0],
               triv[1], 16 / cpu, bigt);
    }
}

int main(int argc, char **argv)
{
    pcall_error *err = NULL;
    char label[32];
    const char *slots = getenv("PCALL_MPI_SLOTS");
    long npairs = 0;
    if (argc > 2 && strcmp(argv[argc - 2], "--pairs") == 0) {
        if ((npairs = atol(argv[argc - 1])) <= 0) {
            fprintf(stderr, "mpi-bench: --pairs %s: not a number of "
                    "pairs\n", argv[argc - 1]);
            return 2;
        }
        argv[argc -= 2] = NULL;
    }
    if (argc > 1 && strcmp(argv[1], "--local") == 0) {
        nranks = 0;                 /* itself and its children */
        rows("local", 1, argc > 2 ? (size_t)atol(argv[2]) : 1000);
        return 0;
    }
    if (npairs > 0 && launched_rank() == 0)
        start_arm();                /* before MPI starts */
    int r = pcall_mpi_init(&argc, &argv, targets, 3, &err);
    size_t ntriv = argc > 1 ? (size_t)atol(argv[1]) : 1000;
    if (r < 0) {
        pcall_error_fprint(stderr, err);
        return 1;
    }
    if (r == PCALL_MPI_SERVED)
        return 0;
    find_ranks();
    if (slots != NULL && atoi(slots) > 0)   /* "servers/slots" */
        snprintf(label, sizeof label, "%d/%d", pcall_mpi_servers(),
                 atoi(slots));
    else
        snprintf(label, sizeof label, "%d", pcall_mpi_servers());
    if (npairs > 0)
        pairs(label, (size_t)npairs, ntriv);
    else
        rows(label, pcall_mpi_servers() == 0, ntriv);
    pcall_mpi_finalize();
    stop_arm();
    return 0;
}
