#line 13210 "pcall.nw"
/* proc.c -- tangled from pcall.nw; do not edit. */
#include "proc.h"
#line 13225 "pcall.nw"
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
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#line 13258 "pcall.nw"
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
    
#line 14821 "pcall.nw"
struct in_parts *fr;    /* NULL unless a result comes in parts */
#line 13278 "pcall.nw"
};
#line 13283 "pcall.nw"
struct pcall_procs {
    pcall_proc_config cfg;
    char *name;             /* copy of cfg.name */
    pcall_proc_outcome *out;
    struct slot *slot;
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
    
#line 13923 "pcall.nw"
int devnull;                /* read-only: every child's stdin */
int nreset;                 /* how many of reset[] are in use */
int reset[NSIG];            /* signals whose handler to reset */
sigset_t nomask;            /* the children's final signal mask */
#line 14450 "pcall.nw"
size_t oob_min;             /* bytes this long: out of band */
size_t large_min;           /* results this large: read by address */
#line 13304 "pcall.nw"
    
#line 13438 "pcall.nw"
struct block *store;        /* newest block first */
unsigned char *scratch;     /* SCRATCH bytes: reads land here */
int spill;                  /* every nonempty log, or -1 */
off_t spill_len;            /* bytes in it */
#line 13305 "pcall.nw"
};
#line 13445 "pcall.nw"
struct block {              /* a block of the store */
    struct block *next;
    size_t used;            /* bytes handed out, header included */
};
#line 14408 "pcall.nw"
struct large_header {       /* sent instead of the result */
    char magic[8];          /* BY_ADDRESS */
    uint64_t table;         /* the parts, in the child's memory */
    uint64_t nparts;        /* how many: the pickle, then buffers */
};

struct part {               /* an entry of the table */
    uint64_t addr;
    uint64_t len;
};
#line 14613 "pcall.nw"
struct large {              /* the parts, read or being read */
    unsigned char *data;    /* the pickle */
    size_t len;
    pv **oob;               /* the buffers */
    size_t noob;
};
#line 14811 "pcall.nw"
struct in_parts {           /* a result in parts, being read */
    struct large got;       /* the room for the parts */
    uint64_t *lens;         /* their lengths */
    unsigned char **dst;    /* where each goes */
    size_t nparts, part;    /* how many; the one being read */
    size_t off;             /* bytes of it read */
};
#line 13421 "pcall.nw"
static void *private_calloc(size_t n, size_t size);
static void private_free(void *q, size_t len);
#line 13490 "pcall.nw"
static unsigned char *store_alloc(pcall_procs *p, size_t n);
static void store_free(pcall_procs *p);
#line 13542 "pcall.nw"
static void release_data(pcall_procs *p, size_t i);
#line 13726 "pcall.nw"
static int start_pending(pcall_procs *p, pv_err *err);
static int fail(pcall_procs *p);
static void begin_termination(pcall_procs *p, double now);
#line 13778 "pcall.nw"
static int start_one(pcall_procs *p, size_t i, pv_err *err);
#line 13864 "pcall.nw"
static int open_log(int append);
static void run_child(pcall_procs *p, size_t i, const int fd[2],
                      pid_t parent, int stdin_used)
    __attribute__((noreturn));
#line 13904 "pcall.nw"
static int sys_pidfd_open(pid_t pid);
static int open_pidfd(pcall_procs *p, pid_t pid);
#line 13968 "pcall.nw"
static int plan_children(pcall_procs *p, pv_err *err);
#line 14042 "pcall.nw"
static void reset_signals(const pcall_procs *p);
static int place_fds(int wfd, int logfd, int devnull);
#line 14121 "pcall.nw"
static void close_from(int low);
static void close_span(int low, int high);
static void close_except(int low, const int keep[3]);
#line 14306 "pcall.nw"
static void collect_log(pcall_procs *p, size_t i);
static int copy_log(int in, int out, off_t at, size_t n,
                    unsigned char *buf);
static ssize_t copy_by_hand(int in, off_t *from, int out, off_t *at,
                            size_t n, unsigned char *buf);
#line 14481 "pcall.nw"
static int yama_forbids(void);
static size_t probe_large(void);
#line 14589 "pcall.nw"
static int send_by_address(int fd, const void *buf, size_t len,
                           const pv_pickle_buffer *bufs, size_t nbufs);
static int send_in_parts(int fd, const void *buf, size_t len,
                         const pv_pickle_buffer *bufs, size_t nbufs);
#line 14695 "pcall.nw"
static int alloc_parts(const uint64_t *lens, size_t n,
                       struct large *got, unsigned char **dst);
static void free_large(struct large *got);
static void keep_large(pcall_procs *p, size_t i, struct large *got);
static void large_failed(pcall_procs *p, size_t i, int e);
#line 14791 "pcall.nw"
static int is_header(const pcall_proc_outcome *o, const char *magic);
static int take_large(pcall_procs *p, size_t i);
static int read_child(pid_t pid, void *buf, uint64_t addr,
                      size_t len);
#line 14920 "pcall.nw"
static int start_parts(pcall_procs *p, size_t i);
static void parts_advance(struct in_parts *f, size_t n);
static size_t parts_put(struct in_parts *f, const unsigned char *b,
                        size_t n);
static void end_parts(pcall_procs *p, size_t i);
static void free_parts(struct in_parts *f);
#line 14981 "pcall.nw"
static int run_loop(pcall_procs *p, int block, pv_err *err);
#line 15014 "pcall.nw"
static size_t fill_pollfds(pcall_procs *p);
static void service(pcall_procs *p, size_t nfds);
static void read_result(pcall_procs *p, size_t i, size_t limit);
static void watch_without_pidfd(pcall_procs *p);
static void enforce_deadlines(pcall_procs *p, double now);
static int poll_ms(pcall_procs *p, double now);
#line 15166 "pcall.nw"
static size_t read_room(pcall_procs *p, size_t i, unsigned char **to);
static int took(pcall_procs *p, size_t i, size_t n,
                const unsigned char *to);
#line 15205 "pcall.nw"
static void append(pcall_procs *p, size_t i, size_t n);
static void reap(pcall_procs *p, size_t i);
#line 13452 "pcall.nw"
enum {
    STORE_BLOCK = 1 << 20,      /* bytes per block of the store */
    STORE_MAX = 1 << 16,        /* larger results go to malloc */
    SCRATCH = 1 << 16           /* the scratch read buffer */
};
#line 13639 "pcall.nw"
enum {
    FD_PER_CHILD = 2,   /* result pipe's read end, pidfd; +1: log */
    FD_TRANSIENT = 2,   /* write end and log file, during a fork */
    FD_RESERVE = 16,    /* left to the host program */
    NPROC_RESERVE = 8   /* processes left to the host's user */
};
#line 13899 "pcall.nw"
pid_t (*pcall_proc_fork_fn)(void) = fork;
int (*pcall_proc_pidfd_fn)(pid_t pid) = sys_pidfd_open;
#line 14421 "pcall.nw"
static const char BY_ADDRESS[8] = "\0pcallR";
static const char IN_PARTS[8] = "\0pcallP";
enum {
    MAX_PARTS = 1 << 20,        /* more is a lie */
    PARTS_PIPE = 1 << 20        /* pipe capacity for a result in parts */
};
size_t pcall_large_result_min = (size_t)1 << 20;
int pcall_large_read_child = 1;
static const pcall_procs *child_set;    /* the set that forked us */
#line 15084 "pcall.nw"
enum {
    READ_MIN = 4096,            /* least room offered to read() */
    READ_BOUND = 1 << 20        /* then let the others have a turn */
};
#line 15317 "pcall.nw"
static const double WATCH_PERIOD = 0.02; /* seconds, without pidfd */
#line 13313 "pcall.nw"
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
#line 13337 "pcall.nw"
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

int pcall_proc_send(int fd, const void *buf, size_t len)
{
    const unsigned char *b = buf;
    while (len > 0) {
        size_t chunk = len < (1u << 30) ? len : (1u << 30);
        ssize_t r = write(fd, b, chunk);
        if (r > 0) {
            b += r;
            len -= (size_t)r;
        } else if (r == -1 && errno == EINTR) {
            continue;
        } else {
            if (r == 0)
                errno = EIO;
            return -1;
        }
    }
    return 0;
}
#line 13393 "pcall.nw"
static void *private_calloc(size_t n, size_t size)
{
    size_t len;
    void *q;
    if (size != 0 && n > SIZE_MAX / size) {
        fprintf(stderr, "pcall: out of memory (%zu x %zu bytes)\n",
                n, size);
        abort();
    }
    len = n * size > 0 ? n * size : 1;
    q = mmap(NULL, len, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED) {
        fprintf(stderr, "pcall: out of memory (%zu bytes)\n", len);
        abort();
    }
    (void)madvise(q, len, MADV_DONTFORK);
    return q;                   /* zeroed, as calloc's */
}

static void private_free(void *q, size_t len)
{
    if (q != NULL)
        munmap(q, len > 0 ? len : 1);
}
#line 13460 "pcall.nw"
static unsigned char *store_alloc(pcall_procs *p, size_t n)
{
    struct block *b = p->store;
    size_t head = (sizeof *b + 15) & ~(size_t)15;
    unsigned char *q;
    n = (n + 15) & ~(size_t)15;     /* keep 16-byte alignment */
    if (b == NULL || STORE_BLOCK - b->used < n) {
        b = private_calloc(1, STORE_BLOCK);
        b->next = p->store;
        b->used = head;
        p->store = b;
    }
    q = (unsigned char *)b + b->used;
    b->used += n;
    return q;
}

static void store_free(pcall_procs *p)
{
    while (p->store != NULL) {
        struct block *b = p->store;
        p->store = b->next;
        private_free(b, STORE_BLOCK);
    }
    private_free(p->scratch, SCRATCH);
    p->scratch = NULL;
}
#line 13501 "pcall.nw"
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
    n = cfg->ncalls;
    p = xcalloc(1, sizeof *p);
    p->cfg = *cfg;
    if (!(p->cfg.grace > 0))        /* also NaN */
        p->cfg.grace = 1.0;
    if (!(p->cfg.timeout > 0))
        p->cfg.timeout = 0;
    p->name = strdup(cfg->name ? cfg->name : "call");
    p->out = private_calloc(n, sizeof *p->out);
    p->slot = private_calloc(n, sizeof *p->slot);
    for (size_t i = 0; i < n; i++) {
        p->out[i].state = PCALL_PROC_PENDING;
        p->slot[i].rfd = p->slot[i].pidfd = p->slot[i].logfd = -1;
    }
    p->phase = PHASE_RUN;
    p->devnull = p->spill = -1;
    p->large_min = SIZE_MAX;
    return p;
}
#line 13546 "pcall.nw"
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
    free_parts(s->fr);          /* a result cut short */
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
#line 13608 "pcall.nw"
size_t pcall_procs_living(pcall_procs *p, pid_t *out, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < p->cfg.ncalls; i++)
        if (p->out[i].state == PCALL_PROC_RUNNING) {
            if (out != NULL && k < max)
                out[k] = p->out[i].pid;
            k++;
        }
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
#line 13648 "pcall.nw"
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
#line 13669 "pcall.nw"
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
#line 13702 "pcall.nw"
int pcall_procs_start(pcall_procs *p, pv_err *err)
{
    if (p->started && p->failed)
        pv_err_set(err, "pcall: an earlier error stopped these calls");
    if (p->started)
        return p->failed ? -1 : 0;
    p->started = 1;
    if (plan_children(p, err) == -1)
        return fail(p);
    p->oob_min = pcall_large_result_min;
    p->large_min = probe_large();
    p->cap = procs_cap(&p->cfg);
    p->scratch = private_calloc(1, SCRATCH);
    p->run = private_calloc(p->cap, sizeof *p->run);
    p->pfd = private_calloc(2 * p->cap, sizeof *p->pfd);
    p->pmap = private_calloc(2 * p->cap, sizeof *p->pmap);
    p->flush_due = 1;
    if (start_pending(p, err) == -1)
        return fail(p);
    return 0;
}
#line 13749 "pcall.nw"
static int start_pending(pcall_procs *p, pv_err *err)
{
    pv_err why;
    if (p->fork_blocked && now_mono() >= p->retry_at)
        p->fork_blocked = 0;
    while (p->phase == PHASE_RUN && p->next < p->cfg.ncalls
           && p->nrun < p->cap && !p->fork_blocked) {
        int r;
        if (p->flush_due) {
            fflush(NULL);       /* or children print it again */
            p->flush_due = 0;
        }
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
#line 13782 "pcall.nw"
static int start_failed(size_t i, const char *what, int e,
                        pv_err *err)
{
    pv_err_set(err, "pcall: cannot start call %zu: %s: %s", i, what,
           strerror(e));
    errno = e;
    return e == EAGAIN || e == ENOMEM || e == EMFILE || e == ENFILE
           ? 1 : -1;
}
#line 13804 "pcall.nw"
static int start_one(pcall_procs *p, size_t i, pv_err *err)
{
    int fds[2], logfd = -1, e = 0;
    int stdin_used = __fbufsize(stdin) > 0;
    sigset_t all, old;
    pid_t pid, parent = getpid();
    if (pipe2(fds, O_CLOEXEC) == -1)
        return start_failed(i, "pipe", errno, err);
    if (p->cfg.capture && (logfd = open_log(1)) == -1) {
        e = errno;
        close(fds[0]);
        close(fds[1]);
        return start_failed(i, "creating its log file", e, err);
    }
    if (child_set != p)
        child_set = p;          /* see "Large results" */
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &old);
    pid = pcall_proc_fork_fn();
    if (pid == 0)
        run_child(p, i, (int[]){ fds[1], logfd }, parent, stdin_used);
    e = errno;
    sigprocmask(SIG_SETMASK, &old, NULL);
    
#line 13838 "pcall.nw"
close(fds[1]);
if (pid == -1) {
    close(fds[0]);
    if (logfd != -1)
        close(logfd);
    return start_failed(i, "fork", e, err);
}
#line 13828 "pcall.nw"
    
#line 13851 "pcall.nw"
setpgid(pid, pid);          /* the child does it too: no race */
fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
p->slot[i].rfd = fds[0];
p->slot[i].logfd = logfd;
p->slot[i].pidfd = open_pidfd(p, pid);
p->out[i].state = PCALL_PROC_RUNNING;
p->out[i].pid = pid;
p->out[i].started = now_mono();
p->slot[i].runpos = p->nrun;
p->run[p->nrun++] = i;
#line 13829 "pcall.nw"
    return 0;
}
#line 13871 "pcall.nw"
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
#line 13940 "pcall.nw"
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
        else if (old.sa_handler == SIG_DFL)
            continue;
        else if (s == SIGPIPE && old.sa_handler == SIG_IGN)
            continue;           /* kept: see the text */
        p->reset[p->nreset++] = s;
    }
    sigemptyset(&p->nomask);
    return 0;
}
#line 14001 "pcall.nw"
static void run_child(pcall_procs *p, size_t i, const int fd[2],
                      pid_t parent, int stdin_used)
{
    int status;
    reset_signals(p);
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 && getppid() != parent)
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
    if (fd[1] != -1)            /* keep the order of the lines */
        setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
    sigprocmask(SIG_SETMASK, &p->nomask, NULL);
    status = p->cfg.body(i, p->cfg.arg, PCALL_PROC_RESULT_FD);
    fflush(NULL);
    _exit(status);
}
#line 14047 "pcall.nw"
static void reset_signals(const pcall_procs *p)
{
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    dfl.sa_mask = p->nomask;
    for (int k = 0; k < p->nreset; k++)
        sigaction(p->reset[k], &dfl, NULL);
}
#line 14088 "pcall.nw"
static int place_fds(int wfd, int logfd, int devnull)
{
    int w, l = -1;
    close_except(3, (int[]){ wfd, logfd, devnull });  /* make room */
    if ((w = fcntl(wfd, F_DUPFD, 3)) == -1)
        return -1;
    if (logfd != -1 && (l = fcntl(logfd, F_DUPFD, 3)) == -1)
        return -1;
    if (devnull == 0 ? fcntl(0, F_SETFD, 0) == -1      /* inherit it */
        : dup2(devnull, 0) == -1)
        return -1;
    if (l != -1 && (dup2(l, 1) == -1 || dup2(l, 2) == -1))
        return -1;
    if (l == -1 && (wfd == 1 || wfd == 2) && dup2(0, wfd) == -1)
        return -1;                      /* not into the result */
    if (w != PCALL_PROC_RESULT_FD
        && dup2(w, PCALL_PROC_RESULT_FD) == -1)
        return -1;
    fcntl(PCALL_PROC_RESULT_FD, F_SETFD, FD_CLOEXEC);
    close_from(PCALL_PROC_RESULT_FD + 1);
    return 0;
}
#line 14132 "pcall.nw"
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
#line 14202 "pcall.nw"
static int open_log(int append)
{
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
}
#line 14243 "pcall.nw"
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
                          (size_t)st.st_size, p->scratch) == -1)
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
#line 14269 "pcall.nw"
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
    ssize_t r = pread(in, buf, n < SCRATCH ? n : SCRATCH, *from);
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
#line 14318 "pcall.nw"
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
#line 14455 "pcall.nw"
static int yama_forbids(void)
{
    char c = '0';
    int fd = open("/proc/sys/kernel/yama/ptrace_scope",
                  O_RDONLY | O_CLOEXEC);
    if (fd == -1)
        return 0;               /* no Yama */
    if (read(fd, &c, 1) != 1)
        c = '3';                /* unreadable: assume the worst */
    close(fd);
    return c >= '2';
}

static size_t probe_large(void)
{
    char a = 1, b = 0;
    struct iovec to = { &b, 1 }, from = { &a, 1 };
    if (pcall_large_result_min == SIZE_MAX || !pcall_large_read_child
        || prctl(PR_GET_DUMPABLE) != 1 || yama_forbids()
        || process_vm_readv(getpid(), &to, 1, &from, 1, 0) != 1)
        return SIZE_MAX;
    return pcall_large_result_min;
}
#line 14499 "pcall.nw"
size_t pcall_proc_oob_min(void)
{
    const pcall_procs *p = child_set;
    return p != NULL ? p->oob_min : SIZE_MAX;
}

int pcall_proc_send_result(int fd, const void *buf, size_t len)
{
    return pcall_proc_send_result_oob(fd, buf, len, NULL, 0);
}

int pcall_proc_send_result_oob(int fd, const void *buf, size_t len,
                               const pv_pickle_buffer *bufs,
                               size_t nbufs)
{
    const pcall_procs *p = child_set;
    if (nbufs >= MAX_PARTS)
        return 1;               /* pickle again, in band */
    if (p != NULL && (nbufs > 0 || len >= p->large_min)
        && p->large_min != SIZE_MAX && prctl(PR_GET_DUMPABLE) == 1)
        return send_by_address(fd, buf, len, bufs, nbufs);
    if (nbufs > 0)
        return send_in_parts(fd, buf, len, bufs, nbufs);
    return pcall_proc_send(fd, buf, len);
}
#line 14534 "pcall.nw"
static int send_by_address(int fd, const void *buf, size_t len,
                           const pv_pickle_buffer *bufs, size_t nbufs)
{
    struct part few[8], *t = few;
    struct large_header h;
    struct pollfd w = { .fd = fd, .events = 0 };
    int r = 0;
    if (nbufs + 1 > sizeof few / sizeof few[0]
        && (t = malloc((nbufs + 1) * sizeof *t)) == NULL)
        return -1;
    t[0].addr = (uint64_t)(uintptr_t)buf;
    t[0].len = len;
    for (size_t k = 0; k < nbufs; k++) {
        t[k + 1].addr = (uint64_t)(uintptr_t)bufs[k].data;
        t[k + 1].len = bufs[k].len;
    }
    memcpy(h.magic, BY_ADDRESS, sizeof h.magic);
    h.table = (uint64_t)(uintptr_t)t;
    h.nparts = nbufs + 1;
    if (pcall_proc_send(fd, &h, sizeof h) == -1)
        r = -1;
    else
        while (poll(&w, 1, -1) == -1 && errno == EINTR)
            ;                   /* until the parent has read it */
    if (t != few)
        free(t);
    return r;
}

static int send_in_parts(int fd, const void *buf, size_t len,
                         const pv_pickle_buffer *bufs, size_t nbufs)
{
    uint64_t few[2 + 8], *h = few;
    size_t n = 2 + nbufs + 1;
    int r = 0;
    if (n > sizeof few / sizeof few[0]
        && (h = malloc(n * sizeof *h)) == NULL)
        return -1;
    memcpy(h, IN_PARTS, sizeof h[0]);
    h[1] = nbufs + 1;
    h[2] = len;
    for (size_t k = 0; k < nbufs; k++)
        h[3 + k] = bufs[k].len;
    if (pcall_proc_send(fd, h, n * sizeof *h) == -1
        || pcall_proc_send(fd, buf, len) == -1)
        r = -1;
    for (size_t k = 0; k < nbufs && r == 0; k++)
        r = pcall_proc_send(fd, bufs[k].data, bufs[k].len);
    if (h != few)
        free(h);
    return r;
}
#line 14622 "pcall.nw"
static int alloc_parts(const uint64_t *lens, size_t n,
                       struct large *got, unsigned char **dst)
{
    memset(got, 0, sizeof *got);
    if (n == 0 || lens[0] == 0)
        return EPROTO;
    for (size_t k = 0; k < n; k++)
        if (lens[k] >= PTRDIFF_MAX)
            return EPROTO;
    if ((got->data = malloc(lens[0])) == NULL
        || (n > 1 && (got->oob = calloc(n - 1, sizeof *got->oob))
                     == NULL)) {
        free_large(got);
        return ENOMEM;
    }
    pv_advise_huge(got->data, lens[0]);
    got->len = lens[0];
    dst[0] = got->data;
    for (size_t k = 1; k < n; k++) {
        pv *b = pv_bytes_new(lens[k], &dst[k]);
        if (b == NULL) {
            free_large(got);
            return ENOMEM;
        }
        got->oob[got->noob++] = b;
    }
    return 0;
}

static void free_large(struct large *got)
{
    free(got->data);
    for (size_t k = 0; k < got->noob; k++)
        pv_free(got->oob[k]);
    free(got->oob);
    memset(got, 0, sizeof *got);
}
#line 14669 "pcall.nw"
static void keep_large(pcall_procs *p, size_t i, struct large *got)
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
#line 14711 "pcall.nw"
static int is_header(const pcall_proc_outcome *o, const char *magic)
{
    return o->len >= 8 && memcmp(o->data, magic, 8) == 0;
}

static int take_large(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct large_header h;
    struct large got = { NULL, 0, NULL, 0 };
    struct part *t = NULL;
    uint64_t *lens = NULL;
    unsigned char **dst = NULL;
    int e;
    if (o->len < sizeof h)
        return 0;               /* not whole yet */
    memcpy(&h, o->data, sizeof h);
    if (o->len != sizeof h || h.nparts == 0 || h.nparts > MAX_PARTS)
        e = EPROTO;
    else if ((t = malloc(h.nparts * sizeof *t)) == NULL
             || (lens = malloc(h.nparts * sizeof *lens)) == NULL
             || (dst = malloc(h.nparts * sizeof *dst)) == NULL)
        e = ENOMEM;
    else if ((e = read_child(o->pid, t, h.table,
                             h.nparts * sizeof *t)) == 0)
        
#line 14752 "pcall.nw"
{
    for (size_t k = 0; k < h.nparts; k++)
        lens[k] = t[k].len;
    e = alloc_parts(lens, (size_t)h.nparts, &got, dst);
    for (size_t k = 0; k < h.nparts && e == 0; k++)
        e = read_child(o->pid, dst[k], t[k].addr, (size_t)t[k].len);
    if (e != 0)
        free_large(&got);
}
#line 14737 "pcall.nw"
    free(t);
    free(lens);
    free(dst);
    if (e != 0) {
        large_failed(p, i, e);
        return -1;
    }
    release_data(p, i);         /* the header */
    keep_large(p, i, &got);
    close_result_pipe(&p->slot[i]);
    return -1;
}
#line 14769 "pcall.nw"
static int read_child(pid_t pid, void *buf, uint64_t addr,
                      size_t len)
{
    size_t got = 0;
    if (addr > UINTPTR_MAX - len)
        return EFAULT;          /* wraps around: no such memory */
    while (got < len) {
        struct iovec to = { (char *)buf + got, len - got };
        struct iovec from = { (void *)(uintptr_t)(addr + got),
                              len - got };
        ssize_t r = process_vm_readv(pid, &to, 1, &from, 1, 0);
        if (r == -1 && errno == EINTR)
            continue;
        if (r <= 0)
            return r == 0 ? EFAULT : errno;
        got += (size_t)r;
    }
    return 0;
}
#line 14825 "pcall.nw"
static int start_parts(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct in_parts *f;
    uint64_t n;
    size_t head;
    int e = ENOMEM;
    if (o->len < 16)
        return 0;               /* not whole yet */
    memcpy(&n, o->data + 8, sizeof n);
    if (n == 0 || n > MAX_PARTS) {
        large_failed(p, i, EPROTO);
        return -1;
    }
    head = 16 + 8 * (size_t)n;
    if (o->len < head)
        return 0;
    if ((f = calloc(1, sizeof *f)) != NULL
        && (f->lens = malloc(n * sizeof *f->lens)) != NULL
        && (f->dst = malloc(n * sizeof *f->dst)) != NULL) {
        memcpy(f->lens, o->data + 16, n * sizeof *f->lens);
        f->nparts = (size_t)n;
        e = alloc_parts(f->lens, f->nparts, &f->got, f->dst);
    }
    
#line 14854 "pcall.nw"
if (e == 0 && parts_put(f, o->data + head, o->len - head) > 0)
    e = EPROTO;                 /* more than the parts hold */
if (e != 0) {
    free_parts(f);
    large_failed(p, i, e);
    return -1;
}
release_data(p, i);             /* the header */
p->slot[i].fr = f;
if (f->part == f->nparts)
    end_parts(p, i);
else                            /* fewer, longer turns */
    (void)fcntl(p->slot[i].rfd, F_SETPIPE_SZ, PARTS_PIPE);
return 1;
#line 14850 "pcall.nw"
}
#line 14875 "pcall.nw"
static void parts_advance(struct in_parts *f, size_t n)
{
    f->off += n;
    while (f->part < f->nparts && f->off == f->lens[f->part]) {
        f->part++;
        f->off = 0;
    }
}

static size_t parts_put(struct in_parts *f, const unsigned char *b,
                        size_t n)
{
    parts_advance(f, 0);        /* past parts of no bytes */
    while (n > 0 && f->part < f->nparts) {
        size_t k = f->lens[f->part] - f->off;
        if (k > n)
            k = n;
        memcpy(f->dst[f->part] + f->off, b, k);
        b += k;
        n -= k;
        parts_advance(f, k);
    }
    return n;
}

static void end_parts(pcall_procs *p, size_t i)
{
    struct in_parts *f = p->slot[i].fr;
    keep_large(p, i, &f->got);
    p->slot[i].fr = NULL;
    free_parts(f);
}

static void free_parts(struct in_parts *f)
{
    if (f == NULL)
        return;
    free_large(&f->got);
    free(f->lens);
    free(f->dst);
    free(f);
}
#line 14941 "pcall.nw"
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
    if (!p->started && pcall_procs_start(p, err) == -1)
        return -1;
    if (p->failed) {
        pv_err_set(err, "pcall: an earlier error stopped these calls");
        return -1;
    }
    return 0;
}
#line 14963 "pcall.nw"
int pcall_procs_wait(pcall_procs *p, pv_err *err)
{
    if (ready_to_wait(p, "pcall_procs_wait", err) == -1
        || run_loop(p, 1, err) == -1)
        return -1;
    return p->fired;
}

int pcall_procs_poll(pcall_procs *p, pv_err *err)
{
    if (ready_to_wait(p, "pcall_procs_poll", err) == -1
        || run_loop(p, 0, err) == -1)
        return -1;
    return (int)(p->nrun + (p->cfg.ncalls - p->next));
}
#line 14985 "pcall.nw"
static int run_loop(pcall_procs *p, int block, pv_err *err)
{
    p->flush_due = 1;               /* the host ran since it returned */
    for (;;) {
        double now;
        size_t nfds;
        int n;
        if (start_pending(p, err) == -1)
            return fail(p);
        if (p->nrun == 0)
            return 0;
        now = now_mono();
        nfds = fill_pollfds(p);
        n = poll(p->pfd, nfds, block ? poll_ms(p, now) : 0);
        if (n == -1 && errno != EINTR) {
            pv_err_set(err, "pcall: poll: %s", strerror(errno));
            return fail(p);
        }
        if (n > 0)
            service(p, nfds);
        watch_without_pidfd(p);
        enforce_deadlines(p, now_mono());   /* the ended are reaped */
        if (!block)
            return start_pending(p, err) == -1 ? fail(p) : 0;
    }
}
#line 15027 "pcall.nw"
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
    return k;
}
#line 15048 "pcall.nw"
static void service(pcall_procs *p, size_t nfds)
{
    for (size_t k = 0; k < nfds; k++) {
        size_t i = p->pmap[k];
        struct slot *s = &p->slot[i];
        if (p->pfd[k].revents == 0
            || p->out[i].state != PCALL_PROC_RUNNING)
            continue;
        if (p->pfd[k].fd == s->rfd)
            read_result(p, i, READ_BOUND);
        else if (p->pfd[k].fd == s->pidfd)
            reap(p, i);
    }
}
#line 15091 "pcall.nw"
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
            free_parts(s->fr);  /* cut short: no result */
            s->fr = NULL;
            close_result_pipe(s);
        }
    }
}
#line 15126 "pcall.nw"
static size_t read_room(pcall_procs *p, size_t i, unsigned char **to)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    if (s->fr != NULL) {
        *to = s->fr->dst[s->fr->part] + s->fr->off;
        return s->fr->lens[s->fr->part] - s->fr->off;
    }
    if (s->home == IN_MALLOC && s->cap - o->len >= READ_MIN) {
        *to = o->data + o->len;
        return s->cap - o->len;
    }
    *to = p->scratch;
    return SCRATCH;
}

static int took(pcall_procs *p, size_t i, size_t n,
                const unsigned char *to)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    if (s->fr != NULL) {
        parts_advance(s->fr, n);
        if (s->fr->part == s->fr->nparts)
            end_parts(p, i);
        return 0;
    }
    if (to == p->scratch)
        append(p, i, n);
    else
        o->len += n;
    if (is_header(o, BY_ADDRESS))
        return take_large(p, i);
    if (is_header(o, IN_PARTS))
        return start_parts(p, i) == -1 ? -1 : 0;
    return 0;
}
#line 15176 "pcall.nw"
static void append(pcall_procs *p, size_t i, size_t n)
{
    struct slot *s = &p->slot[i];
    pcall_proc_outcome *o = &p->out[i];
    if (s->cap - o->len < n) {
        size_t want = o->len + n, cap = s->cap * 2;
        unsigned char *q;
        if (cap < want)
            cap = want;
        if (cap <= STORE_MAX) {
            q = store_alloc(p, cap);
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
    memcpy(o->data + o->len, p->scratch, n);
    o->len += n;
}
#line 15228 "pcall.nw"
static void reap(pcall_procs *p, size_t i)
{
    pcall_proc_outcome *o = &p->out[i];
    struct slot *s = &p->slot[i];
    siginfo_t si;
    int r, st = -1, lost = 0;
    o->ended = now_mono();
    memset(&si, 0, sizeof si);
    do
        r = waitid(P_PID, (id_t)o->pid, &si,
                   WEXITED | WNOHANG | WNOWAIT);
    while (r == -1 && errno == EINTR);
    if (r == -1 && errno == ECHILD)
        lost = 1;           /* reaped by someone else: hands off */
    else
        kill(-o->pid, SIGKILL); /* not reaped: the group is ours */
    read_result(p, i, SIZE_MAX);
    
#line 15251 "pcall.nw"
while (!lost && waitpid(o->pid, &st, 0) == -1)
    if (errno != EINTR)
        lost = 1;
o->status = lost ? -1 : st;
o->status_lost = lost;
#line 15246 "pcall.nw"
    
#line 15265 "pcall.nw"
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
o->state = PCALL_PROC_DONE;
p->run[s->runpos] = p->run[--p->nrun];
p->slot[p->run[s->runpos]].runpos = s->runpos;
p->fork_blocked = 0;
if (p->cfg.on_done != NULL && !p->quiet) {
    p->in_on_done = 1;
    p->cfg.on_done(i, o, p->cfg.on_done_arg);
    p->in_on_done = 0;
    p->flush_due = 1;       /* it may have printed */
}
#line 15247 "pcall.nw"
}
#line 15295 "pcall.nw"
static void watch_without_pidfd(pcall_procs *p)
{
    for (size_t j = 0; j < p->nrun; ) {
        size_t i = p->run[j];
        siginfo_t si;
        int r;
        if (p->slot[i].pidfd != -1) {
            j++;
            continue;
        }
        memset(&si, 0, sizeof si);
        r = waitid(P_PID, (id_t)p->out[i].pid, &si,
                   WEXITED | WNOHANG | WNOWAIT);
        if ((r == 0 && si.si_pid != 0) || (r == -1 && errno == ECHILD))
            reap(p, i);         /* moves another call into run[j] */
        else
            j++;
    }
}
#line 16636 "pcall.nw"
static void signal_groups(pcall_procs *p, int sig)
{
    for (size_t j = 0; j < p->nrun; j++)
        kill(-p->out[p->run[j]].pid, sig);
}

static void cancel_pending(pcall_procs *p)
{
    for (; p->next < p->cfg.ncalls; p->next++)
        p->out[p->next].state = PCALL_PROC_CANCELLED;
}
#line 16654 "pcall.nw"
static void begin_termination(pcall_procs *p, double now)
{
    cancel_pending(p);
    for (size_t j = 0; j < p->nrun; j++) {
        pcall_proc_outcome *o = &p->out[p->run[j]];
        if (!o->timed_out)
            o->terminated = 1;
    }
    signal_groups(p, SIGTERM);
    signal_groups(p, SIGCONT);  /* a stopped child must see it */
    if (p->phase == PHASE_RUN) {
        p->phase = PHASE_TERM;
        p->kill_at = now + p->cfg.grace;
    }
}
#line 16677 "pcall.nw"
static void enforce_deadlines(pcall_procs *p, double now)
{
    if (p->phase == PHASE_RUN && p->cfg.timeout > 0) {
        int expired = 0;
        for (size_t j = 0; j < p->nrun; j++) {
            pcall_proc_outcome *o = &p->out[p->run[j]];
            if (o->started + p->cfg.timeout <= now)
                o->timed_out = expired = 1;
        }
        if (expired) {
            p->fired = 1;
            begin_termination(p, now);
        }
    }
    if (p->phase == PHASE_TERM && now >= p->kill_at) {
        signal_groups(p, SIGKILL);
        p->phase = PHASE_KILL;
    }
}
#line 16707 "pcall.nw"
static void earliest(double *t, int *have, double x)
{
    if (!*have || x < *t)
        *t = x;
    *have = 1;
}

static int poll_ms(pcall_procs *p, double now)
{
    double t = 0;
    int have = 0;
    for (size_t j = 0; j < p->nrun; j++) {
        size_t i = p->run[j];
        if (p->phase == PHASE_RUN && p->cfg.timeout > 0)
            earliest(&t, &have,
                     p->out[i].started + p->cfg.timeout - now);
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
}
#line 16745 "pcall.nw"
int pcall_procs_terminate(pcall_procs *p)
{
    int n = (int)p->nrun;
    begin_termination(p, now_mono());
    return n;
}

static int fail(pcall_procs *p)
{
    p->failed = 1;
    cancel_pending(p);
    for (size_t j = 0; j < p->nrun; j++)
        p->out[p->run[j]].terminated = 1;
    signal_groups(p, SIGKILL);
    while (p->nrun > 0)
        reap(p, p->run[0]);
    return -1;
}
#line 16766 "pcall.nw"
void pcall_procs_free(pcall_procs *p)
{
    if (p == NULL)
        return;
    not_in_on_done(p, "pcall_procs_free");
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
    private_free(p->out, p->cfg.ncalls * sizeof *p->out);
    private_free(p->slot, p->cfg.ncalls * sizeof *p->slot);
    private_free(p->run, p->cap * sizeof *p->run);
    private_free(p->pfd, 2 * p->cap * sizeof *p->pfd);
    private_free(p->pmap, 2 * p->cap * sizeof *p->pmap);
    store_free(p);
    if (p->devnull != -1)
        close(p->devnull);
    if (p->spill != -1)
        close(p->spill);
    free(p->name);
    free(p);
}
