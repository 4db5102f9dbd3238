#line 4491 "pcall.nw"
/* transport.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "transport.h"
#line 4505 "pcall.nw"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 4580 "pcall.nw"
struct pcall_tp_block {     /* a block of the store */
    struct pcall_tp_block *next;
    size_t used;            /* bytes handed out, header included */
    size_t size;            /* bytes mapped, header included */
};
#line 4677 "pcall.nw"
struct large_header {       /* sent instead of the result */
    char magic[8];          /* BY_ADDRESS */
    uint64_t table;         /* the parts, in the child's memory */
    uint64_t nparts;        /* how many: the pickle, then buffers */
};

struct part {               /* an entry of the table */
    uint64_t addr;
    uint64_t len;
};
#line 4927 "pcall.nw"
struct pcall_tp_parts {     /* a result in parts, being read */
    pcall_tp_large got;     /* the room for the parts */
    uint64_t *lens;         /* their lengths */
    unsigned char **dst;    /* where each goes */
    size_t nparts, part;    /* how many; the one being read */
    size_t off;             /* bytes of it read */
};
#line 4843 "pcall.nw"
static int send_stamped(int fd, const void *buf, size_t len);
static int no_room(size_t n);
static int send_in_parts(int fd, const void *buf, size_t len,
                         const pv_pickle_buffer *bufs, size_t nbufs);
#line 4908 "pcall.nw"
static int alloc_parts(const uint64_t *lens, size_t n,
                       pcall_tp_large *got, unsigned char **dst);
#line 5002 "pcall.nw"
static void parts_advance(pcall_tp_parts *f, size_t n);
static size_t parts_put(pcall_tp_parts *f, const unsigned char *b,
                        size_t n);
#line 33613 "pcall.nw"
static void *private_map(size_t len, int zero);
static void *take_mapping(size_t len);
static int keep_mapping(void *q, size_t len);
#line 33994 "pcall.nw"
static size_t probe_large(void);
#line 34055 "pcall.nw"
static int send_by_address(int fd, const void *buf, size_t len,
                           const pv_pickle_buffer *bufs, size_t nbufs);
#line 34134 "pcall.nw"
static int read_child(pid_t pid, void *buf, uint64_t addr,
                      size_t len);
#line 4588 "pcall.nw"
enum {
    STORE_FIRST = 1 << 16,      /* bytes of the store's first block */
    STORE_BLOCK = 1 << 20       /* the most a block grows to */
};
#line 4690 "pcall.nw"
static const char BY_ADDRESS[8] = "\0pcallR";
static const char IN_PARTS[8] = "\0pcallP";
enum {
    MAX_PARTS = 1 << 20         /* more is a lie */
};
size_t pcall_large_result_min = (size_t)1 << 20;
int pcall_large_read_child = 1;
const pcall_tp_plan *pcall_tp_child_plan;   /* the set that forked us */
#line 33684 "pcall.nw"
enum {
    KEEP_N = 16,                /* mappings kept at most */
    KEEP_ONE = PCALL_TP_SCRATCH + 4096,    /* the largest kept */
    KEEP_BYTES = 256 << 10      /* bytes kept at most, in all */
};
static struct kept_map { void *q; size_t len; } kept_maps[KEEP_N];
static size_t nkept, kept_bytes;
static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t kept_once = PTHREAD_ONCE_INIT;
static int watching;            /* the fork handler is registered */
#line 4528 "pcall.nw"
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
#line 4765 "pcall.nw"
size_t pcall_proc_oob_min(void)
{
    const pcall_tp_plan *p = pcall_tp_child_plan;
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
    const pcall_tp_plan *p = pcall_tp_child_plan;
    if (nbufs >= MAX_PARTS)
        return 1;               /* pickle again, in band */
    
#line 34004 "pcall.nw"
if (p != NULL && (nbufs > 0 || len >= p->large_min)
    && p->large_min != SIZE_MAX && prctl(PR_GET_DUMPABLE) == 1)
    return send_by_address(fd, buf, len, bufs, nbufs);
#line 4784 "pcall.nw"
    if (nbufs > 0)
        return send_in_parts(fd, buf, len, bufs, nbufs);
    return send_stamped(fd, buf, len);
}
#line 4805 "pcall.nw"
static int no_room(size_t n)
{
    char msg[80];
    snprintf(msg, sizeof msg, "out of memory (%zu bytes) for the "
             "table of a result's parts", n);
    pv_error_raise("MemoryError", msg);     /* in a pcall child */
    errno = ENOMEM;
    return -1;
}
#line 4817 "pcall.nw"
static int send_in_parts(int fd, const void *buf, size_t len,
                         const pv_pickle_buffer *bufs, size_t nbufs)
{
    uint64_t few[2 + 8], *h = few;
    size_t n = 2 + nbufs + 1;
    int r = 0;
    if (n > sizeof few / sizeof few[0]
        && (h = malloc(n * sizeof *h)) == NULL)
        return no_room(n * sizeof *h);
    memcpy(h, IN_PARTS, sizeof h[0]);
    h[1] = nbufs + 1;
    h[2] = len;
    for (size_t k = 0; k < nbufs; k++)
        h[3 + k] = bufs[k].len;
    if (send_stamped(fd, h, n * sizeof *h) == -1
        || pcall_proc_send(fd, buf, len) == -1)
        r = -1;
    for (size_t k = 0; k < nbufs && r == 0; k++)
        r = pcall_proc_send(fd, bufs[k].data, bufs[k].len);
    if (h != few)
        free(h);
    return r;
}
#line 5529 "pcall.nw"
static int send_stamped(int fd, const void *buf, size_t len)
{
    unsigned char st[PCALL_TP_STAMP_LEN];
    size_t first = len < (1u << 30) ? len : (1u << 30), done;
    struct iovec v[2] = { { st, sizeof st }, { (void *)buf, first } };
    struct timespec ts;
    uint64_t ns;
    ssize_t r;
    syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);   /* no vDSO */
    ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    memcpy(st, PCALL_TP_DONE, sizeof PCALL_TP_DONE);
    memcpy(st + sizeof PCALL_TP_DONE, &ns, sizeof ns);
    do
        r = writev(fd, v, 2);
    while (r == -1 && errno == EINTR);
    if (r == -1)
        return -1;
    if ((size_t)r < sizeof st)          /* cut short in the stamp */
        return pcall_proc_send(fd, st + r, sizeof st - (size_t)r)
               == -1 ? -1 : pcall_proc_send(fd, buf, len);
    done = (size_t)r - sizeof st;
    return pcall_proc_send(fd, (const unsigned char *)buf + done,
                           len - done);
}
#line 34024 "pcall.nw"
static int send_by_address(int fd, const void *buf, size_t len,
                           const pv_pickle_buffer *bufs, size_t nbufs)
{
    struct part few[8], *t = few;
    struct large_header h;
    struct pollfd w = { .fd = fd, .events = 0 };
    int r = 0;
    if (nbufs + 1 > sizeof few / sizeof few[0]
        && (t = malloc((nbufs + 1) * sizeof *t)) == NULL)
        return no_room((nbufs + 1) * sizeof *t);
    t[0].addr = (uint64_t)(uintptr_t)buf;
    t[0].len = len;
    for (size_t k = 0; k < nbufs; k++) {
        t[k + 1].addr = (uint64_t)(uintptr_t)bufs[k].data;
        t[k + 1].len = bufs[k].len;
    }
    memcpy(h.magic, BY_ADDRESS, sizeof h.magic);
    h.table = (uint64_t)(uintptr_t)t;
    h.nparts = nbufs + 1;
    if (send_stamped(fd, &h, sizeof h) == -1)
        r = -1;
    else
        while (poll(&w, 1, -1) == -1 && errno == EINTR)
            ;                   /* until the parent has read it */
    if (t != few)
        free(t);
    return r;
}
#line 33560 "pcall.nw"
void *pcall_tp_private_calloc(size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size) {
        fprintf(stderr, "pcall: out of memory (%zu x %zu bytes)\n",
                n, size);
        abort();
    }
    return private_map(n * size, 1);    /* zeroed, as calloc's */
}

void pcall_tp_private_free(void *q, size_t len)
{
    if (q != NULL && !keep_mapping(q, len))
        munmap(q, len > 0 ? len : 1);
}

void *pcall_tp_private_regrow(void *q, size_t n, size_t m, size_t size)
{
    void *r = pcall_tp_private_calloc(m, size);     /* zeroed */
    if (n > 0)
        memcpy(r, q, n * size);
    pcall_tp_private_free(q, n * size);
    return r;
}
#line 33593 "pcall.nw"
static void *private_map(size_t len, int zero)
{
    void *q = take_mapping(len);
    if (q != NULL) {
        if (zero)
            memset(q, 0, len);
        return q;
    }
    q = mmap(NULL, len > 0 ? len : 1, PROT_READ | PROT_WRITE,
             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED) {
        fprintf(stderr, "pcall: out of memory (%zu bytes)\n", len);
        abort();
    }
    (void)madvise(q, len > 0 ? len : 1, MADV_DONTFORK);
    return q;
}
#line 33698 "pcall.nw"
static size_t pages_of(size_t len)
{
    static size_t page;
    if (page == 0) {
        long n = sysconf(_SC_PAGESIZE);
        page = n > 0 ? (size_t)n : 4096;
    }
    len = len > 0 ? len : 1;
    return len / page + (len % page != 0);
}

static void forget_kept(void)       /* in a child, after fork */
{
    pthread_mutex_init(&kept_lock, NULL);
    nkept = kept_bytes = 0;
}

static void watch_forks(void)
{
    watching = pthread_atfork(NULL, NULL, forget_kept) == 0;
}

static void lock_kept(void)
{
    pthread_once(&kept_once, watch_forks);
    pthread_mutex_lock(&kept_lock);
}

static void *take_mapping(size_t len)
{
    void *q = NULL;
    lock_kept();
    for (size_t i = nkept; q == NULL && i-- > 0; )
        if (pages_of(kept_maps[i].len) == pages_of(len)) {
            q = kept_maps[i].q;
            kept_bytes -= kept_maps[i].len;
            memmove(&kept_maps[i], &kept_maps[i + 1],
                    (--nkept - i) * sizeof *kept_maps);
        }
    pthread_mutex_unlock(&kept_lock);
    return q;
}

static int keep_mapping(void *q, size_t len)
{
    if (len > KEEP_ONE)
        return 0;
    lock_kept();
    if (!watching) {            /* children would inherit a bad list */
        pthread_mutex_unlock(&kept_lock);
        return 0;
    }
    while (nkept > 0 && (nkept == KEEP_N
                         || kept_bytes + len > KEEP_BYTES)) {
        struct kept_map *old = &kept_maps[0];       /* the oldest */
        munmap(old->q, old->len > 0 ? old->len : 1);
        kept_bytes -= old->len;
        memmove(old, old + 1, --nkept * sizeof *old);
    }
    kept_maps[nkept++] = (struct kept_map){ q, len };
    kept_bytes += len;
    pthread_mutex_unlock(&kept_lock);
    return 1;
}
#line 4595 "pcall.nw"
void pcall_tp_store_open(pcall_tp_store *st)
{
    st->scratch = private_map(PCALL_TP_SCRATCH, 0);
}

unsigned char *pcall_tp_store_alloc(pcall_tp_store *st, size_t n)
{
    struct pcall_tp_block *b = st->blocks;
    size_t head = (sizeof *b + 15) & ~(size_t)15;
    unsigned char *q;
    n = (n + 15) & ~(size_t)15;     /* keep 16-byte alignment */
    if (b == NULL || b->size - b->used < n) {
        size_t size = b == NULL ? STORE_FIRST : 2 * b->size;
        if (size > STORE_BLOCK)
            size = STORE_BLOCK;
        while (size < head + n)     /* n <= PCALL_TP_STORE_MAX */
            size *= 2;
        b = private_map(size, 0);
        b->next = st->blocks;
        b->used = head;
        b->size = size;
        st->blocks = b;
    }
    q = (unsigned char *)b + b->used;
    b->used += n;
    return q;
}

void pcall_tp_store_free(pcall_tp_store *st)
{
    while (st->blocks != NULL) {
        struct pcall_tp_block *b = st->blocks;
        st->blocks = b->next;
        pcall_tp_private_free(b, b->size);
    }
    pcall_tp_private_free(st->scratch, PCALL_TP_SCRATCH);
    st->scratch = NULL;
}
#line 4723 "pcall.nw"
void pcall_tp_plan_make(pcall_tp_plan *pl, int by_address)
{
    pl->oob_min = pcall_large_result_min;
    pl->large_min = SIZE_MAX;       /* the plain path: the pipe */
    if (by_address)
        
#line 33964 "pcall.nw"
pl->large_min = probe_large();
#line 4729 "pcall.nw"
}
#line 4704 "pcall.nw"
int pcall_tp_kind(const unsigned char *b, size_t len)
{
    if (len >= 8 && memcmp(b, BY_ADDRESS, 8) == 0)
        return PCALL_TP_BY_ADDRESS;
    if (len >= 8 && memcmp(b, IN_PARTS, 8) == 0)
        return PCALL_TP_IN_PARTS;
    return PCALL_TP_PLAIN;
}
#line 4868 "pcall.nw"
static int alloc_parts(const uint64_t *lens, size_t n,
                       pcall_tp_large *got, unsigned char **dst)
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
        pcall_tp_large_free(got);
        return ENOMEM;
    }
    pv_advise_huge(got->data, lens[0]);
    got->len = lens[0];
    dst[0] = got->data;
    for (size_t k = 1; k < n; k++) {
        pv *b = pv_bytes_new(lens[k], &dst[k]);
        if (b == NULL) {
            pcall_tp_large_free(got);
            return ENOMEM;
        }
        got->oob[got->noob++] = b;
    }
    return 0;
}

void pcall_tp_large_free(pcall_tp_large *got)
{
    free(got->data);
    for (size_t k = 0; k < got->noob; k++)
        pv_free(got->oob[k]);
    free(got->oob);
    memset(got, 0, sizeof *got);
}
#line 4937 "pcall.nw"
int pcall_tp_parts_start(const unsigned char *b, size_t len,
                         pcall_tp_parts **out)
{
    pcall_tp_parts *f;
    uint64_t n;
    size_t head;
    int e = ENOMEM;
    if (len < 16)
        return -1;              /* not whole yet */
    memcpy(&n, b + 8, sizeof n);
    if (n == 0 || n > MAX_PARTS)
        return EPROTO;
    head = 16 + 8 * (size_t)n;
    if (len < head)
        return -1;
    if ((f = calloc(1, sizeof *f)) != NULL
        && (f->lens = malloc(n * sizeof *f->lens)) != NULL
        && (f->dst = malloc(n * sizeof *f->dst)) != NULL) {
        memcpy(f->lens, b + 16, n * sizeof *f->lens);
        f->nparts = (size_t)n;
        e = alloc_parts(f->lens, f->nparts, &f->got, f->dst);
    }
    if (e == 0 && parts_put(f, b + head, len - head) > 0)
        e = EPROTO;             /* more than the parts hold */
    if (e != 0) {
        pcall_tp_parts_free(f);
        return e;
    }
    *out = f;
    return 0;
}
#line 4975 "pcall.nw"
static void parts_advance(pcall_tp_parts *f, size_t n)
{
    f->off += n;
    while (f->part < f->nparts && f->off == f->lens[f->part]) {
        f->part++;
        f->off = 0;
    }
}

static size_t parts_put(pcall_tp_parts *f, const unsigned char *b,
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
#line 5008 "pcall.nw"
size_t pcall_tp_parts_room(const pcall_tp_parts *f,
                           unsigned char **to)
{
    *to = f->dst[f->part] + f->off;
    return f->lens[f->part] - f->off;
}

int pcall_tp_parts_took(pcall_tp_parts *f, size_t n)
{
    parts_advance(f, n);
    return f->part == f->nparts;
}

void pcall_tp_parts_finish(pcall_tp_parts *f, pcall_tp_large *got)
{
    *got = f->got;
    memset(&f->got, 0, sizeof f->got);
    pcall_tp_parts_free(f);
}

void pcall_tp_parts_free(pcall_tp_parts *f)
{
    if (f == NULL)
        return;
    pcall_tp_large_free(&f->got);
    free(f->lens);
    free(f->dst);
    free(f);
}
#line 33968 "pcall.nw"
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
#line 34066 "pcall.nw"
int pcall_tp_read_by_address(pid_t pid, const unsigned char *b,
                             size_t len, pcall_tp_large *got)
{
    struct large_header h;
    struct part *t = NULL;
    uint64_t *lens = NULL;
    unsigned char **dst = NULL;
    int e;
    memset(got, 0, sizeof *got);
    if (len < sizeof h)
        return -1;              /* not whole yet */
    memcpy(&h, b, sizeof h);
    if (len != sizeof h || h.nparts == 0 || h.nparts > MAX_PARTS)
        e = EPROTO;
    else if ((t = malloc(h.nparts * sizeof *t)) == NULL
             || (lens = malloc(h.nparts * sizeof *lens)) == NULL
             || (dst = malloc(h.nparts * sizeof *dst)) == NULL)
        e = ENOMEM;
    else if ((e = read_child(pid, t, h.table,
                             h.nparts * sizeof *t)) == 0)
        
#line 34095 "pcall.nw"
{
    for (size_t k = 0; k < h.nparts; k++)
        lens[k] = t[k].len;
    e = alloc_parts(lens, (size_t)h.nparts, got, dst);
    for (size_t k = 0; k < h.nparts && e == 0; k++)
        e = read_child(pid, dst[k], t[k].addr, (size_t)t[k].len);
    if (e != 0)
        pcall_tp_large_free(got);
}
#line 34087 "pcall.nw"
    free(t);
    free(lens);
    free(dst);
    return e;
}
#line 34112 "pcall.nw"
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
