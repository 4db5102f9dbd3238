#line 1993 "pcall.nw"
/* proc.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "proc.h"
#line 2034 "pcall.nw"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sched.h>
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 5759 "pcall.nw"
#include <math.h>
#include <sched.h>
#include <stdatomic.h>
#include <sys/eventfd.h>
#line 2070 "pcall.nw"
enum phase {
    PHASE_RUN,      /* starting and waiting */
    PHASE_TERM,     /* SIGTERM sent; SIGKILL at kill_at */
    PHASE_KILL      /* SIGKILL sent */
};

enum home {             /* where a call's bytes live */
    IN_MALLOC,          /* malloc'ed (or none: NULL) */
    IN_STORE            /* the store: freed with the set */
};

struct slot {           /* the parent's side of one call */
    int rfd;            /* result pipe, read end; -1: closed */
    int pidfd;          /* -1: none, watch with waitid */
    size_t cap;         /* bytes allocated at outcome.data */
    size_t runpos;      /* index in run[] while RUNNING */
    enum home home;     /* where outcome.data lives */
    int logfd;          /* the captured log, while it runs; or -1 */
    off_t log_off;      /* where the log is kept in the set's spill */
    
#line 3952 "pcall.nw"
pcall_tp_parts *fr;     /* NULL unless a result comes in parts */
#line 2090 "pcall.nw"
    
#line 5563 "pcall.nw"
double deadline;    /* PHASE_RUN: stop it from then on */
int stamp;          /* 0: not seen yet; 1: taken; -1: none */
#line 2091 "pcall.nw"
};
#line 2096 "pcall.nw"
struct pcall_procs {
    pcall_proc_config cfg;
    char *name;             /* copy of cfg.name */
    pcall_proc_outcome *out;
    struct slot *slot;
    size_t room;            /* entries allocated at out and slot */
    size_t next;            /* the next call to start */
    size_t *run;            /* indices of RUNNING calls */
    size_t nrun;
    size_t cap;             /* most RUNNING at once */
    struct pollfd *pfd;     /* 2 * cap */
    size_t *pmap;           /* pfd[k] belongs to call pmap[k] */
    int started, failed, fired;
    int quiet;              /* no on_done: being freed */
    int in_on_done;         /* on_done is running */
    int flush_due;          /* host code ran: streams may hold output */
    enum phase phase;
    double kill_at;         /* PHASE_TERM: when to send SIGKILL */
    int fork_blocked;       /* fork said EAGAIN: wait for a slot */
    double retry_at;        /* ... or until then */
    int no_pidfd;           /* pidfd_open said ENOSYS */
    
#line 5568 "pcall.nw"
double next_deadline;   /* no running call's deadline is earlier */
int overran;            /* a stamp came after its deadline */
#line 2118 "pcall.nw"
    
#line 5752 "pcall.nw"
atomic_int busy;            /* 0, BUSY_SET or BUSY_TERMINATE */
atomic_int term_req;        /* pcall_procs_terminate asked */
atomic_size_t nrun_pub;     /* nrun, for pcall_procs_terminate */
int wakefd;                 /* an eventfd the wait loop polls */
#line 2119 "pcall.nw"
    
#line 2136 "pcall.nw"
pcall_tp_plan plan;         /* how large results travel */
#line 2667 "pcall.nw"
int devnull;                /* read-only: every child's stdin */
int nreset;                 /* how many of reset[] are in use */
int reset[NSIG];            /* signals whose handler to reset */
sigset_t nomask;            /* the children's final signal mask */
#line 2120 "pcall.nw"
    
#line 2130 "pcall.nw"
pcall_tp_store store;       /* small results, and the scratch buffer */
int spill;                  /* every nonempty log, or -1 */
off_t spill_len;            /* bytes in it */
#line 2121 "pcall.nw"
};
#line 2232 "pcall.nw"
static void release_data(pcall_procs *p, size_t i);
#line 2431 "pcall.nw"
static int start_set(pcall_procs *p, pv_err *err);
static int start_pending(pcall_procs *p, pv_err *err);
static int fail(pcall_procs *p);
static int begin_termination(pcall_procs *p, double now);
#line 2494 "pcall.nw"
static int start_one(pcall_procs *p, size_t i, pv_err *err);
#line 2608 "pcall.nw"
static int open_log(int append);
static void run_child(pcall_procs *p, size_t i, const int fd[2],
                      pid_t parent, int stdin_used, int deathsig)
    __attribute__((noreturn));
#line 2648 "pcall.nw"
static int sys_pidfd_open(pid_t pid);
static int open_pidfd(pcall_procs *p, pid_t pid);
#line 2713 "pcall.nw"
static int plan_children(pcall_procs *p, pv_err *err);
#line 2810 "pcall.nw"
static void reset_signals(const pcall_procs *p);
static int place_fds(int wfd, int logfd, int devnull);
#line 2877 "pcall.nw"
static int watch_parent(pid_t parent, int sig);
#line 2989 "pcall.nw"
static int enter_pid_namespace(void);
static int probe_pid_namespace(pv_err *err);
static void relay_namespace(pcall_procs *p, size_t i)
    __attribute__((noreturn));
#line 3061 "pcall.nw"
static void probe_in_child(int fd) __attribute__((noreturn));
#line 3142 "pcall.nw"
static void run_init(pcall_procs *p, size_t i, const int sv[2])
    __attribute__((noreturn));
static void relay_end(int status) __attribute__((noreturn));
#line 3273 "pcall.nw"
static void close_from(int low);
static void close_span(int low, int high);
static void close_except(int low, const int keep[3]);
#line 3464 "pcall.nw"
static void collect_log(pcall_procs *p, size_t i);
static int copy_log(int in, int out, off_t at, size_t n,
                    unsigned char *buf);
static ssize_t copy_by_hand(int in, off_t *from, int out, off_t *at,
                            size_t n, unsigned char *buf);
#line 3637 "pcall.nw"
static void make_pending(pcall_procs *p, size_t from, size_t to);
static void grow_calls(pcall_procs *p, size_t room);
static void widen_cap(pcall_procs *p);

#line 3642 "pcall.nw"
static int run_loop(pcall_procs *p, int block, pv_err *err);
#line 3695 "pcall.nw"
static size_t fill_pollfds(pcall_procs *p);
static void service(pcall_procs *p, size_t nfds);
static void read_result(pcall_procs *p, size_t i, size_t limit);
static void watch_without_pidfd(pcall_procs *p);
static void enforce_deadlines(pcall_procs *p, double now);
static int poll_ms(pcall_procs *p, double now);
#line 3855 "pcall.nw"
static size_t read_room(pcall_procs *p, size_t i, unsigned char **to);
static int took(pcall_procs *p, size_t i, size_t n,
                const unsigned char *to);
#line 3894 "pcall.nw"
static void append(pcall_procs *p, size_t i, size_t n);
static void reap(pcall_procs *p, size_t i);
#line 3936 "pcall.nw"
static void keep_large(pcall_procs *p, size_t i, pcall_tp_large *got);
static void close_result_pipe(struct slot *s);
static void large_failed(pcall_procs *p, size_t i, int e);
static int take_large(pcall_procs *p, size_t i);
static int start_parts(pcall_procs *p, size_t i);
static void end_parts(pcall_procs *p, size_t i);
#line 5266 "pcall.nw"
static int signal_call(pcall_procs *p, size_t i, int sig);
#line 5369 "pcall.nw"
static void kill_the_rest(pcall_procs *p);
#line 5690 "pcall.nw"
static void set_deadline(pcall_procs *p, size_t i, double from);
static int take_stamp(pcall_procs *p, size_t i);
static void call_finished(pcall_procs *p, size_t i, double t);
static int has_exited(const pcall_procs *p, size_t i);
static int past_deadline(pcall_procs *p, size_t i, double now);
#line 5864 "pcall.nw"
static int take_set(pcall_procs *p, int who);
static int enter(pcall_procs *p);
static void leave(pcall_procs *p, int entered);
static int take_request(pcall_procs *p);
static int open_wakefd(pcall_procs *p, pv_err *err);
static void drain_wakefd(pcall_procs *p);
#line 2337 "pcall.nw"
enum {
    FD_PER_CHILD = 2,   /* result pipe's read end, pidfd; +1: log */
    FD_TRANSIENT = 2,   /* write end and log file, during a fork */
    FD_RESERVE = 16,    /* left to the host program */
    NPROC_RESERVE = 8   /* processes left to the host's user */
};
#line 2643 "pcall.nw"
pid_t (*pcall_proc_fork_fn)(void) = fork;
int (*pcall_proc_pidfd_fn)(pid_t pid) = sys_pidfd_open;
#line 2872 "pcall.nw"
#define PARENT_GONE_SIGNAL (SIGRTMAX - 1)
static pid_t watched_parent;            /* in a child: the host */
#line 2985 "pcall.nw"
int (*pcall_proc_unshare_fn)(int flags) = unshare;
#line 3772 "pcall.nw"
enum {
    READ_MIN = 4096,            /* least room offered to read() */
    READ_BOUND = 1 << 20        /* then let the others have a turn */
};
#line 4114 "pcall.nw"
static const double WATCH_PERIOD = 0.02; /* seconds, without pidfd */
#line 5766 "pcall.nw"
enum { BUSY_SET = 1, BUSY_TERMINATE = 2 };   /* who holds the set */
#line 2144 "pcall.nw"
static double now_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *xrealloc(void *q, size_t n)
{
    void *r = realloc(q, n ? n : 1);
    if (r == NULL) {
        fprintf(stderr, "pcall: out of memory (%zu bytes)\n", n);
        abort();
    }
    return r;
}
#line 2163 "pcall.nw"
static void *xcalloc(size_t n, size_t size)
{
    void *r = calloc(n ? n : 1, size ? size : 1);
    if (r == NULL) {
        fprintf(stderr, "pcall: out of memory (%zu x %zu bytes)\n",
                n, size);
        abort();
    }
    return r;
}
#line 2182 "pcall.nw"
pcall_procs *pcall_procs_new(const pcall_proc_config *cfg,
                             pv_err *err)
{
    pcall_procs *p;
    size_t n;
    if (cfg == NULL || cfg->body == NULL) {
        pv_err_set(err, "pcall_procs_new: %s", cfg == NULL
               ? "no configuration" : "no body to run");
        return NULL;
    }
    if (cfg->pid_namespace && probe_pid_namespace(err) == -1)
        return NULL;
    n = cfg->ncalls;
    p = xcalloc(1, sizeof *p);
    p->cfg = *cfg;
    if (!(p->cfg.grace > 0))        /* also NaN */
        p->cfg.grace = 1.0;
    if (!(p->cfg.timeout > 0))
        p->cfg.timeout = 0;
    p->name = strdup(cfg->name ? cfg->name : "call");
    p->out = pcall_tp_private_calloc(n, sizeof *p->out);
    p->slot = pcall_tp_private_calloc(n, sizeof *p->slot);
    p->room = n;
    make_pending(p, 0, n);
    p->phase = PHASE_RUN;
    p->next_deadline = INFINITY;
    p->devnull = p->spill = p->wakefd = -1;
    p->plan.large_min = SIZE_MAX;
    return p;
}

static void make_pending(pcall_procs *p, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        p->out[i].state = PCALL_PROC_PENDING;
        p->slot[i].rfd = p->slot[i].pidfd = p->slot[i].logfd = -1;
    }
}
#line 2236 "pcall.nw"
size_t pcall_procs_count(const pcall_procs *p)
{
    return p->cfg.ncalls;
}

pcall_proc_outcome *pcall_procs_outcome(pcall_procs *p, size_t i)
{
    if (i >= p->cfg.ncalls) {
        fprintf(stderr, "pcall_procs_outcome: index %zu out of range "
                "(%zu calls)\n", i, p->cfg.ncalls);
        abort();
    }
    return &p->out[i];
}

void pcall_procs_drop_data(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = pcall_procs_outcome(p, i);
    if (o->state == PCALL_PROC_PENDING
        || o->state == PCALL_PROC_RUNNING) {
        fprintf(stderr, "pcall_procs_drop_data: call %zu has not "
                "ended\n", i);
        abort();
    }
    release_data(p, i);
}

static void release_data(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct slot *s = &p->slot[i];
    if (s->home == IN_MALLOC)
        free(o->data);
    for (size_t k = 0; k < o->noob; k++)
        pv_free(o->oob[k]);
    free(o->oob);
    pcall_tp_parts_free(s->fr); /* a result cut short */
    s->fr = NULL;
    o->data = NULL;
    o->len = 0;
    o->oob = NULL;
    o->noob = 0;
    s->cap = 0;
    s->home = IN_MALLOC;
}

size_t pcall_procs_max_running(const pcall_procs *p)
{
    return p->cap;
}

int pcall_procs_timeout_fired(const pcall_procs *p)
{
    return p->fired;
}
#line 2303 "pcall.nw"
size_t pcall_procs_living(pcall_procs *p, pid_t *out, size_t max)
{
    size_t k = 0;
    int entered = enter(p);
    for (size_t i = 0; i < p->cfg.ncalls; i++)
        if (p->out[i].state == PCALL_PROC_RUNNING
            && !has_exited(p, i)) {
            if (out != NULL && k < max)
                out[k] = p->out[i].pid;
            k++;
        }
    leave(p, entered);
    return k;
}

size_t pcall_procs_pids(const pcall_procs *p, pid_t *out, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < p->cfg.ncalls; i++)
        if (p->out[i].pid > 0) {
            if (out != NULL && k < max)
                out[k] = p->out[i].pid;
            k++;
        }
    return k;
}
#line 2346 "pcall.nw"
static size_t count_open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    size_t n = 0;
    if (d == NULL) {
        /* no /proc: ask every descriptor below a bound */
        for (int fd = 0; fd < 4096; fd++)
            if (fcntl(fd, F_GETFD) != -1)
                n++;
        return n;
    }
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n > 0 ? n - 1 : 0;   /* not the directory's own */
}
#line 2367 "pcall.nw"
static size_t procs_cap(const pcall_proc_config *cfg)
{
    size_t cap = cfg->ncalls > 0 ? cfg->ncalls : 1;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0
        && rl.rlim_cur != RLIM_INFINITY) {
        size_t lim = (size_t)rl.rlim_cur;
        size_t used = count_open_fds() + FD_TRANSIENT + FD_RESERVE;
        size_t per = FD_PER_CHILD + (cfg->capture != 0);
        size_t n = lim > used ? (lim - used) / per : 0;
        if (n < cap)
            cap = n > 0 ? n : 1;
    }
    if (getrlimit(RLIMIT_NPROC, &rl) == 0
        && rl.rlim_cur != RLIM_INFINITY) {
        size_t lim = (size_t)rl.rlim_cur;
        size_t n = lim > NPROC_RESERVE ? lim - NPROC_RESERVE : 1;
        if (n < cap)
            cap = n;
    }
    if (cfg->max_procs > 0 && cfg->max_procs < cap)
        cap = cfg->max_procs;
    return cap;
}
#line 2400 "pcall.nw"
int pcall_procs_start(pcall_procs *p, pv_err *err)
{
    int entered = enter(p), r = start_set(p, err);
    leave(p, entered);
    return r;
}

static int start_set(pcall_procs *p, pv_err *err)
{
    if (p->started && p->failed)
        pv_err_set(err, "pcall: an earlier error stopped these calls");
    if (p->started)
        return p->failed ? -1 : 0;
    p->started = 1;
    if (plan_children(p, err) == -1 || open_wakefd(p, err) == -1)
        return fail(p);
    pcall_tp_plan_make(&p->plan, !p->cfg.pid_namespace);
    p->cap = procs_cap(&p->cfg);
    pcall_tp_store_open(&p->store);
    p->run = pcall_tp_private_calloc(p->cap, sizeof *p->run);
    p->pfd = pcall_tp_private_calloc(2 * p->cap + 1, sizeof *p->pfd);
    p->pmap = pcall_tp_private_calloc(2 * p->cap + 1,
                                      sizeof *p->pmap);
    p->flush_due = !p->cfg.host_quiet;
    if (start_pending(p, err) == -1)
        return fail(p);
    return 0;
}
#line 2458 "pcall.nw"
static int start_pending(pcall_procs *p, pv_err *err)
{
    pv_err why;
    if (p->fork_blocked && now_mono() >= p->retry_at)
        p->fork_blocked = 0;
    while (p->phase == PHASE_RUN && p->next < p->cfg.ncalls
           && p->nrun < p->cap && !p->fork_blocked) {
        int r;
        
#line 5717 "pcall.nw"
take_request(p);
if (p->next_deadline <= now_mono())
    enforce_deadlines(p, now_mono());
#line 2467 "pcall.nw"
        if (p->phase != PHASE_RUN)
            break;
        
#line 2487 "pcall.nw"
if (p->flush_due) {
    fflush(NULL);       /* or children print it again */
    p->flush_due = 0;
}
#line 2470 "pcall.nw"
        r = start_one(p, p->next, &why);
        if (r == 0) {
            p->next++;
        } else if (r == 1 && p->nrun > 0) {
            p->fork_blocked = 1;    /* until a slot frees */
            p->retry_at = now_mono() + 0.1;
        } else {
            if (err != NULL)
                *err = why;
            return -1;
        }
    }
    return 0;
}
#line 2498 "pcall.nw"
static int start_failed(size_t i, const char *what, int e,
                        pv_err *err)
{
    pv_err_set(err, "pcall: cannot start call %zu: %s: %s", i, what,
           strerror(e));
    errno = e;
    return e == EAGAIN || e == ENOMEM || e == EMFILE || e == ENFILE
           ? 1 : -1;
}
#line 2518 "pcall.nw"
static int start_one(pcall_procs *p, size_t i, pv_err *err)
{
    int fds[2], logfd = -1, e = 0;
    int stdin_used = __fbufsize(stdin) > 0;
    sigset_t all, old;
    pid_t pid, parent = getpid();
    double t0;
    int deathsig = gettid() == parent ? SIGKILL : PARENT_GONE_SIGNAL;
    
#line 2539 "pcall.nw"
if (pipe2(fds, O_CLOEXEC) == -1)
    return start_failed(i, "pipe", errno, err);
if (p->cfg.capture && (logfd = open_log(1)) == -1) {
    e = errno;
    close(fds[0]);
    close(fds[1]);
    return start_failed(i, "creating its log file", e, err);
}
#line 2527 "pcall.nw"
    
#line 2559 "pcall.nw"
if (pcall_tp_child_plan == NULL)
    pcall_tp_child_plan = &p->plan;     /* see "Whether to" */
sigfillset(&all);
sigprocmask(SIG_SETMASK, &all, &old);
t0 = now_mono();            /* before: the child may end first */
pid = pcall_proc_fork_fn();
if (pid == 0)
    run_child(p, i, (int[]){ fds[1], logfd }, parent, stdin_used,
              deathsig);
e = errno;
sigprocmask(SIG_SETMASK, &old, NULL);
#line 2528 "pcall.nw"
    
#line 2577 "pcall.nw"
close(fds[1]);
if (pid == -1) {
    close(fds[0]);
    if (logfd != -1)
        close(logfd);
    return start_failed(i, "fork", e, err);
}
#line 2529 "pcall.nw"
    
#line 2593 "pcall.nw"
setpgid(pid, pid);          /* the child does it too: no race */
fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
p->slot[i].rfd = fds[0];
p->slot[i].logfd = logfd;
p->slot[i].pidfd = open_pidfd(p, pid);
p->out[i].state = PCALL_PROC_RUNNING;
p->out[i].pid = pid;
p->out[i].started = t0;
set_deadline(p, i, t0);
p->slot[i].runpos = p->nrun;
p->run[p->nrun++] = i;
atomic_store(&p->nrun_pub, p->nrun);
#line 2530 "pcall.nw"
    return 0;
}
#line 2615 "pcall.nw"
static int sys_pidfd_open(pid_t pid)
{
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

static int open_pidfd(pcall_procs *p, pid_t pid)
{
    static int kernel_lacks_it;     /* it will not gain it later */
    int fd;
    if (p->no_pidfd || kernel_lacks_it)
        return -1;
    fd = pcall_proc_pidfd_fn(pid);
    if (fd == -1 && errno == ENOSYS) {
        p->no_pidfd = 1;
        if (pcall_proc_pidfd_fn == sys_pidfd_open)
            kernel_lacks_it = 1;
    }
    return fd;      /* -1: watch this child with waitid instead */
}
#line 2684 "pcall.nw"
static int plan_children(pcall_procs *p, pv_err *err)
{
    struct sigaction old;
    p->devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (p->devnull == -1) {
        pv_err_set(err, "pcall: cannot open /dev/null for the "
                   "children's input: %s", strerror(errno));
        return -1;
    }
    p->nreset = 0;
    for (int s = 1; s < NSIG; s++) {
        if (s == SIGKILL || s == SIGSTOP
            || sigaction(s, NULL, &old) == -1)
            continue;           /* reserved by the C library */
        if (old.sa_flags & SA_SIGINFO)
            ;                   /* a handler: reset it */
        else if (old.sa_handler == SIG_DFL
                 && !(old.sa_flags & SA_NOCLDWAIT))
            continue;
        else if (s == SIGPIPE && old.sa_handler == SIG_IGN)
            continue;           /* kept: see the text */
        p->reset[p->nreset++] = s;
    }
    sigemptyset(&p->nomask);
    return 0;
}
#line 2749 "pcall.nw"
static void run_child(pcall_procs *p, size_t i, const int fd[2],
                      pid_t parent, int stdin_used, int deathsig)
{
    int status;
    if (pcall_tp_child_plan != &p->plan)
        pcall_tp_child_plan = &p->plan;     /* see "Whether to" */
    reset_signals(p);
    if (watch_parent(parent, deathsig) == -1)
        _exit(127);             /* the parent is already gone */
    setpgid(0, 0);
    if (place_fds(fd[0], fd[1], p->devnull) == -1) {
        static const char m[] = "pcall: child setup failed\n";
        (void)!write(2, m, sizeof m - 1);
        _exit(127);
    }
    if (stdin_used) {           /* the parent's unread input */
        __fpurge(stdin);
        clearerr(stdin);
    }
    
#line 2780 "pcall.nw"
if (fd[1] != -1)            /* keep the order of the lines */
    setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
#line 2769 "pcall.nw"
    if (p->cfg.pid_namespace)
        relay_namespace(p, i);  /* never returns */
    sigprocmask(SIG_SETMASK, &p->nomask, NULL);
    
#line 2785 "pcall.nw"
status = p->cfg.body(i, p->cfg.arg, PCALL_PROC_RESULT_FD);
fflush(NULL);
_exit(status);
#line 2773 "pcall.nw"
}
#line 2815 "pcall.nw"
static void reset_signals(const pcall_procs *p)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    dfl.sa_mask = p->nomask;
    for (int k = 0; k < p->nreset; k++)
        sigaction(p->reset[k], &dfl, NULL);
}
#line 2881 "pcall.nw"
static void on_parent_gone(int sig)
{
    int e = errno;
    (void)sig;
    if (getppid() != watched_parent)
        kill(getpid(), SIGKILL);        /* the host process is gone */
    errno = e;
}

static int watch_parent(pid_t parent, int sig)
{
    if (sig != SIGKILL) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_parent_gone;
        sa.sa_flags = SA_RESTART;
        sigfillset(&sa.sa_mask);
        watched_parent = parent;
        sigaction(sig, &sa, NULL);
    }
    if (prctl(PR_SET_PDEATHSIG, sig) == 0 && getppid() != parent)
        return -1;                      /* adopted already */
    return 0;
}
#line 2996 "pcall.nw"
static int write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC), ok;
    if (fd == -1)
        return -1;
    ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
    close(fd);
    return ok ? 0 : -1;
}

static int enter_pid_namespace(void)
{
    char map[64];
    uid_t uid = geteuid();
    gid_t gid = getegid();
    if (pcall_proc_unshare_fn(CLONE_NEWPID) == 0)
        return 0;
    if (errno != EPERM || uid == 0
        || pcall_proc_unshare_fn(CLONE_NEWUSER | CLONE_NEWPID) == -1)
        return -1;
    snprintf(map, sizeof map, "%u %u 1", (unsigned)uid, (unsigned)uid);
    if (write_file("/proc/self/uid_map", map) == -1
        || write_file("/proc/self/setgroups", "deny") == -1)
        return -1;
    snprintf(map, sizeof map, "%u %u 1", (unsigned)gid, (unsigned)gid);
    return write_file("/proc/self/gid_map", map);
}
#line 3031 "pcall.nw"
static int probe_pid_namespace(pv_err *err)
{
    static int known_good;          /* the kernel will not change */
    int fd[2], e = 0, st;
    sigset_t all, old;
    pid_t pid;
    if (known_good && pcall_proc_unshare_fn == unshare)
        return 0;
    if (pipe2(fd, O_CLOEXEC) == -1)
        return pv_err_set(err, "pcall: pipe: %s", strerror(errno)), -1;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &old);
    if ((pid = fork()) == 0)
        probe_in_child(fd[1]);
    e = pid == -1 ? errno : 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
    close(fd[1]);
    if (pid != -1 && read(fd[0], &e, sizeof e) != sizeof e)
        e = EIO;
    close(fd[0]);
    while (pid != -1 && waitpid(pid, &st, 0) == -1 && errno == EINTR)
        ;
    if (e == 0)
        return known_good = pcall_proc_unshare_fn == unshare, 0;
    
#line 3081 "pcall.nw"
pv_err_set(err, "pcall: cannot run the calls in a PID namespace "
           "(.pid_namespace): unshare(CLONE_NEWPID): %s: %s",
           strerror(e), e == EPERM
           ? "it needs CAP_SYS_ADMIN, or unprivileged user namespaces"
             " (sysctl user.max_user_namespaces > 0, and "
             "kernel.unprivileged_userns_clone = 1 where it exists)"
           : e == EINVAL ? "this kernel has no PID namespaces "
             "(CONFIG_PID_NS)"
           : e == ENOSPC ? "too many namespaces (sysctl "
             "user.max_pid_namespaces, user.max_user_namespaces)"
           : "the kernel refused it");
#line 3056 "pcall.nw"
    return -1;
}
#line 3065 "pcall.nw"
static void probe_in_child(int fd)
{
    pid_t init = -1;
    int e = enter_pid_namespace() == -1 ? errno : 0, st;
    if (e == 0 && (init = fork()) == 0)
        _exit(0);                   /* the namespace's init */
    if (e == 0 && init == -1)
        e = errno;
    else if (e == 0)
        waitpid(init, &st, 0);
    (void)!write(fd, &e, sizeof e);
    _exit(0);
}
#line 3101 "pcall.nw"
static void relay_namespace(pcall_procs *p, size_t i)
{
    int sv[2], st = 0, w = 0;
    pid_t init;
    ssize_t got;
    if (enter_pid_namespace() == -1
        || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == -1
        || (init = fork()) == -1) {
        static const char m[] = "pcall: cannot enter a PID namespace\n";
        (void)!write(2, m, sizeof m - 1);
        _exit(127);
    }
    if (init == 0)
        run_init(p, i, sv);
    close(sv[1]);
    
#line 3127 "pcall.nw"
{
    sigset_t s;
    sigfillset(&s);
    sigdelset(&s, PARENT_GONE_SIGNAL);
    sigprocmask(SIG_SETMASK, &s, NULL);
}
#line 3117 "pcall.nw"
    do
        got = read(sv[0], &st, sizeof st);
    while (got == -1 && errno == EINTR);
    while (waitpid(init, &w, 0) == -1 && errno == EINTR)
        ;
    relay_end(got == sizeof st ? st : w);
}
#line 3148 "pcall.nw"
static void relay_end(int status)
{
    sigset_t s;
    struct rlimit no_core = { 0, 0 };
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (sig == 0)
        _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 127);
    setrlimit(RLIMIT_CORE, &no_core);
    signal(sig, SIG_DFL);
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    kill(getpid(), sig);
    _exit(128 + sig);
}
#line 3173 "pcall.nw"
static void run_init(pcall_procs *p, size_t i, const int sv[2])
{
    struct pollfd relay = { .fd = sv[1], .events = POLLIN };
    pid_t body, r;
    int st = 0;
    close(sv[0]);
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) == -1
        || poll(&relay, 1, 0) != 0 || (body = fork()) == -1)
        _exit(127);
    if (body == 0) {
        close(sv[1]);
        sigprocmask(SIG_SETMASK, &p->nomask, NULL);
        st = p->cfg.body(i, p->cfg.arg, PCALL_PROC_RESULT_FD);
        fflush(NULL);
        _exit(st);
    }
    do
        r = wait(&st);
    while (r != body && (r != -1 || errno == EINTR));
    (void)!write(sv[1], &st, sizeof st);
    _exit(0);
}
#line 3228 "pcall.nw"
static int place_fds(int wfd, int logfd, int devnull)
{
    
#line 3235 "pcall.nw"
int w, l = -1;
close_except(3, (int[]){ wfd, logfd, devnull });  /* make room */
if ((w = fcntl(wfd, F_DUPFD, 3)) == -1)
    return -1;
if (logfd != -1 && (l = fcntl(logfd, F_DUPFD, 3)) == -1)
    return -1;
if (devnull == 0 ? fcntl(0, F_SETFD, 0) == -1      /* inherit it */
    : dup2(devnull, 0) == -1)
    return -1;
#line 3258 "pcall.nw"
if (l != -1 && (dup2(l, 1) == -1 || dup2(l, 2) == -1))
    return -1;
if (l == -1 && (wfd == 1 || wfd == 2) && dup2(0, wfd) == -1)
    return -1;                      /* not into the result */
#line 3245 "pcall.nw"
if (w != PCALL_PROC_RESULT_FD
    && dup2(w, PCALL_PROC_RESULT_FD) == -1)
    return -1;
fcntl(PCALL_PROC_RESULT_FD, F_SETFD, FD_CLOEXEC);
close_from(PCALL_PROC_RESULT_FD + 1);
return 0;
#line 3231 "pcall.nw"
}
#line 3284 "pcall.nw"
static void close_from(int low)
{
    close_span(low, INT_MAX);
}

static void close_span(int low, int high)
{
    struct rlimit rl;
    int max = 4096;
    if (low > high)
        return;
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned)low, (unsigned)high, 0)
        == 0)
        return;
#endif
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
        max = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > INT_MAX
              ? INT_MAX : (int)rl.rlim_cur;
    for (int fd = low; fd < max && fd <= high; fd++)
        close(fd);
}

static void close_except(int low, const int keep[3])
{
    int k[3] = { keep[0], keep[1], keep[2] }, from = low;
    for (int a = 0; a < 3; a++)             /* sort the three */
        for (int b = a + 1; b < 3; b++)
            if (k[b] < k[a]) {
                int t = k[a];
                k[a] = k[b];
                k[b] = t;
            }
    for (int j = 0; j < 3; j++)
        if (k[j] >= from) {
            close_span(from, k[j] - 1);
            from = k[j] + 1;
        }
    close_from(from);
}
#line 3355 "pcall.nw"
static int open_log(int append)
{
    
#line 3362 "pcall.nw"
const char *dir = getenv("TMPDIR");
int flags = O_CLOEXEC | (append ? O_APPEND : 0), fd, e;
char *t;
if (dir == NULL || dir[0] == '\0')
    dir = "/tmp";
fd = open(dir, O_TMPFILE | O_RDWR | flags, 0600);
if (fd != -1 || (errno != EOPNOTSUPP && errno != EISDIR
                 && errno != EINVAL))
    return fd;
t = xcalloc(strlen(dir) + 32, 1);
sprintf(t, "%s/pcall-XXXXXX", dir);
fd = mkostemp(t, flags);
e = errno;
if (fd != -1)
    unlink(t);              /* keep only the descriptor */
free(t);
errno = e;
return fd;
#line 3358 "pcall.nw"
}
#line 3400 "pcall.nw"
static void collect_log(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct slot *s = &p->slot[i];
    struct stat st;
    o->logged = 1;
    if (fstat(s->logfd, &st) == -1)
        o->log_errno = errno;
    else if (st.st_size > 0) {
        if (p->spill == -1 && (p->spill = open_log(0)) == -1)
            o->log_errno = errno;
        else if (copy_log(s->logfd, p->spill, p->spill_len,
                          (size_t)st.st_size, p->store.scratch) == -1)
            o->log_errno = errno;
        else {
            s->log_off = p->spill_len;
            o->log_len = (size_t)st.st_size;
            p->spill_len += st.st_size;
        }
    }
    close(s->logfd);
    s->logfd = -1;
}
#line 3426 "pcall.nw"
static int copy_log(int in, int out, off_t at, size_t n,
                    unsigned char *buf)
{
    off_t from = 0;
    while (n > 0) {
        ssize_t r = copy_file_range(in, &from, out, &at, n, 0);
        if (r == -1 && (errno == EXDEV || errno == ENOSYS
                        || errno == EINVAL || errno == EOPNOTSUPP))
            r = copy_by_hand(in, &from, out, &at, n, buf);
        if (r == -1 && errno == EINTR)
            continue;
        if (r <= 0) {
            errno = r == 0 ? EIO : errno;   /* file shrank */
            return -1;
        }
        n -= (size_t)r;
    }
    return 0;
}

static ssize_t copy_by_hand(int in, off_t *from, int out, off_t *at,
                            size_t n, unsigned char *buf)
{
    size_t room = n < PCALL_TP_SCRATCH ? n : PCALL_TP_SCRATCH;
    ssize_t r = pread(in, buf, room, *from);
    if (r <= 0)
        return r;
    for (ssize_t w, done = 0; done < r; done += w)
        if ((w = pwrite(out, buf + done, (size_t)(r - done),
                        *at + done)) <= 0)
            return w == 0 ? (errno = EIO, -1) : -1;
    *from += r;
    *at += r;
    return r;
}
#line 3476 "pcall.nw"
ssize_t pcall_procs_log_read(pcall_procs *p, size_t i, void *buf,
                             size_t n, size_t off)
{
    pcall_proc_outcome *o = pcall_procs_outcome(p, i);
    ssize_t r;
    if (!o->logged || off >= o->log_len)
        return 0;
    if (n > o->log_len - off)
        n = o->log_len - off;
    do
        r = pread(p->spill, buf, n, p->slot[i].log_off + (off_t)off);
    while (r == -1 && errno == EINTR);
    return r;
}
#line 3506 "pcall.nw"
static void not_in_on_done(const pcall_procs *p, const char *fn)
{
    if (p->in_on_done) {
        fprintf(stderr, "%s: called from on_done\n", fn);
        abort();
    }
}

static int ready_to_wait(pcall_procs *p, const char *fn, pv_err *err)
{
    not_in_on_done(p, fn);
    if (!p->started && start_set(p, err) == -1)
        return -1;
    if (p->failed) {
        pv_err_set(err, "pcall: an earlier error stopped these calls");
        return -1;
    }
    return 0;
}
#line 3528 "pcall.nw"
int pcall_procs_wait(pcall_procs *p, pv_err *err)
{
    int entered = enter(p), r = -1;
    if (ready_to_wait(p, "pcall_procs_wait", err) == 0
        && run_loop(p, 1, err) == 0)
        r = p->fired;
    leave(p, entered);
    return r;
}

int pcall_procs_poll(pcall_procs *p, pv_err *err)
{
    int entered = enter(p), r = -1;
    if (ready_to_wait(p, "pcall_procs_poll", err) == 0
        && run_loop(p, 0, err) == 0)
        r = (int)(p->nrun + (p->cfg.ncalls - p->next));
    leave(p, entered);
    return r;
}
#line 3554 "pcall.nw"
size_t pcall_procs_pollfds(pcall_procs *p, struct pollfd *out,
                           size_t max, int *ms)
{
    size_t n = 0;
    int entered = enter(p);
    if (ms != NULL)
        *ms = -1;
    if (p->started && !p->failed) {
        n = fill_pollfds(p);
        if (max > 0)
            memcpy(out, p->pfd, (n < max ? n : max) * sizeof *out);
        if (ms != NULL)
            *ms = poll_ms(p, now_mono());
    }
    leave(p, entered);
    return n;
}
#line 3587 "pcall.nw"
int pcall_procs_add(pcall_procs *p, size_t n, pv_err *err)
{
    int entered = enter(p), r = -1;
    size_t total = p->cfg.ncalls + n;
    not_in_on_done(p, "pcall_procs_add");
    if (p->failed || p->phase != PHASE_RUN
        || atomic_load(&p->term_req))
        pv_err_set(err, "pcall_procs_add: the set was %s; it takes "
                   "no more calls", p->failed ? "stopped by an error"
                   : "terminated");
    else if (total < n)
        pv_err_set(err, "pcall_procs_add: %zu calls are too many", n);
    else {
        if (total > p->room)
            grow_calls(p, total > 2 * p->room ? total : 2 * p->room);
        make_pending(p, p->cfg.ncalls, total);
        p->cfg.ncalls = total;
        if (p->started && p->cap < total
            && (p->cfg.max_procs == 0 || p->cap < p->cfg.max_procs))
            widen_cap(p);
        r = 0;
    }
    leave(p, entered);
    return r;
}

static void grow_calls(pcall_procs *p, size_t room)
{
    p->out = pcall_tp_private_regrow(p->out, p->room, room,
                                     sizeof *p->out);
    p->slot = pcall_tp_private_regrow(p->slot, p->room, room,
                                      sizeof *p->slot);
    p->room = room;
}

static void widen_cap(pcall_procs *p)
{
    size_t cap = procs_cap(&p->cfg), old = p->cap;
    if (cap <= old)
        return;
    p->run = pcall_tp_private_regrow(p->run, old, cap, sizeof *p->run);
    p->pfd = pcall_tp_private_regrow(p->pfd, 2 * old + 1, 2 * cap + 1,
                                     sizeof *p->pfd);
    p->pmap = pcall_tp_private_regrow(p->pmap, 2 * old + 1,
                                      2 * cap + 1, sizeof *p->pmap);
    p->cap = cap;
}
#line 3646 "pcall.nw"
static int run_loop(pcall_procs *p, int block, pv_err *err)
{
    p->flush_due = !p->cfg.host_quiet;  /* the host ran since */
    for (;;) {
        double now;
        size_t nfds;
        int n;
        
#line 3667 "pcall.nw"
take_request(p);            /* pcall_procs_terminate */
if (start_pending(p, err) == -1)
    return fail(p);
if (p->nrun == 0)
    return 0;
#line 3654 "pcall.nw"
        
#line 3678 "pcall.nw"
now = now_mono();
nfds = fill_pollfds(p);
n = poll(p->pfd, nfds, block ? poll_ms(p, now) : 0);
if (n == -1 && errno != EINTR) {
    pv_err_set(err, "pcall: poll: %s", strerror(errno));
    return fail(p);
}
#line 3655 "pcall.nw"
        
#line 3688 "pcall.nw"
if (n > 0)
    service(p, nfds);
watch_without_pidfd(p);
enforce_deadlines(p, now_mono());   /* the ended are reaped */
#line 3656 "pcall.nw"
        if (!block)
            return start_pending(p, err) == -1 ? fail(p) : 0;
    }
}
#line 3710 "pcall.nw"
static size_t fill_pollfds(pcall_procs *p)
{
    size_t k = 0;
    for (size_t j = 0; j < p->nrun; j++) {
        size_t i = p->run[j];
        if (p->slot[i].rfd != -1) {
            p->pfd[k].fd = p->slot[i].rfd;
            p->pfd[k].events = POLLIN;
            p->pmap[k++] = i;
        }
        if (p->slot[i].pidfd != -1) {
            p->pfd[k].fd = p->slot[i].pidfd;
            p->pfd[k].events = POLLIN;
            p->pmap[k++] = i;
        }
    }
    p->pfd[k].fd = p->wakefd;
    p->pfd[k].events = POLLIN;
    p->pmap[k++] = SIZE_MAX;
    return k;
}
#line 3734 "pcall.nw"
static void service(pcall_procs *p, size_t nfds)
{
    for (size_t k = 0; k < nfds; k++) {
        size_t i = p->pmap[k];
        if (p->pfd[k].revents == 0)
            continue;
        if (i == SIZE_MAX)
            drain_wakefd(p);
        else if (p->out[i].state != PCALL_PROC_RUNNING)
            continue;
        else if (p->pfd[k].fd == p->slot[i].rfd)
            read_result(p, i, READ_BOUND);
        else if (p->pfd[k].fd == p->slot[i].pidfd)
            reap(p, i);
    }
}
#line 3779 "pcall.nw"
static void read_result(pcall_procs *p, size_t i, size_t limit)
{
    struct slot *s = &p->slot[i];
    size_t got = 0;
    while (s->rfd != -1 && got < limit) {
        unsigned char *to;
        size_t room = read_room(p, i, &to);
        ssize_t r = read(s->rfd, to, room);
        if (r > 0) {
            got += (size_t)r;
            if (took(p, i, (size_t)r, to) == -1)
                return;         /* a large result was taken */
            if ((size_t)r < room && limit != SIZE_MAX)
                return;         /* empty for now: poll will say */
        } else if (r == -1 && errno == EINTR) {
            continue;
        } else if (r == -1 && errno == EAGAIN) {
            return;
        } else {                /* EOF: every writer has closed */
            pcall_tp_parts_free(s->fr); /* cut short */
            s->fr = NULL;
            close_result_pipe(s);
        }
    }
}
#line 3815 "pcall.nw"
static size_t read_room(pcall_procs *p, size_t i, unsigned char **to)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    if (s->fr != NULL)
        return pcall_tp_parts_room(s->fr, to);
    if (s->home == IN_MALLOC && s->cap - o->len >= READ_MIN) {
        *to = o->data + o->len;
        return s->cap - o->len;
    }
    *to = p->store.scratch;
    return PCALL_TP_SCRATCH;
}

static int took(pcall_procs *p, size_t i, size_t n,
                const unsigned char *to)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    int kind;
    if (s->fr != NULL) {
        if (pcall_tp_parts_took(s->fr, n))
            end_parts(p, i);
        return 0;
    }
    if (to == p->store.scratch)
        append(p, i, n);
    else
        o->len += n;
    if (s->stamp == 0 && take_stamp(p, i) == 0)
        return 0;               /* the stamp is not whole yet */
    kind = pcall_tp_kind(o->data, o->len);
    
#line 34146 "pcall.nw"
if (kind == PCALL_TP_BY_ADDRESS)
    return take_large(p, i);
#line 3848 "pcall.nw"
    if (kind == PCALL_TP_IN_PARTS)
        return start_parts(p, i) == -1 ? -1 : 0;
    return 0;
}
#line 3865 "pcall.nw"
static void append(pcall_procs *p, size_t i, size_t n)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    if (s->cap - o->len < n) {
        size_t want = o->len + n, cap = s->cap * 2;
        unsigned char *q;
        if (cap < want)
            cap = want;
        if (cap <= PCALL_TP_STORE_MAX) {
            q = pcall_tp_store_alloc(&p->store, cap);
            s->home = IN_STORE;
        } else if (s->home == IN_STORE || o->data == NULL) {
            q = xrealloc(NULL, cap);
            s->home = IN_MALLOC;
        } else
            q = o->data = xrealloc(o->data, cap);
        pv_advise_huge(q, cap);
        if (q != o->data && o->len > 0)
            memcpy(q, o->data, o->len);     /* the old is abandoned */
        o->data = q;
        s->cap = cap;
    }
    memcpy(o->data + o->len, p->store.scratch, n);
    o->len += n;
}
#line 3910 "pcall.nw"
static void keep_large(pcall_procs *p, size_t i, pcall_tp_large *got)
{
    pcall_proc_outcome *o = &p->out[i];
    o->data = got->data;
    o->len = p->slot[i].cap = got->len;
    o->oob = got->oob;
    o->noob = got->noob;
    p->slot[i].home = IN_MALLOC;
    memset(got, 0, sizeof *got);
}

static void close_result_pipe(struct slot *s)
{
    close(s->rfd);              /* a child that waits may leave */
    s->rfd = -1;
}

static void large_failed(pcall_procs *p, size_t i, int e)
{
    release_data(p, i);
    p->out[i].fetch_errno = e;
    close_result_pipe(&p->slot[i]);
}
#line 3956 "pcall.nw"
static int start_parts(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    pcall_tp_parts *f = NULL;
    int e = pcall_tp_parts_start(o->data, o->len, &f);
    if (e == -1)
        return 0;               /* not whole yet */
    if (e != 0) {
        large_failed(p, i, e);
        return -1;
    }
    release_data(p, i);         /* the header */
    p->slot[i].fr = f;
    if (pcall_tp_parts_took(f, 0))
        end_parts(p, i);
    else                        /* fewer, longer turns */
        (void)fcntl(p->slot[i].rfd, F_SETPIPE_SZ,
                    PCALL_TP_PARTS_PIPE);
    return 1;
}

static void end_parts(pcall_procs *p, size_t i)
{
    pcall_tp_large got;
    pcall_tp_parts_finish(p->slot[i].fr, &got);
    p->slot[i].fr = NULL;
    keep_large(p, i, &got);
}
#line 3993 "pcall.nw"
static void reap(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct slot *s = &p->slot[i];
    siginfo_t si;
    int r, st = -1, lost = 0;
    double seen = now_mono();
    
#line 4011 "pcall.nw"
memset(&si, 0, sizeof si);
do
    r = waitid(P_PID, (id_t)o->pid, &si,
               WEXITED | WNOHANG | WNOWAIT);
while (r == -1 && errno == EINTR);
if (r == -1 && errno == ECHILD)
    lost = 1;           /* reaped by someone else */
#line 4001 "pcall.nw"
    
#line 4045 "pcall.nw"
kill(-o->pid, SIGKILL); /* the group ends with the call */
read_result(p, i, SIZE_MAX);
if (!(o->ended > 0))
    o->ended = seen;    /* no stamp: when we saw it gone */
#line 4002 "pcall.nw"
    
#line 4052 "pcall.nw"
while (!lost && waitpid(o->pid, &st, 0) == -1)
    if (errno != EINTR)
        lost = 1;
o->status = lost ? -1 : st;
o->status_lost = lost;
#line 4003 "pcall.nw"
    
#line 4081 "pcall.nw"
if (s->logfd != -1)
    collect_log(p, i);
if (s->rfd != -1)
    close(s->rfd);
if (s->pidfd != -1)
    close(s->pidfd);
s->rfd = s->pidfd = -1;
if (s->home == IN_MALLOC && o->len < s->cap) {  /* give back slack */
    o->data = o->len ? xrealloc(o->data, o->len) : (free(o->data),
              NULL);
    s->cap = o->len;
}
#line 4067 "pcall.nw"
o->state = PCALL_PROC_DONE;
p->run[s->runpos] = p->run[--p->nrun];
p->slot[p->run[s->runpos]].runpos = s->runpos;
atomic_store(&p->nrun_pub, p->nrun);
p->fork_blocked = 0;
if (p->cfg.on_done != NULL && !p->quiet) {
    p->in_on_done = 1;
    p->cfg.on_done(i, o, p->cfg.on_done_arg);
    p->in_on_done = 0;
    p->flush_due = 1;       /* it may have printed */
}
#line 4004 "pcall.nw"
}
#line 4101 "pcall.nw"
static void watch_without_pidfd(pcall_procs *p)
{
    for (size_t j = 0; j < p->nrun; ) {
        size_t i = p->run[j];
        if (p->slot[i].pidfd == -1 && has_exited(p, i))
            reap(p, i);         /* moves another call into run[j] */
        else
            j++;
    }
}
#line 5247 "pcall.nw"
static int signal_call(pcall_procs *p, size_t i, int sig)
{
    pid_t pid = p->out[i].pid;
    if (has_exited(p, i))
        return 0;
    kill(-pid, sig);
    if (getpgid(pid) != pid)
        kill(pid, sig);         /* it left its group */
    return 1;
}

static void cancel_pending(pcall_procs *p)
{
    for (; p->next < p->cfg.ncalls; p->next++)
        p->out[p->next].state = PCALL_PROC_CANCELLED;
}
#line 5279 "pcall.nw"
static int begin_termination(pcall_procs *p, double now)
{
    
#line 5286 "pcall.nw"
int n = 0;
cancel_pending(p);
for (size_t j = 0; j < p->nrun; j++) {
    size_t i = p->run[j];
    pcall_proc_outcome *o = &p->out[i];
    if (p->slot[i].stamp == 1       /* its work is done */
        || !signal_call(p, i, SIGTERM))     /* or it has ended */
        continue;
    if (!o->timed_out)
        o->terminated = 1;
    n++;
    signal_call(p, i, SIGCONT); /* a stopped child must see it */
}
if (p->phase == PHASE_RUN) {
    p->phase = PHASE_TERM;
    p->kill_at = now + p->cfg.grace;
}
return n;
#line 5282 "pcall.nw"
}
#line 5319 "pcall.nw"
static void enforce_deadlines(pcall_procs *p, double now)
{
    
#line 5326 "pcall.nw"
if (p->phase == PHASE_RUN
    && (p->overran || now >= p->next_deadline)) {
    int expired = p->overran;
    p->overran = 0;
    p->next_deadline = INFINITY;
    for (size_t j = 0; j < p->nrun; j++) {
        size_t i = p->run[j];
        if (past_deadline(p, i, now))
            p->out[i].timed_out = expired = 1;
        else if (p->slot[i].deadline < p->next_deadline)
            p->next_deadline = p->slot[i].deadline;
    }
    if (expired) {
        p->fired = 1;
        begin_termination(p, now);
    }
}
if (p->phase == PHASE_TERM && now >= p->kill_at)
    kill_the_rest(p);
#line 5322 "pcall.nw"
}
#line 5353 "pcall.nw"
static void kill_the_rest(pcall_procs *p)
{
    
#line 5360 "pcall.nw"
for (size_t j = 0; j < p->nrun; j++) {
    size_t i = p->run[j];
    if (signal_call(p, i, SIGKILL) && !p->out[i].timed_out)
        p->out[i].terminated = 1;
}
p->phase = PHASE_KILL;
#line 5356 "pcall.nw"
}
#line 5382 "pcall.nw"
static void earliest(double *t, int *have, double x)
{
    if (!*have || x < *t)
        *t = x;
    *have = 1;
}

static int poll_ms(pcall_procs *p, double now)
{
    
#line 5396 "pcall.nw"
double t = 0;
int have = 0;
for (size_t j = 0; j < p->nrun; j++) {
    size_t i = p->run[j];
    if (p->phase == PHASE_RUN && p->slot[i].deadline < INFINITY)
        earliest(&t, &have, p->slot[i].deadline - now);
    if (p->slot[i].pidfd == -1)
        earliest(&t, &have, WATCH_PERIOD);
}
if (p->phase == PHASE_TERM)
    earliest(&t, &have, p->kill_at - now);
if (p->fork_blocked)
    earliest(&t, &have, p->retry_at - now);
if (!have)
    return -1;              /* nothing to time: sleep */
if (t <= 0)
    return 0;
return t > INT_MAX / 1000 ? INT_MAX : (int)(t * 1000) + 1;
#line 5392 "pcall.nw"
}
#line 5423 "pcall.nw"
static int fail(pcall_procs *p)
{
    p->failed = 1;
    cancel_pending(p);
    for (size_t j = 0; j < p->nrun; j++) {
        p->out[p->run[j]].terminated = 1;
        signal_call(p, p->run[j], SIGKILL);
    }
    while (p->nrun > 0)
        reap(p, p->run[0]);
    return -1;
}
#line 5438 "pcall.nw"
void pcall_procs_free(pcall_procs *p)
{
    if (p == NULL)
        return;
    not_in_on_done(p, "pcall_procs_free");
    enter(p);                   /* for good: no request is taken */
    p->quiet = 1;
    if (p->nrun > 0) {
        begin_termination(p, now_mono());
        run_loop(p, 1, NULL);
    }
    for (size_t i = 0; i < p->cfg.ncalls; i++) {
        release_data(p, i);
        if (p->slot[i].logfd != -1)
            close(p->slot[i].logfd);
    }
    pcall_tp_private_free(p->out, p->room * sizeof *p->out);
    pcall_tp_private_free(p->slot, p->room * sizeof *p->slot);
    pcall_tp_private_free(p->run, p->cap * sizeof *p->run);
    pcall_tp_private_free(p->pfd, (2 * p->cap + 1) * sizeof *p->pfd);
    pcall_tp_private_free(p->pmap,
                          (2 * p->cap + 1) * sizeof *p->pmap);
    pcall_tp_store_free(&p->store);
    if (p->devnull != -1)
        close(p->devnull);
    if (p->spill != -1)
        close(p->spill);
    if (p->wakefd != -1)
        close(p->wakefd);
    if (pcall_tp_child_plan == &p->plan)
        pcall_tp_child_plan = NULL;     /* for the next set to claim */
    free(p->name);
    free(p);
}
#line 5586 "pcall.nw"
static void set_deadline(pcall_procs *p, size_t i, double from)
{
    double d = p->cfg.timeout > 0 ? from + p->cfg.timeout : INFINITY;
    p->slot[i].deadline = d;
    if (d < p->next_deadline)
        p->next_deadline = d;
}
#line 5602 "pcall.nw"
static int take_stamp(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct slot *s = &p->slot[i];
    uint64_t ns;
    double t;
    if (memcmp(o->data, PCALL_TP_DONE, o->len < 8 ? o->len : 8) != 0) {
        s->stamp = -1;          /* a stream without a stamp */
        return 1;
    }
    if (o->len < PCALL_TP_STAMP_LEN)
        return 0;
    memcpy(&ns, o->data + sizeof PCALL_TP_DONE, sizeof ns);
    o->len -= PCALL_TP_STAMP_LEN;
    memmove(o->data, o->data + PCALL_TP_STAMP_LEN, o->len);
    s->stamp = 1;
    t = (double)ns / 1e9;
    if (t >= o->started && t <= now_mono())
        call_finished(p, i, t);
    return 1;
}
#line 5637 "pcall.nw"
static void call_finished(pcall_procs *p, size_t i, double t)
{
    pcall_proc_outcome *o = &p->out[i];
    o->ended = t;
    if (p->cfg.timeout > 0 && t - o->started > p->cfg.timeout) {
        o->timed_out = 1;
        p->fired = p->overran = 1;
    } else
        set_deadline(p, i, now_mono());
}
#line 5656 "pcall.nw"
static int has_exited(const pcall_procs *p, size_t i)
{
    siginfo_t si;
    int r;
    memset(&si, 0, sizeof si);
    do
        r = waitid(P_PID, (id_t)p->out[i].pid, &si,
                   WEXITED | WNOHANG | WNOWAIT);
    while (r == -1 && errno == EINTR);
    return (r == 0 && si.si_pid != 0) || (r == -1 && errno == ECHILD);
}
#line 5676 "pcall.nw"
static int past_deadline(pcall_procs *p, size_t i, double now)
{
    struct slot *s = &p->slot[i];
    if (s->deadline > now)
        return 0;
    if (s->stamp == 0 && s->rfd != -1)
        read_result(p, i, 1);           /* its last word */
    if (s->deadline > now || p->out[i].timed_out)
        return p->out[i].timed_out;
    return s->stamp == 1 || !has_exited(p, i);
}
#line 5779 "pcall.nw"
static int take_set(pcall_procs *p, int who)
{
    int idle = 0;
    return atomic_compare_exchange_strong(&p->busy, &idle, who);
}

static int enter(pcall_procs *p)
{
    for (;;) {
        if (take_set(p, BUSY_SET))
            return 1;
        if (atomic_load(&p->busy) == BUSY_SET)
            return 0;           /* we run inside one of its own */
        sched_yield();          /* a terminate, for microseconds */
    }
}

static void leave(pcall_procs *p, int entered)
{
    while (entered) {
        atomic_store(&p->busy, 0);
        if (!atomic_load(&p->term_req) || !take_set(p, BUSY_SET))
            return;
        take_request(p);        /* asked while we were busy */
    }
}

static int take_request(pcall_procs *p)
{
    if (!atomic_load(&p->term_req)          /* a read: no page copy */
        || !atomic_exchange(&p->term_req, 0))
        return 0;
    return begin_termination(p, now_mono());
}
#line 5825 "pcall.nw"
int pcall_procs_terminate(pcall_procs *p)
{
    uint64_t one = 1;
    int n;
    atomic_store(&p->term_req, 1);
    if (!take_set(p, BUSY_TERMINATE)) {  /* busy: it will see it */
        if (p->wakefd != -1)
            (void)!write(p->wakefd, &one, sizeof one);
        return (int)atomic_load(&p->nrun_pub);
    }
    n = take_request(p);
    leave(p, 1);
    return n;
}
#line 5846 "pcall.nw"
static int open_wakefd(pcall_procs *p, pv_err *err)
{
    p->wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (p->wakefd == -1)
        pv_err_set(err, "pcall: cannot make the set's wake-up "
                   "descriptor (eventfd): %s", strerror(errno));
    return p->wakefd == -1 ? -1 : 0;
}

static void drain_wakefd(pcall_procs *p)
{
    uint64_t n;
    while (read(p->wakefd, &n, sizeof n) == -1 && errno == EINTR)
        ;
}
#line 34151 "pcall.nw"
static int take_large(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    pcall_tp_large got;
    int e = pcall_tp_read_by_address(o->pid, o->data, o->len, &got);
    if (e == -1)
        return 0;               /* the header is not whole yet */
    if (e != 0) {
        large_failed(p, i, e);
        return -1;
    }
    release_data(p, i);         /* the header */
    keep_large(p, i, &got);
    close_result_pipe(&p->slot[i]);
    return -1;
}
