/* fork-floor.c -- the operating system's price of one call.
 *
 * Starter for the exercises of the chapters "Process lifecycle" and
 * "Timeouts": forks N children at once (CONCURRENCY at a time), each
 * sends an 8-byte result through a pipe and exits; the parent reads
 * every result and reaps every child.  This is the floor that pcall's
 * per-call overhead is measured against: time it, then time the same
 * number of calls through pcall, and account for the difference
 * system call by system call (strace -c, perf stat).
 *
 * With PAGES, each child first writes one byte to each of PAGES
 * pages that the parent filled before forking: the slope of the time
 * per call against PAGES is the price of a page copied on write.
 * With HOLD_MB, the parent holds that many MiB of memory it has
 * written, which every fork must map into the child: the slope
 * against HOLD_MB is the price of a bigger parent (chapter
 * "Performance").
 *
 *   build/fork-floor [N [CONCURRENCY [PAGES [HOLD_MB]]]]
 */
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char *pages;             /* PAGES pages, written by each child */
static long npages;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* Start call i: a child that writes i + 1 as its result. */
static pid_t start(long i, int *rfd)
{
    int p[2];
    if (pipe(p) < 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        int64_t r = i + 1;
        for (long k = 0; k < npages; k++)
            pages[k * 4096] = (char)i;      /* one fault each */
        close(p[0]);
        (void)!write(p[1], &r, sizeof r);
        _exit(0);
    }
    close(p[1]);
    if (pid < 0) {
        close(p[0]);
        return -1;
    }
    *rfd = p[0];
    return pid;
}

/* Read call's result to EOF, then reap it. */
static int finish(pid_t pid, int rfd, int64_t *r)
{
    ssize_t n;
    int status;
    while ((n = read(rfd, r, sizeof *r)) < 0 && errno == EINTR)
        ;
    close(rfd);
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return n == (ssize_t)sizeof *r && WIFEXITED(status)
           && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000;
    long conc = argc > 2 ? atol(argv[2]) : 100;
    npages = argc > 3 ? atol(argv[3]) : 0;
    long hold = argc > 4 ? atol(argv[4]) : 0;
    char *held = NULL;
    if (n < 1 || conc < 1 || npages < 0 || hold < 0) {
        fprintf(stderr, "usage: fork-floor [N [CONCURRENCY [PAGES "
                "[HOLD_MB]]]]\n");
        return 2;
    }
    if (hold > 0) {
        held = malloc((size_t)hold << 20);
        if (held == NULL)
            return 1;
        memset(held, 1, (size_t)hold << 20);
    }
    if (npages > 0) {
        pages = malloc((size_t)npages * 4096);
        if (pages == NULL)
            return 1;
        memset(pages, 1, (size_t)npages * 4096);
    }
    pid_t *pid = calloc(conc, sizeof *pid);
    int *fd = calloc(conc, sizeof *fd);
    if (pid == NULL || fd == NULL)
        return 1;
    int64_t sum = 0, r;
    double t0 = now();
    for (long base = 0; base < n; base += conc) {
        long k = n - base < conc ? n - base : conc;
        for (long j = 0; j < k; j++)
            if ((pid[j] = start(base + j, &fd[j])) < 0) {
                perror("fork-floor: start");
                return 1;
            }
        for (long j = 0; j < k; j++) {
            if (finish(pid[j], fd[j], &r) < 0) {
                fprintf(stderr, "fork-floor: call %ld failed\n",
                        base + j);
                return 1;
            }
            sum += r;
        }
    }
    double t = now() - t0;
    printf("%ld calls, %ld at a time, %ld pages, %ld MiB held: %.3f s,"
           " %.1f us per call (sum %lld)\n", n, conc, npages, hold, t,
           t / n * 1e6, (long long)sum);
    free(pid);
    free(fd);
    free(pages);
    free(held);
    return sum == (int64_t)n * (n + 1) / 2 ? 0 : 1;
}
