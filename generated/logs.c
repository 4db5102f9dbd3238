#line 7639 "pcall.nw"
/* logs.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "internal.h"
#line 7653 "pcall.nw"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#line 7760 "pcall.nw"
static int wait_writable(int fd, pv_err *err);
#line 8005 "pcall.nw"
static double wall_minus_mono(void);
static int block_sigpipe(sigset_t *saved);
static void unblock_sigpipe(const sigset_t *saved, int was_pending);
#line 7676 "pcall.nw"
static void stamp(char *buf, size_t size, time_t t)
{
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL
        || strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm) == 0)
        snprintf(buf, size, "%lld", (long long)t);
}

void pcall_log(const char *fmt, ...)
{
    char ts[64];
    va_list ap;
    stamp(ts, sizeof ts, time(NULL));
    flockfile(stdout);
    fprintf(stdout, "%s: %%SCRIPT-6-INFO: ", ts);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    fflush(stdout);
    funlockfile(stdout);
}
#line 7717 "pcall.nw"
static int write_all(int fd, const char *b, size_t n, pv_err *err)
{
    while (n > 0) {
        ssize_t r = write(fd, b, n);
        if (r > 0) {
            b += r;
            n -= (size_t)r;
        } else if (r == -1 && errno == EINTR) {
            continue;
        } else if (r == -1 && (errno == EAGAIN
                               || errno == EWOULDBLOCK)) {
            if (wait_writable(fd, err) == -1)
                return -1;
        } else {
            pv_err_set(err, "pcall_logs_merge: write: %s",
                   strerror(r == 0 ? EIO : errno));
            return -1;
        }
    }
    return 0;
}
#line 7746 "pcall.nw"
static int wait_writable(int fd, pv_err *err)
{
    struct pollfd w = { .fd = fd, .events = POLLOUT };
    while (poll(&w, 1, -1) == -1)
        if (errno != EINTR) {
            pv_err_set(err, "pcall_logs_merge: poll: %s",
                       strerror(errno));
            return -1;
        }
    return 0;
}
#line 7764 "pcall.nw"
static int put(int fd, pv_err *err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int put(int fd, pv_err *err, const char *fmt, ...)
{
    va_list ap;
    char small[512], *b = small;
    int n, r;
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return pv_err_set(err, "pcall_logs_merge: bad format"), -1;
    if ((size_t)n >= sizeof small) {
        if ((b = malloc((size_t)n + 1)) == NULL) {
            fprintf(stderr, "pcall: out of memory\n");
            abort();
        }
        va_start(ap, fmt);
        vsnprintf(b, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    r = write_all(fd, b, (size_t)n, err);
    if (b != small)
        free(b);
    return r;
}
#line 7800 "pcall.nw"
static void how_it_ended(const pcall_proc_outcome *o, char *b,
                         size_t size)
{
    char parts[4][64];
    int k = 0, st = o->status;
    if (o->timed_out)
        snprintf(parts[k++], sizeof parts[0], "timed out");
    if (o->terminated)
        snprintf(parts[k++], sizeof parts[0], "terminated");
    if (o->status_lost)
        snprintf(parts[k++], sizeof parts[0], "exit status unknown");
    else if (WIFSIGNALED(st)) {
        const char *abbrev = sigabbrev_np(WTERMSIG(st));
        snprintf(parts[k++], sizeof parts[0], "killed by signal %d%s%s",
                 WTERMSIG(st), abbrev ? ", SIG" : "", abbrev ? abbrev
                 : "");
    } else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
        snprintf(parts[k++], sizeof parts[0], "exited with status %d",
                 WEXITSTATUS(st));
    b[0] = '\0';
    for (int j = 0; j < k; j++)
        snprintf(b + strlen(b), size - strlen(b), "%s%s%s",
                 j ? "; " : " (", parts[j], j == k - 1 ? ")" : "");
}
#line 7838 "pcall.nw"
static int copy_log(const pcall_log_source *p, size_t i, int out,
                    pv_err *err)
{
    char b[65536], last = '\n';
    size_t off = 0;
    ssize_t r;
    pcall_proc_outcome *o = p->outcome(p->set, i);
    if (o->log_errno != 0)
        return put(out, err, "pcall: the output of call %zu was lost: "
                   "%s\n", i, strerror(o->log_errno));
    while ((r = p->read(p->set, i, b, sizeof b, off)) > 0) {
        if (write_all(out, b, (size_t)r, err) == -1)
            return -1;
        off += (size_t)r;
        last = b[r - 1];
    }
    if (r == -1) {
        pv_err_set(err, "pcall_logs_merge: reading the log of call "
                   "%zu: %s", i, strerror(errno));
        return -1;
    }
    return last == '\n' ? 0 : write_all(out, "\n", 1, err);
}
#line 7864 "pcall.nw"
static int merge_one(const pcall_log_source *p, size_t i,
                     const char *name, int out, double wall_minus_mono,
                     pv_err *err)
{
    char begun[64], ended[64], how[300];
    pcall_proc_outcome *o = p->outcome(p->set, i);
    const char *sep = o->where != NULL ? ", " : "";
    const char *at = o->where != NULL ? o->where : "";
    int r;
    stamp(begun, sizeof begun, (time_t)(o->started + wall_minus_mono));
    stamp(ended, sizeof ended, (time_t)(o->ended + wall_minus_mono));
    how_it_ended(o, how, sizeof how);
    r = put(out, err, "%s: %%LOG-6-INFO: >>>> Begin child log "
            "%s:pid-%d%s%s\n", begun, name, (int)o->pid, sep,
            at) == -1
        || copy_log(p, i, out, err) == -1
        || put(out, err, "%s: %%LOG-6-INFO: <<<< End child log "
               "%s:pid-%d%s%s%s\n", ended, name, (int)o->pid, sep, at,
               how) == -1;
    return r ? -1 : 0;
}
#line 7900 "pcall.nw"
int pcall_logs_merge_from(const pcall_log_source *p, const char *name,
                          int out_fd, pv_err *err)
{
    int failed = 0;
    double offset = wall_minus_mono();
    sigset_t saved;
    int pipe_was_pending = block_sigpipe(&saved);
    if (name == NULL)
        name = "pcall";
    for (size_t i = 0; i < p->ncalls; i++) {
        pcall_proc_outcome *o = p->outcome(p->set, i);
        pv_err e = { "" };
        if (o->state != PCALL_PROC_DONE || !o->logged)
            continue;
        if (merge_one(p, i, name, out_fd, offset, &e) == 0)
            o->logged = 0;
        else if (failed++ == 0 && err != NULL)
            *err = e;                   /* the first failure */
    }
    unblock_sigpipe(&saved, pipe_was_pending);
    return failed ? -1 : 0;
}
#line 7928 "pcall.nw"
static pcall_proc_outcome *procs_outcome(void *set, size_t i)
{
    return pcall_procs_outcome(set, i);
}

static ssize_t procs_log_read(void *set, size_t i, void *buf,
                              size_t n, size_t off)
{
    return pcall_procs_log_read(set, i, buf, n, off);
}

int pcall_logs_merge(pcall_procs *p, const char *name, int out_fd,
                     pv_err *err)
{
    pcall_log_source src = { pcall_procs_count(p), procs_outcome,
                             procs_log_read, p };
    return pcall_logs_merge_from(&src, name, out_fd, err);
}
#line 7949 "pcall.nw"
static double wall_minus_mono(void)
{
    struct timespec wall, mono;
    clock_gettime(CLOCK_REALTIME, &wall);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    return (double)(wall.tv_sec - mono.tv_sec)
           + (double)(wall.tv_nsec - mono.tv_nsec) / 1e9;
}
#line 7979 "pcall.nw"
static int block_sigpipe(sigset_t *saved)
{
    sigset_t pipe_only, pending;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, saved);
    sigpending(&pending);
    return sigismember(&pending, SIGPIPE) == 1;
}

static void unblock_sigpipe(const sigset_t *saved, int was_pending)
{
    sigset_t pipe_only, pending;
    static const struct timespec now = { 0, 0 };
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    sigpending(&pending);
    if (!was_pending && sigismember(&pending, SIGPIPE) == 1)
        while (sigtimedwait(&pipe_only, NULL, &now) == -1
               && errno == EINTR)
            ;
    pthread_sigmask(SIG_SETMASK, saved, NULL);
}
