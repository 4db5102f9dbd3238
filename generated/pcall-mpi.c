#line 36906 "pcall.nw"
/* pcall-mpi.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 36922 "pcall.nw"
#include <alloca.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <mpi.h>
#include "pcall-mpi.h"
#include "internal.h"
#line 34652 "pcall.nw"
enum { TAG_CALL = 1, TAG_RESULT, TAG_OOB, TAG_TERM, TAG_STOP,
       TAG_SERVE, TAG_DONE };      /* the last two: fork server only */
#ifndef NAP_BUSY
#define NAP_BUSY 200        /* see next_nap() */
#endif
#define QUEUE_US 4000       /* see room() */
#define SEND_SMALL 65536    /* see relay() */
#define QUEUE_MOST 15
#define WIRE_BATCH 32       /* see wire_flush() */
#define WIRE_BUF 65536      /* see wire_get() */
#define OUT_BUF (256 << 10) /* see pack_result() */

struct call_head {          /* rank 0 -> server; then the pickle */
    uint64_t set, index;    /* which object, which call */
    uint32_t target;        /* its index in the table */
    uint32_t capture, pidns;
    double timeout, grace;
};

struct result_head {        /* server -> rank 0; then data, the
                               buffers' lengths, log; each buffer
                               then follows as a TAG_OOB message */
    uint64_t set, index;
    int32_t state, pid, status, status_lost, timed_out, terminated;
    int32_t logged, log_errno, fetch_errno, pad;
    double started, ended;  /* wall clock */
    uint64_t len, noob, log_len;
    char why[200];          /* the rank could not run the call */
};
#line 34691 "pcall.nw"
struct rank_info {
    int slots;              /* how many calls it runs at once */
    int busy;               /* calls handed to it, not back */
    char host[MPI_MAX_PROCESSOR_NAME];
    char where[MPI_MAX_PROCESSOR_NAME + 32];
};

struct pending_send {
    MPI_Request req;
    unsigned char *buf;         /* freed when sent, or NULL */
    pv *keep;                   /* released when sent, or NULL */
    int large;                  /* of more than SEND_SMALL bytes */
};

static struct {
    int up, we_init, have_comm, rank, size;
    int slots;                      /* this rank's */
    MPI_Comm comm;
    const pcall_mpi_target *table;
    size_t ntable;
    struct rank_info *ranks;        /* rank 0: one per rank */
    struct mpi_set *sets;           /* rank 0: the sets alive */
    uint64_t next_id;
    double run_mean;                /* rank 0: seconds, see patience */
    struct pending_send *sends;
    size_t nsends, capsends;
    size_t nlarge;                  /* the large ones among them */
    pid_t server_pid;               /* this rank's fork server */
    int in_server;                  /* this is the fork server */
    char host[MPI_MAX_PROCESSOR_NAME];
} g = { .rank = -1, .size = -1 };
#line 36948 "pcall.nw"
struct mpi_set;
struct slot;
struct run;
struct out_frame;
static pcall_error *start_server(const pcall_mpi_target *t,
                                 size_t n);
static _Noreturn void be_server(int fd, const pcall_mpi_target *t,
                                size_t n);
static void stop_server(void);
static void relay(void);
static _Noreturn void server_lost(void);
static void wire_put(const void *data, size_t n, unsigned char *buf,
                     pv *keep, int tag);
static int wire_flush(void);
static int wire_get(int *tag, unsigned char **b, size_t *n);
static size_t frame_iov(struct out_frame *f, struct iovec *v,
                        struct msghdr *m);
static void count_off(size_t w);
static int take_buffered(void);
static void wire_open(int fd);
static void wire_close(void);
static void *block_get(size_t n);
static void block_put(void *b, size_t n);
static int in_out(const unsigned char *b);
static _Noreturn void serve(void *above);
static int running(void);
static void rest(void);
static int serve_messages(int *stop);
static int serve_slots(void);
static void queue_call(unsigned char *b, size_t n);
static void stop_slots(const unsigned char *b);
static void stop_queued(uint64_t set);
static int was_stopped(uint64_t set);
static int start_queued(void);
static void step_runs(void);
static int ended(const struct slot *s);
static int send_ended(void);
static int start_slot(struct slot *s, pv_err *e);
static struct run *new_run(const struct slot *s, pv_err *e);
static int serve_body(size_t index, void *arg, int result_fd);
static void retire_runs(int all);
static void send_result(struct slot *s);
static void post_value(pv *bytes, int to, int tag);
static void fill_head(struct result_head *h,
                      const pcall_proc_outcome *o);
static unsigned char *pack_result(struct result_head *h,
                                  const pcall_proc_outcome *o,
                                  const struct slot *s, size_t total);
static _Noreturn void server_dies(const char *what);
static pcall_error *check_table(const pcall_mpi_target *t, size_t n);
static pcall_error *mpi_start(int *argc, char ***argv);
static pcall_error *compare_tables(const pcall_mpi_target *t,
                                   size_t n);
static pcall_error *meet_the_ranks(void);
static pcall_error *mpi_failed(const char *what, int rc);
static void mpi_stop(void);
static int progress(int *did_out);
static void stop_set(struct mpi_set *s);
static int room(int r);
static size_t outstanding(void);
static long target_index(pcall_target *t);
static void send_call(struct mpi_set *s, size_t i, int r);
static void end_unsent(struct mpi_set *s, size_t i, const char *why);
static int take_result(const MPI_Status *st);
static void unpack_result(struct mpi_set *s, size_t i,
                          const struct result_head *h,
                          unsigned char *b, pv **oob, int rank);
static pv **take_buffers(const struct result_head *h,
                         const unsigned char *b, int from);
static void to_notify(struct mpi_set *s, size_t i);
static void notify(struct mpi_set *s, size_t i);
static int fail_all(pcall_error *e);
static const pcall_engine mpi_engine;
#line 37024 "pcall.nw"
static _Noreturn void mpi_die(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static _Noreturn void mpi_die(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "pcall: %s\n", msg);
    abort();
}

static void *need(void *p)
{
    if (p == NULL)
        mpi_die("out of memory");
    return p;
}
#line 37047 "pcall.nw"
static void give(pcall_error **err, pcall_error *e)
{
    if (err != NULL)
        *err = e;
    else
        pcall_error_free(e);
}

static double now_mono(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double wall_minus_mono(void)
{
    struct timespec w;
    clock_gettime(CLOCK_REALTIME, &w);
    return (double)w.tv_sec + (double)w.tv_nsec / 1e9 - now_mono();
}

static const char *my_host(void)
{
    int n = 0;
    if (g.host[0] == '\0' && (g.in_server
        || MPI_Get_processor_name(g.host, &n) != MPI_SUCCESS))
        snprintf(g.host, sizeof g.host, "?");
    return g.host;
}

/* Microseconds to sleep after a round of the loop: none after a
   round that did something, then 50 doubling up to most; at most 20
   while a send is in flight, since a large message moves only as
   fast as its sender calls into MPI. */
static long next_nap(long nap, int did, long most)
{
    nap = did ? 0 : nap == 0 ? 50 : 2 * nap > most ? most : 2 * nap;
    return g.nsends > 0 && nap > 20 ? 20 : nap;
}

static size_t oob_len(const pv *b)
{
    size_t n = 0;
    pv_bytes_data(b, &n);
    return n;
}
#line 36220 "pcall.nw"
static void post_bytes(const void *data, size_t n, unsigned char *buf,
                       pv *keep, int to, int tag)
{
    if (g.in_server) {
        wire_put(data, n, buf, keep, tag);
        return;
    }
    if (g.nsends == g.capsends) {
        g.capsends = g.capsends ? 2 * g.capsends : 16;
        g.sends = need(realloc(g.sends, g.capsends * sizeof *g.sends));
    }
    struct pending_send *p = &g.sends[g.nsends];
    p->buf = buf;
    p->keep = keep;
    p->large = n > SEND_SMALL;
    g.nlarge += (size_t)p->large;
    if (MPI_Isend(data, (int)n, MPI_BYTE, to, tag, g.comm, &p->req)
        != MPI_SUCCESS) {
        if (g.rank != 0)
            server_dies("MPI failed sending to rank 0");
        fprintf(stderr, "pcall-mpi: rank 0: MPI_Isend to rank %d "
                "failed\n", to);
        MPI_Abort(MPI_COMM_WORLD, 1);
    }
    g.nsends++;
}

static void post(unsigned char *buf, size_t n, int to, int tag)
{
    post_bytes(buf, n, buf, NULL, to, tag);
}

static void post_value(pv *bytes, int to, int tag)
{
    size_t n = 0;
    const unsigned char *d = pv_bytes_data(bytes, &n);
    post_bytes(d, n, NULL, bytes, to, tag);
}

static int finish_sends(int all)
{
    for (size_t i = 0; i < g.nsends; ) {
        int done = 0;
        if ((all ? MPI_Wait(&g.sends[i].req, MPI_STATUS_IGNORE)
             : MPI_Test(&g.sends[i].req, &done, MPI_STATUS_IGNORE))
            != MPI_SUCCESS)
            return -1;
        if (!all && !done) {
            i++;
            continue;
        }
        free(g.sends[i].buf);
        pv_free(g.sends[i].keep);
        g.nlarge -= (size_t)g.sends[i].large;
        g.sends[i] = g.sends[--g.nsends];
    }
    return 0;
}
#line 36299 "pcall.nw"
struct mpi_set {
    struct mpi_set *next;
    uint64_t id;
    pcall_obj *obj;
    pcall_proc_config cfg;
    size_t n, handed, outstanding;
    pcall_proc_outcome *out;
    unsigned char **msg;        /* the message each outcome is in */
    unsigned char **log;        /* each call's output (owned) */
    int *rank_of, *listed;      /* listed: in done[] */
    size_t *done, ndone, told;  /* calls ended, as seen; told of */
    int started, fired, stopped;
    atomic_int term_req;
    char why[1024];             /* the first failure, or "" */
};
#line 36321 "pcall.nw"
static void *engine_make(pcall_obj *p, const pcall_proc_config *cfg,
                         pcall_error_kind *kind, pv_err *err)
{
    size_t n = cfg->ncalls;
    for (size_t i = 0; i < n; i++)
        if (target_index(pcall_obj_target(p, i)) < 0) {
            *kind = PCALL_ERR_ARGS;
            pv_err_set(err, "call %zu's target is not in the table "
                       "given to pcall_mpi_init(): over MPI a target "
                       "travels by its index there", i);
            return NULL;
        }
    struct mpi_set *s = need(calloc(1, sizeof *s));
    s->obj = p;
    s->cfg = *cfg;
    s->n = n;
    s->id = ++g.next_id;
    s->out = need(calloc(n, sizeof *s->out));
    s->msg = need(calloc(n, sizeof *s->msg));
    s->log = need(calloc(n, sizeof *s->log));
    s->rank_of = need(calloc(n, sizeof *s->rank_of));
    s->listed = need(calloc(n, sizeof *s->listed));
    s->done = need(calloc(n, sizeof *s->done));
    s->next = g.sets;
    g.sets = s;
    return s;
}
#line 36351 "pcall.nw"
static long target_index(pcall_target *t)
{
    for (size_t i = 0; i < g.ntable; i++)
        if (g.table[i].fn == t)
            return (long)i;
    return -1;
}
#line 36380 "pcall.nw"
static int hand_out(struct mpi_set *s)
{
    int did = 0;
    while (s->started && !s->stopped && s->handed < s->n
           && (s->cfg.max_procs == 0
               || s->outstanding < s->cfg.max_procs)) {
        int best = 0;
        for (int r = 1; r < g.size; r++)
            if (room(r) > 0 && (best == 0 || room(r) > room(best)))
                best = r;
        if (best == 0)
            break;
        send_call(s, s->handed++, best);
        did = 1;
    }
    return did;
}

static size_t outstanding(void)
{
    size_t n = 0;
    for (struct mpi_set *s = g.sets; s != NULL; s = s->next)
        n += s->outstanding;
    return n;
}

static int room(int r)
{
    int slots = g.ranks[r].slots, queue = slots;
    if (g.run_mean > 0) {
        double n = QUEUE_US * 1e-6 * slots / g.run_mean;
        queue = n > QUEUE_MOST * slots ? QUEUE_MOST * slots
                : n > slots ? (int)n : slots;
    }
    return slots + queue - g.ranks[r].busy;
}
#line 36419 "pcall.nw"
static void send_call(struct mpi_set *s, size_t i, int r)
{
    pv_err e = { "" };
    unsigned char *pk = NULL;
    size_t len = 0;
    pv *call = pcall_obj_call(s->obj, i);
    int bad = pv_pickle(call, &pk, &len, &e) < 0
              || sizeof(struct call_head) + len > INT_MAX;
    pv_free(call);
    if (bad) {
        free(pk);
        end_unsent(s, i, e.msg[0] ? e.msg : "the arguments are more "
                   "than 2 GiB, more than one MPI message carries");
        return;
    }
    struct call_head h = { .set = s->id, .index = i,
        .target = (uint32_t)target_index(pcall_obj_target(s->obj, i)),
        .capture = (uint32_t)s->cfg.capture,
        .pidns = (uint32_t)s->cfg.pid_namespace,
        .timeout = s->cfg.timeout, .grace = s->cfg.grace };
    unsigned char *b = need(malloc(sizeof h + len));
    memcpy(b, &h, sizeof h);
    memcpy(b + sizeof h, pk, len);
    free(pk);
    post(b, sizeof h + len, r, TAG_CALL);
    s->rank_of[i] = r;
    s->outstanding++;
    g.ranks[r].busy++;
}
#line 36451 "pcall.nw"
static void end_unsent(struct mpi_set *s, size_t i, const char *why)
{
    char msg[PV_ERRMAX + 64];
    pv *rec;
    snprintf(msg, sizeof msg, "cannot send call %zu over MPI: %s", i,
             why);
    rec = pv_tuple_new(4);
    pv_tuple_set(rec, 0, pv_str("raise"));
    pv_tuple_set(rec, 1, pv_str("ValueError"));
    pv_tuple_set(rec, 2, pv_str(msg));
    pv_tuple_set(rec, 3, pv_str(""));
    s->out[i].state = PCALL_PROC_DONE;
    s->out[i].status = PCALL_RAISE_STATUS << 8;   /* exited 1 */
    s->out[i].started = s->out[i].ended = now_mono();
    if (pv_pickle(rec, &s->msg[i], &s->out[i].len, NULL) == 0)
        s->out[i].data = s->msg[i];
    pv_free(rec);
    to_notify(s, i);
}
#line 36481 "pcall.nw"
static int progress(int *did_out)
{
    int flag = 0, did = 0;
    MPI_Status st;
    if (!g.up)
        return fail_all(pcall_error_new(PCALL_ERR_SYSTEM, "pcall-mpi: "
                        "pcall_mpi_finalize() has ended the service"));
    for (struct mpi_set *s = g.sets; s != NULL; s = s->next)
        if (atomic_load(&s->term_req) && !s->stopped)
            stop_set(s), did = 1;
    for (;;) {
        int rc = MPI_Iprobe(MPI_ANY_SOURCE, TAG_RESULT, g.comm, &flag,
                            &st);
        if (rc != MPI_SUCCESS)
            return fail_all(mpi_failed("MPI_Iprobe", rc));
        if (!flag)
            break;
        if (take_result(&st) < 0)
            return -1;
        did = 1;
    }
    for (struct mpi_set *s = g.sets; s != NULL; s = s->next)
        did |= hand_out(s);
    if (finish_sends(0) < 0)
        return fail_all(pcall_error_new(PCALL_ERR_SYSTEM, "pcall-mpi: "
                                        "rank 0: a send failed"));
    if (did_out != NULL)
        *did_out = did;
    return 0;
}
#line 36514 "pcall.nw"
static void stop_set(struct mpi_set *s)
{
    s->stopped = 1;
    for (size_t i = s->handed; i < s->n; i++) {
        s->out[i].state = PCALL_PROC_CANCELLED;
        to_notify(s, i);
    }
    s->handed = s->n;
    for (int r = 1; r < g.size; r++) {
        int holds = 0;
        for (size_t i = 0; i < s->n && !holds; i++)
            holds = s->rank_of[i] == r
                    && s->out[i].state == PCALL_PROC_PENDING;
        if (holds) {
            unsigned char *b = need(malloc(sizeof s->id));
            memcpy(b, &s->id, sizeof s->id);
            post(b, sizeof s->id, r, TAG_TERM);
        }
    }
}
#line 36537 "pcall.nw"
static int fail_all(pcall_error *e)
{
    for (struct mpi_set *s = g.sets; s != NULL; s = s->next)
        if (s->why[0] == '\0')
            snprintf(s->why, sizeof s->why, "%s",
                     pcall_error_message(e));
    pcall_error_free(e);
    return -1;
}
#line 36559 "pcall.nw"
static int take_result(const MPI_Status *st)
{
    int n = 0, rc;
    struct result_head h;
    MPI_Get_count(st, MPI_BYTE, &n);
    unsigned char *b = need(malloc(n > 0 ? (size_t)n : 1));
    rc = MPI_Recv(b, n, MPI_BYTE, st->MPI_SOURCE, TAG_RESULT, g.comm,
                  MPI_STATUS_IGNORE);
    if (rc != MPI_SUCCESS) {
        free(b);
        return fail_all(mpi_failed("MPI_Recv", rc));
    }
    if ((size_t)n < sizeof h) {
        free(b);
        return fail_all(pcall_error_new(PCALL_ERR_SYSTEM, "pcall-mpi: "
                        "rank %d sent a result of %d bytes, less than "
                        "its header", st->MPI_SOURCE, n));
    }
    memcpy(&h, b, sizeof h);
    pv **oob = take_buffers(&h, b, st->MPI_SOURCE);
    struct mpi_set *s = g.sets;
    while (s != NULL && s->id != h.set)
        s = s->next;
    g.ranks[st->MPI_SOURCE].busy--;
    if (s == NULL || h.index >= s->n || (h.noob > 0 && oob == NULL)) {
        for (size_t j = 0; oob != NULL && j < h.noob; j++)
            pv_free(oob[j]);
        free(oob);
        free(b);                    /* a set freed meanwhile */
        return oob == NULL && h.noob > 0 ? -1 : 0;
    }
    unpack_result(s, (size_t)h.index, &h, b, oob, st->MPI_SOURCE);
    return 0;
}
#line 36602 "pcall.nw"
static pv **take_buffers(const struct result_head *h,
                         const unsigned char *b, int from)
{
    const unsigned char *lens = b + sizeof *h + h->len;
    pv **oob = h->noob > 0 ? need(calloc(h->noob, sizeof *oob)) : NULL;
    for (size_t j = 0; j < h->noob; j++) {
        uint64_t len;
        unsigned char *d;
        int rc;
        memcpy(&len, lens + j * sizeof len, sizeof len);
        oob[j] = need(pv_bytes_new(len, &d));
        rc = MPI_Recv(d, (int)len, MPI_BYTE, from, TAG_OOB, g.comm,
                      MPI_STATUS_IGNORE);
        if (rc != MPI_SUCCESS) {
            fail_all(mpi_failed("MPI_Recv", rc));
            for (size_t k = 0; k <= j; k++)
                pv_free(oob[k]);
            free(oob);
            return NULL;
        }
    }
    return oob;
}
#line 36628 "pcall.nw"
static void unpack_result(struct mpi_set *s, size_t i,
                          const struct result_head *h,
                          unsigned char *b, pv **oob, int rank)
{
    pcall_proc_outcome *o = &s->out[i];
    unsigned char *at = b + sizeof *h;
    double to_mono = -wall_minus_mono();
    *o = (pcall_proc_outcome){ .state = h->state, .pid = h->pid,
        .status = h->status, .status_lost = h->status_lost,
        .timed_out = h->timed_out, .terminated = h->terminated,
        .logged = h->logged, .log_errno = h->log_errno,
        .fetch_errno = h->fetch_errno,
        .started = h->started + to_mono, .ended = h->ended + to_mono,
        .where = g.ranks[rank].where };
    o->data = h->len > 0 ? at : NULL;
    o->len = h->len;
    at += h->len;
    o->oob = oob;
    o->noob = h->noob;
    at += h->noob * sizeof(uint64_t);
    if (h->log_len > 0) {
        s->log[i] = need(malloc(h->log_len));
        memcpy(s->log[i], at, h->log_len);
    }
    o->log_len = h->log_len;
    s->msg[i] = b;
    s->outstanding--;
    to_notify(s, i);
    if (h->why[0] != '\0' && s->why[0] == '\0')
        snprintf(s->why, sizeof s->why, "%s could not run call %zu: "
                 "%.200s", g.ranks[rank].where, i, h->why);
    if (o->timed_out && !s->fired)
        s->fired = 1, stop_set(s);
    if (o->state == PCALL_PROC_DONE && o->ended > o->started)
        g.run_mean = g.run_mean > 0 ? 0.8 * g.run_mean
                     + 0.2 * (o->ended - o->started)
                     : o->ended - o->started;
}
#line 36695 "pcall.nw"
static long patience(void)
{
    double us = 1000;
    for (int r = 1; r < g.size; r++) {
        int queue = g.ranks[r].busy - g.ranks[r].slots;
        if (queue <= 0)
            return NAP_BUSY;            /* a rank without a queue */
        if (g.run_mean * 5e5 * queue / g.ranks[r].slots < us)
            us = g.run_mean * 5e5 * queue / g.ranks[r].slots;
    }
    return us < NAP_BUSY ? NAP_BUSY : (long)us;
}
#line 36710 "pcall.nw"
static int engine_start(void *set, pv_err *err)
{
    struct mpi_set *s = set;
    s->started = 1;
    if (progress(NULL) < 0 || s->why[0] != '\0') {
        pv_err_set(err, "%s", s->why);
        return -1;
    }
    return 0;
}
#line 36723 "pcall.nw"
static int engine_wait(void *set, pv_err *err)
{
    struct mpi_set *s = set;
    long nap = 0;
    s->started = 1;
    for (;;) {
        int did = 0;
        if (progress(&did) < 0)
            break;
        while (s->told < s->ndone)
            notify(s, s->done[s->told++]);
        if (s->outstanding == 0 && s->handed == s->n)
            break;
        long most = patience();
        nap = next_nap(nap, did, most);
        if (!did && most > NAP_BUSY && g.nsends == 0)
            nap = most;             /* every rank has a queue */
        if (nap > 0)
            nanosleep(&(struct timespec){ 0, nap * 1000 }, NULL);
    }
    if (s->why[0] != '\0') {
        pv_err_set(err, "%s", s->why);
        return -1;
    }
    return s->fired;
}

static void to_notify(struct mpi_set *s, size_t i)
{
    pcall_proc_state st = s->out[i].state;
    if (s->listed[i]
        || (st != PCALL_PROC_DONE && st != PCALL_PROC_CANCELLED))
        return;
    s->listed[i] = 1;
    s->done[s->ndone++] = i;
}

static void notify(struct mpi_set *s, size_t i)
{
    if (s->cfg.on_done != NULL)
        s->cfg.on_done(i, &s->out[i], s->cfg.on_done_arg);
}
#line 36774 "pcall.nw"
static pcall_proc_outcome *engine_outcome(void *set, size_t i)
{
    return &((struct mpi_set *)set)->out[i];
}

static void engine_drop_data(void *set, size_t i)
{
    struct mpi_set *s = set;
    for (size_t j = 0; j < s->out[i].noob; j++)
        pv_free(s->out[i].oob[j]);
    free(s->out[i].oob);
    free(s->msg[i]);
    s->msg[i] = NULL;
    s->out[i].oob = NULL;
    s->out[i].noob = 0;
    s->out[i].data = NULL;
    s->out[i].len = 0;
}
#line 36795 "pcall.nw"
static size_t engine_living(void *set, pid_t *out, size_t max)
{
    struct mpi_set *s = set;
    size_t k = 0;
    for (size_t i = 0; i < s->handed; i++)
        if (s->out[i].state == PCALL_PROC_PENDING) {
            if (out != NULL && k < max)
                out[k] = 0;
            k++;
        }
    return k;
}

static int engine_terminate(void *set)
{
    struct mpi_set *s = set;
    atomic_store(&s->term_req, 1);
    return (int)s->outstanding;
}

static int engine_timeout_fired(const void *set)
{
    return ((const struct mpi_set *)set)->fired;
}
#line 36825 "pcall.nw"
static ssize_t log_read(void *set, size_t i, void *buf, size_t n,
                        size_t off)
{
    struct mpi_set *s = set;
    size_t len = s->out[i].log_len;
    if (off >= len)
        return 0;
    if (n > len - off)
        n = len - off;
    memcpy(buf, s->log[i] + off, n);
    return (ssize_t)n;
}

static int engine_merge_logs(void *set, const char *name, int fd,
                             pv_err *err)
{
    struct mpi_set *s = set;
    pcall_log_source src = { s->n, engine_outcome, log_read, s };
    return pcall_logs_merge_from(&src, name, fd, err);
}
#line 36855 "pcall.nw"
static void engine_free(void *set)
{
    struct mpi_set *s = set, **pp = &g.sets;
    if (g.up && s->outstanding > 0)
        stop_set(s);
    while (s->outstanding > 0 && progress(NULL) == 0)
        nanosleep(&(struct timespec){ 0, 100000 }, NULL);
    while (*pp != s)
        pp = &(*pp)->next;
    *pp = s->next;
    for (size_t i = 0; i < s->n; i++) {
        engine_drop_data(s, i);
        free(s->log[i]);
    }
    free(s->out);
    free(s->msg);
    free(s->log);
    free(s->rank_of);
    free(s->listed);
    free(s->done);
    free(s);
}
#line 36880 "pcall.nw"
static const pcall_engine mpi_engine = {
    engine_make, engine_start, engine_wait, engine_outcome,
    engine_drop_data, engine_living, engine_terminate,
    engine_timeout_fired, engine_merge_logs, engine_free
};
#line 34734 "pcall.nw"
int pcall_mpi_init(int *argc, char ***argv,
                   const pcall_mpi_target *table, size_t n,
                   pcall_error **err)
{
    pcall_error *e = NULL;
    if (g.up)
        mpi_die("pcall_mpi_init: called twice");
    if ((e = start_server(table, n)) != NULL
        || (e = mpi_start(argc, argv)) != NULL
        || (e = compare_tables(table, n)) != NULL
        || (e = meet_the_ranks()) != NULL) {
        stop_server();
        mpi_stop();
        give(err, e);
        return -1;
    }
    g.up = 1;
    g.table = table;
    g.ntable = n;
    if (g.rank == 0) {
        stop_server();
        if (g.size > 1)
            pcall_engine_install(&mpi_engine);
        return PCALL_MPI_HOST;
    }
    relay();
    mpi_stop();
    return PCALL_MPI_SERVED;
}
#line 34766 "pcall.nw"
static pcall_error *check_table(const pcall_mpi_target *t, size_t n)
{
    if (t == NULL || n == 0)
        return pcall_error_new(PCALL_ERR_ARGS, "pcall_mpi_init: no "
                               "targets: give a table of them");
    for (size_t i = 0; i < n; i++) {
        if (t[i].name == NULL || t[i].fn == NULL)
            return pcall_error_new(PCALL_ERR_ARGS, "pcall_mpi_init: "
                                   "target %zu has no %s", i,
                                   t[i].name == NULL ? "name"
                                   : "function");
        for (size_t j = 0; j < i; j++)
            if (strcmp(t[i].name, t[j].name) == 0)
                return pcall_error_new(PCALL_ERR_ARGS,
                                       "pcall_mpi_init: targets %zu "
                                       "and %zu are both named '%s'",
                                       j, i, t[i].name);
    }
    return NULL;
}
#line 34789 "pcall.nw"
static pcall_error *mpi_failed(const char *what, int rc)
{
    char s[MPI_MAX_ERROR_STRING];
    int n = 0;
    if (MPI_Error_string(rc, s, &n) != MPI_SUCCESS)
        snprintf(s, sizeof s, "error %d", rc);
    return pcall_error_new(PCALL_ERR_SYSTEM, "pcall-mpi: rank %d: "
                           "%s: %s", g.rank, what, s);
}

static pcall_error *mpi_start(int *argc, char ***argv)
{
    int inited = 0, rc;
    MPI_Initialized(&inited);
    if (!inited) {
        if ((rc = MPI_Init(argc, argv)) != MPI_SUCCESS)
            return mpi_failed("MPI_Init", rc);
        g.we_init = 1;
    }
    if ((rc = MPI_Comm_dup(MPI_COMM_WORLD, &g.comm)) != MPI_SUCCESS)
        return mpi_failed("MPI_Comm_dup", rc);
    g.have_comm = 1;
    MPI_Comm_set_errhandler(g.comm, MPI_ERRORS_RETURN);
    MPI_Comm_rank(g.comm, &g.rank);
    MPI_Comm_size(g.comm, &g.size);
    return NULL;
}
#line 34819 "pcall.nw"
static pcall_error *compare_tables(const pcall_mpi_target *t,
                                   size_t n)
{
    unsigned long h = 14695981039346656037UL, lo, hi;   /* FNV-1a */
    pcall_error *bad = check_table(t, n);
    for (size_t i = 0; bad == NULL && i < n; i++)
        for (const char *c = t[i].name; ; c++) {
            h = (h ^ (unsigned char)*c) * 1099511628211UL;
            if (*c == '\0')
                break;
        }
    int rc = MPI_Allreduce(&h, &lo, 1, MPI_UNSIGNED_LONG, MPI_MIN,
                           g.comm);
    if (rc == MPI_SUCCESS)
        rc = MPI_Allreduce(&h, &hi, 1, MPI_UNSIGNED_LONG, MPI_MAX,
                           g.comm);
    if (bad != NULL && h != 0)
        h = 0;                              /* all ranks fail */
    if (rc != MPI_SUCCESS || bad != NULL) {
        if (rc != MPI_SUCCESS)
            pcall_error_free(bad);
        return rc != MPI_SUCCESS ? mpi_failed("MPI_Allreduce", rc)
                                 : bad;
    }
    if (lo != hi)
        return pcall_error_new(PCALL_ERR_ARGS, "pcall_mpi_init: the "
                               "ranks' tables of targets differ (rank "
                               "%d has %zu targets): every rank must "
                               "build the same table", g.rank, n);
    return NULL;
}
#line 34861 "pcall.nw"
static pcall_error *meet_the_ranks(void)
{
    struct rank_info me = { 0 }, *all = NULL;
    const char *env = getenv("PCALL_MPI_SLOTS");
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    cpu_set_t mine;
    int len = 0, rc;
    if (sched_getaffinity(0, sizeof mine, &mine) == 0
        && CPU_COUNT(&mine) > 0)
        cores = CPU_COUNT(&mine);
    me.slots = env != NULL && atoi(env) > 0 ? atoi(env)
               : cores > 0 ? (int)cores : 1;
    g.slots = me.slots;
    MPI_Get_processor_name(me.host, &len);
    if (g.rank == 0)
        all = need(calloc((size_t)g.size, sizeof *all));
    rc = MPI_Gather(&me, (int)sizeof me, MPI_BYTE, all,
                    (int)sizeof me, MPI_BYTE, 0, g.comm);
    if (rc != MPI_SUCCESS) {
        free(all);
        return mpi_failed("MPI_Gather", rc);
    }
    for (int r = 0; g.rank == 0 && r < g.size; r++)
        snprintf(all[r].where, sizeof all[r].where,
                 "rank %d on host %s", r, all[r].host);
    g.ranks = all;
    return NULL;
}
#line 34892 "pcall.nw"
static void mpi_stop(void)
{
    int fin = 0;
    if (g.have_comm)
        MPI_Comm_free(&g.comm);
    g.have_comm = 0;
    MPI_Finalized(&fin);
    if (g.we_init && !fin)
        MPI_Finalize();
    free(g.ranks);
    g.ranks = NULL;
    g.up = 0;
}

int pcall_mpi_rank(void)
{
    return g.rank;
}

int pcall_mpi_servers(void)
{
    return g.size < 0 ? -1 : g.size - 1;
}
#line 34922 "pcall.nw"
int pcall_mpi_finalize(void)
{
    int bad = 0;
    static char none;
    if (!g.up || g.rank != 0)
        return 0;
    pcall_engine_install(NULL);
    for (struct mpi_set *s = g.sets; s != NULL; s = s->next)
        stop_set(s);
    while (outstanding() > 0 && !bad)
        bad = progress(NULL) < 0;
    for (int r = 1; r < g.size; r++)
        bad |= MPI_Send(&none, 0, MPI_BYTE, r, TAG_STOP, g.comm)
               != MPI_SUCCESS;
    bad |= finish_sends(1) < 0;
    mpi_stop();
    return bad ? -1 : 0;
}
#line 35011 "pcall.nw"
struct frame_head {             /* on the socket, before each message */
    uint32_t tag, pad;
    uint64_t len;
};

struct out_frame {
    struct frame_head h;
    const unsigned char *data;  /* h.len bytes */
    unsigned char *buf;         /* freed when written, or NULL */
    pv *keep;                   /* released when written, or NULL */
    size_t off;                 /* bytes of head and data written */
};

struct hello {                  /* the rank's first frame, TAG_SERVE */
    int32_t rank, slots;
    char host[MPI_MAX_PROCESSOR_NAME];
};

struct wire_end {               /* a process's end of the socket */
    int fd;
    struct out_frame *q;        /* to write: q[first .. first + n) */
    size_t first, n, cap;
    struct frame_head h;        /* the frame being read */
    unsigned char *in;          /* its bytes, once its head is in */
    size_t got;                 /* bytes of head and data read */
    unsigned char *buf;         /* WIRE_BUF bytes read, or NULL */
    size_t boff, blen;          /* buf[boff .. blen): not taken yet */
    int readable;               /* not found empty since last poll */
    unsigned char *out;         /* OUT_BUF bytes for small frames */
    size_t out_used;            /* of out, by frames not yet written */
    int bad;                    /* a head that no frame can have */
};

static struct wire_end *wire;   /* this process's, or NULL */
#line 35054 "pcall.nw"
static void wire_open(int fd)
{
    wire = pcall_tp_private_calloc(1, sizeof *wire);
    wire->fd = fd;
    wire->readable = 1;
}

static void wire_close(void)
{
    if (wire == NULL)
        return;
    for (size_t i = 0; i < wire->n; i++) {
        free(wire->q[wire->first + i].buf);
        pv_free(wire->q[wire->first + i].keep);
    }
    free(wire->in);
    pcall_tp_private_free(wire->q, wire->cap * sizeof *wire->q);
    pcall_tp_private_free(wire->buf, WIRE_BUF);
    pcall_tp_private_free(wire->out, OUT_BUF);
    pcall_tp_private_free(wire, sizeof *wire);
    wire = NULL;
}
#line 35079 "pcall.nw"
static void wire_put(const void *data, size_t n, unsigned char *buf,
                     pv *keep, int tag)
{
    if (wire->first + wire->n == wire->cap) {
        if (wire->first > 0)
            memmove(wire->q, wire->q + wire->first,
                    wire->n * sizeof *wire->q);
        else {
            size_t had = wire->cap;
            wire->cap = wire->cap ? 2 * wire->cap : 64;
            wire->q = pcall_tp_private_regrow(wire->q, had, wire->cap,
                                              sizeof *wire->q);
        }
        wire->first = 0;
    }
    wire->q[wire->first + wire->n++] = (struct out_frame){
        .h = { .tag = (uint32_t)tag, .len = n }, .data = data,
        .buf = buf, .keep = keep };
}
#line 35110 "pcall.nw"
static int wire_flush(void)
{
    while (wire->n > 0) {
        struct iovec v[2 * WIRE_BATCH];
        struct msghdr m = { .msg_iov = v, .msg_iovlen = 0 };
        size_t k, want = 0;
        ssize_t w;
        for (k = 0; k < wire->n && k < WIRE_BATCH; k++)
            want += frame_iov(&wire->q[wire->first + k], v, &m);
        w = sendmsg(wire->fd, &m, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (w < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK
                   || errno == EINTR ? 0 : -1;
        count_off((size_t)w);
        if ((size_t)w < want)
            return 0;               /* the socket is full */
    }
    wire->first = 0;
    wire->out_used = 0;         /* every frame in it is written */
    return 0;
}
#line 35139 "pcall.nw"
static size_t frame_iov(struct out_frame *f, struct iovec *v,
                        struct msghdr *m)
{
    const size_t hl = sizeof f->h;
    size_t skip = f->off > hl ? f->off - hl : 0;
    if (f->off < hl)
        v[m->msg_iovlen++] = (struct iovec){
            (unsigned char *)&f->h + f->off, hl - f->off };
    if (f->h.len > skip)
        v[m->msg_iovlen++] = (struct iovec){
            (void *)(f->data + skip), f->h.len - skip };
    return hl + f->h.len - f->off;
}

static void count_off(size_t w)
{
    while (wire->n > 0) {
        struct out_frame *f = &wire->q[wire->first];
        size_t left = sizeof f->h + f->h.len - f->off;
        if (w < left) {
            f->off += w;
            return;
        }
        w -= left;
        free(f->buf);
        pv_free(f->keep);
        wire->first++;
        wire->n--;
    }
}
#line 35187 "pcall.nw"
static int wire_get(int *tag, unsigned char **b, size_t *n)
{
    const size_t hl = sizeof wire->h;
    for (;;) {
        ssize_t r;
        if (take_buffered() < 0)
            return -1;
        if (wire->got >= hl && wire->got == hl + wire->h.len) {
            *tag = (int)wire->h.tag;
            *b = wire->in;
            *n = (size_t)wire->h.len;
            wire->in = NULL;
            wire->got = 0;
            return 1;
        }
        if (!wire->readable)
            return 0;
        if (wire->got >= hl && hl + wire->h.len - wire->got >= WIRE_BUF)
            r = recv(wire->fd, wire->in + (wire->got - hl),
                     hl + wire->h.len - wire->got, MSG_DONTWAIT);
        else {
            if (wire->buf == NULL)
                wire->buf = pcall_tp_private_calloc(1, WIRE_BUF);
            r = recv(wire->fd, wire->buf, WIRE_BUF, MSG_DONTWAIT);
            wire->blen = r > 0 ? (size_t)r : 0;
            wire->boff = 0;
        }
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK
                      || errno == EINTR)) {
            wire->readable = 0;
            return 0;
        }
        if (r <= 0)
            return -1;
        if (wire->blen == 0)
            wire->got += (size_t)r;      /* straight into the frame */
        wire->readable = (size_t)r == WIRE_BUF || wire->blen == 0;
    }
}
#line 35237 "pcall.nw"
static int take_buffered(void)
{
    const size_t hl = sizeof wire->h;
    while (wire->boff < wire->blen
           && !(wire->got >= hl && wire->got == hl + wire->h.len)) {
        size_t have = wire->blen - wire->boff, k;
        unsigned char *to;
        if (wire->got < hl) {
            k = hl - wire->got;
            to = (unsigned char *)&wire->h + wire->got;
        } else {
            k = hl + wire->h.len - wire->got;
            to = wire->in + (wire->got - hl);
        }
        k = k < have ? k : have;
        memcpy(to, wire->buf + wire->boff, k);
        wire->boff += k;
        wire->got += k;
        if (wire->got == hl) {
            if (wire->h.len > INT_MAX) {
                wire->bad = 1;          /* no message is larger */
                return -1;
            }
            wire->in = g.in_server ? block_get(wire->h.len)
                       : need(malloc(wire->h.len > 0 ? wire->h.len
                                     : 1));
        }
    }
    if (wire->boff == wire->blen)
        wire->boff = wire->blen = 0;
    return 0;
}
#line 35299 "pcall.nw"
static int above_std(int fd)
{
    int to;
    if (fd > 2)
        return fd;
    to = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    close(fd);
    return to;
}

static pcall_error *start_server(const pcall_mpi_target *t, size_t n)
{
    int sv[2];
    pid_t rank = getpid(), pid;
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return pcall_error_new(PCALL_ERR_SYSTEM, "pcall_mpi_init: "
                               "socketpair: %s", strerror(errno));
    sv[0] = above_std(sv[0]);
    sv[1] = above_std(sv[1]);
    if (sv[0] < 0 || sv[1] < 0) {
        int err = errno;
        close(sv[0] < 0 ? sv[1] : sv[0]);
        return pcall_error_new(PCALL_ERR_SYSTEM, "pcall_mpi_init: no "
                               "descriptor above 2 for the fork "
                               "server's socket: %s", strerror(err));
    }
    fflush(NULL);
    if ((pid = fork()) < 0) {
        int err = errno;
        close(sv[0]);
        close(sv[1]);
        return pcall_error_new(PCALL_ERR_SYSTEM, "pcall_mpi_init: "
                               "cannot fork the fork server: %s",
                               strerror(err));
    }
    if (pid == 0) {
        close(sv[0]);
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != rank)
            _exit(1);
        be_server(sv[1], t, n);
    }
    close(sv[1]);
    wire_open(sv[0]);
    g.server_pid = pid;
    return NULL;
}

static _Noreturn void be_server(int fd, const pcall_mpi_target *t,
                                size_t n)
{
    int tag = 0, got;
    unsigned char *b = NULL;
    size_t len = 0;
    struct hello me;
    wire_open(fd);
    while ((got = wire_get(&tag, &b, &len)) == 0) {
        poll(&(struct pollfd){ .fd = fd, .events = POLLIN }, 1, -1);
        wire->readable = 1;
    }
    if (got < 0 || tag != TAG_SERVE || len != sizeof me)
        _exit(got < 0 ? 0 : 1);
    memcpy(&me, b, sizeof me);
    free(b);
    g.in_server = 1;
    g.rank = me.rank;
    g.slots = me.slots;
    snprintf(g.host, sizeof g.host, "%s", me.host);
    g.table = t;
    g.ntable = n;
    {                           /* serve from a page's top: see serve */
        char here;
        size_t below = (size_t)((uintptr_t)&here
                                % (uintptr_t)sysconf(_SC_PAGESIZE));
        serve(alloca(below + 256));
    }
}
#line 35388 "pcall.nw"
static void stop_server(void)
{
    if (wire != NULL)
        close(wire->fd);
    while (g.server_pid > 0 && waitpid(g.server_pid, NULL, 0) < 0
           && errno == EINTR)
        ;
    wire_close();
    g.server_pid = 0;
}
#line 35421 "pcall.nw"
static void relay(void)
{
    struct hello me = { .rank = g.rank, .slots = g.slots };
    unsigned char *b = need(malloc(sizeof me));
    size_t held = 0, n = 0;
    int stop = 0, done = 0, tag = 0, full = 0;
    long nap = 0;
    snprintf(me.host, sizeof me.host, "%s", my_host());
    memcpy(b, &me, sizeof me);
    wire_put(b, sizeof me, b, NULL, TAG_SERVE);
    while (!done || g.nsends > 0) {
        int did = 0, flag = 0, count = 0, got = 0;
        MPI_Status st;
        while (!stop && MPI_Iprobe(0, MPI_ANY_TAG, g.comm, &flag, &st)
                        == MPI_SUCCESS && flag) {
            MPI_Get_count(&st, MPI_BYTE, &count);
            b = need(malloc(count > 0 ? (size_t)count : 1));
            if (MPI_Recv(b, count, MPI_BYTE, 0, st.MPI_TAG, g.comm,
                         MPI_STATUS_IGNORE) != MPI_SUCCESS)
                server_dies("MPI failed receiving from rank 0");
            wire_put(b, (size_t)count, b, NULL, st.MPI_TAG);
            held += st.MPI_TAG == TAG_CALL;
            stop = st.MPI_TAG == TAG_STOP;
            did = 1;
        }
        while (!done && (got = wire_get(&tag, &b, &n)) > 0) {
            did = 1;
            if (tag == TAG_DONE) {
                done = 1;
                free(b);
                continue;
            }
            held -= tag == TAG_RESULT && held > 0;
            post(b, n, 0, tag);
        }
        if (got < 0 || wire_flush() < 0)
            server_lost();
        if (finish_sends(0) < 0)
            server_dies("MPI failed completing a send");
        full = held >= (size_t)g.slots;
        nap = next_nap(nap, did, full || held == 0 ? 1000 : NAP_BUSY);
        if (!did && full && g.nlarge == 0)
            nap = 1000;             /* nothing is urgent */
        if (nap > 0) {
            int listen = !done && !(full && wire->got == 0);
            struct pollfd pf = { .fd = listen ? wire->fd : -1,
                .events = POLLIN | (wire->n > 0 ? POLLOUT : 0) };
            ppoll(&pf, 1, &(struct timespec){ 0, nap * 1000 }, NULL);
            wire->readable |= !listen
                || (pf.revents & (POLLIN | POLLHUP | POLLERR)) != 0;
        }
    }
    stop_server();
}
#line 35487 "pcall.nw"
static _Noreturn void server_lost(void)
{
    char what[160];
    int st = 0;
    pid_t r;
    if (wire != NULL && wire->bad) {
        kill(g.server_pid, SIGKILL);
        snprintf(what, sizeof what, "its fork server (pid %d) sent a "
                 "frame of %llu bytes, which no message is; the rank "
                 "killed it", (int)g.server_pid,
                 (unsigned long long)wire->h.len);
        while (waitpid(g.server_pid, &st, 0) < 0 && errno == EINTR)
            ;
        server_dies(what);
    }
    while ((r = waitpid(g.server_pid, &st, 0)) < 0 && errno == EINTR)
        ;
    if (r < 0)
        snprintf(what, sizeof what, "its fork server (pid %d) ended",
                 (int)g.server_pid);
    else if (WIFSIGNALED(st))
        snprintf(what, sizeof what, "its fork server (pid %d) was "
                 "killed by signal %d (%s)", (int)g.server_pid,
                 WTERMSIG(st), strsignal(WTERMSIG(st)));
    else
        snprintf(what, sizeof what, "its fork server (pid %d) exited "
                 "with status %d", (int)g.server_pid,
                 WEXITSTATUS(st));
    server_dies(what);
}
#line 35595 "pcall.nw"
#define RUN_IDLE 0.1            /* seconds */
#define RUN_MOST 256            /* calls */

#define BLOCK 512               /* a slot, or a small frame */
#define BLOCKS_AT_ONCE 64

struct call_entry {             /* what a call's child reads */
    const unsigned char *frame; /* its head and pickle */
    size_t len;                 /* of both */
    unsigned char copy[BLOCK];  /* the frame, if it fits */
};

struct run {                    /* this rank's set for one of rank 0's */
    uint64_t set;               /* rank 0's id for it */
    pcall_procs *procs;
    struct call_entry *calls;   /* a ring of g.slots: start_slot */
    size_t n;                   /* calls added */
    size_t live;                /* calls added, not yet sent back */
    int stopped;                /* terminated: it takes no more */
    double idle_since;          /* when live last became 0 */
    char why[200];              /* an error stopped it */
    struct run *next;
};

struct slot {
    struct call_head h;
    unsigned char *pickle;      /* the header and (args, kwargs) */
    size_t len;                 /* of the pickle */
    struct run *run;            /* NULL: queued */
    size_t local;               /* its index in run->procs */
    char why[200];              /* the rank could not run it */
};

#define STOPPED_KEPT 64

static struct serving {         /* the fork server's */
    struct slot **slots;        /* in the order they came */
    size_t nslots, capslots;
    struct run *runs;
    uint64_t stopped[STOPPED_KEPT];     /* sets stopped here */
    size_t nstopped;
    void *free_blocks;          /* each holds the next's address */
} *srv;
#line 35647 "pcall.nw"
static void *block_get(size_t n)
{
    void *b;
    if (n > BLOCK)
        return need(malloc(n));
    if (srv->free_blocks == NULL) {
        unsigned char *c = pcall_tp_private_calloc(BLOCKS_AT_ONCE,
                                                   BLOCK);
        for (int i = BLOCKS_AT_ONCE - 1; i >= 0; i--) {
            memcpy(c + (size_t)i * BLOCK, &srv->free_blocks,
                   sizeof srv->free_blocks);
            srv->free_blocks = c + (size_t)i * BLOCK;
        }
    }
    b = srv->free_blocks;
    memcpy(&srv->free_blocks, b, sizeof srv->free_blocks);
    return b;
}

static void block_put(void *b, size_t n)
{
    if (b == NULL)
        return;
    if (n > BLOCK) {
        free(b);
        return;
    }
    memcpy(b, &srv->free_blocks, sizeof srv->free_blocks);
    srv->free_blocks = b;
}
#line 35680 "pcall.nw"
static void *volatile serve_above;   /* stored: no compiler drops it */

__attribute__((noinline))
static _Noreturn void serve(void *above)
{
    int stop = 0;
    serve_above = above;
    srv = pcall_tp_private_calloc(1, sizeof *srv);
    while (!stop || srv->nslots > 0 || wire->n > 0) {
        int did = serve_messages(&stop);
        did |= serve_slots();
        if (wire_flush() < 0)
            _exit(1);           /* the rank is gone */
        if (!did)
            rest();
    }
    retire_runs(1);
    wire_put(NULL, 0, NULL, NULL, TAG_DONE);
    while (wire->n > 0) {
        if (wire_flush() < 0)
            _exit(1);
        if (wire->n > 0)
            rest();
    }
    _exit(0);
}
#line 35732 "pcall.nw"
static int running(void)
{
    int n = 0;
    for (size_t i = 0; i < srv->nslots; i++)
        n += srv->slots[i]->run != NULL;
    return n;
}

static void rest(void)
{
    static struct pollfd *fds;      /* grows to the most needed */
    static size_t cap;
    size_t n = 1, k;
    int ms, wait = -1;              /* -1: until a descriptor wakes */
    if (cap == 0)
        fds = pcall_tp_private_calloc(cap = 64, sizeof *fds);
    fds[0] = (struct pollfd){ .fd = wire->fd, .events = POLLIN
                              | (wire->n > 0 ? POLLOUT : 0) };
    for (struct run *r = srv->runs; r != NULL; r = r->next) {
        if (r->live == 0) {         /* retired when idle long enough */
            ms = (int)(RUN_IDLE * 1000) + 1;
            wait = wait < 0 || ms < wait ? ms : wait;
            continue;
        }
        while ((k = pcall_procs_pollfds(r->procs, fds + n, cap - n,
                                        &ms)) > cap - n) {
            size_t had = cap;
            cap = 2 * (n + k);
            fds = pcall_tp_private_regrow(fds, had, cap, sizeof *fds);
        }
        n += k;
        if (ms >= 0 && (wait < 0 || ms < wait))
            wait = ms;
    }
    poll(fds, n, wait);
    wire->readable |= (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}
#line 35777 "pcall.nw"
static int serve_messages(int *stop)
{
    int did = 0, tag = 0, got;
    unsigned char *b;
    size_t n = 0;
    while ((got = wire_get(&tag, &b, &n)) > 0) {
        did = 1;
        if (tag == TAG_CALL && n >= sizeof(struct call_head))
            queue_call(b, n);
        else {
            if (tag == TAG_TERM && n == sizeof(uint64_t))
                stop_slots(b);
            else if (tag == TAG_STOP)
                *stop = 1;
            block_put(b, n);
        }
    }
    if (got < 0)
        _exit(1);               /* the rank is gone */
    return did;
}
#line 35812 "pcall.nw"
static void queue_call(unsigned char *b, size_t n)
{
    struct slot *s;
    if (srv->nslots == srv->capslots) {
        size_t had = srv->capslots;
        srv->capslots = srv->capslots ? 2 * srv->capslots : 64;
        srv->slots = pcall_tp_private_regrow(srv->slots, had,
                                             srv->capslots,
                                             sizeof *srv->slots);
    }
    s = srv->slots[srv->nslots++] = block_get(sizeof *s);
    memset(s, 0, sizeof *s);
    memcpy(&s->h, b, sizeof s->h);
    s->len = n - sizeof s->h;
    s->pickle = b;              /* freed with the slot */
}

_Static_assert(sizeof(struct slot) <= BLOCK, "a slot takes a block");

static void stop_slots(const unsigned char *b)
{
    uint64_t set;
    memcpy(&set, b, sizeof set);
    for (struct run *r = srv->runs; r != NULL; r = r->next)
        if (r->set == set && !r->stopped) {
            r->stopped = 1;
            pcall_procs_terminate(r->procs);
        }
    stop_queued(set);
}

static void stop_queued(uint64_t set)
{
    if (!was_stopped(set))
        srv->stopped[srv->nstopped++ % STOPPED_KEPT] = set;
    for (size_t i = 0; i < srv->nslots; i++)
        if (srv->slots[i]->h.set == set && srv->slots[i]->run == NULL)
            srv->slots[i]->h.target = UINT32_MAX;    /* cancelled */
}

static int was_stopped(uint64_t set)
{
    for (size_t i = 0; i < srv->nstopped && i < STOPPED_KEPT; i++)
        if (srv->stopped[i] == set)
            return 1;
    return 0;
}
#line 35866 "pcall.nw"
static int serve_slots(void)
{
    int did = start_queued();
    step_runs();
    did |= send_ended();
    retire_runs(0);
    return did;
}
#line 35877 "pcall.nw"
static int start_queued(void)
{
    int did = 0, busy = running();
    for (size_t i = 0; i < srv->nslots && busy < g.slots; i++) {
        struct slot *s = srv->slots[i];
        pv_err e = { "" };
        if (s->run != NULL || s->h.target == UINT32_MAX
            || s->why[0] != '\0')
            continue;
        did = 1;
        if (start_slot(s, &e) == 0)
            busy++;
        else if (s->h.target != UINT32_MAX)
            snprintf(s->why, sizeof s->why, "%.*s",
                     (int)sizeof s->why - 1,
                     e.msg[0] ? e.msg : "unknown error");
    }
    return did;
}

static void step_runs(void)
{
    for (struct run *r = srv->runs; r != NULL; r = r->next) {
        pv_err e = { "" };
        if (r->live == 0)
            continue;
        if (pcall_procs_poll(r->procs, &e) < 0 && r->why[0] == '\0')
            snprintf(r->why, sizeof r->why, "%.*s",
                     (int)sizeof r->why - 1, e.msg);
        if (!r->stopped && pcall_procs_timeout_fired(r->procs)) {
            r->stopped = 1;
            stop_queued(r->set);
        }
    }
}
#line 35921 "pcall.nw"
static int ended(const struct slot *s)
{
    pcall_proc_state st;
    if (s->run == NULL)
        return s->h.target == UINT32_MAX || s->why[0] != '\0';
    st = pcall_procs_outcome(s->run->procs, s->local)->state;
    return st == PCALL_PROC_DONE || st == PCALL_PROC_CANCELLED;
}

static int send_ended(void)
{
    int did = 0;
    for (size_t i = 0; i < srv->nslots; ) {
        struct slot *s = srv->slots[i];
        if (!ended(s)) {
            i++;
            continue;
        }
        send_result(s);
        block_put(s->pickle, s->len + sizeof s->h);
        block_put(s, sizeof *s);
        memmove(&srv->slots[i], &srv->slots[i + 1],
                (--srv->nslots - i) * sizeof *srv->slots);
        did = 1;
    }
    return did;
}
#line 35969 "pcall.nw"
static int start_slot(struct slot *s, pv_err *e)
{
    struct run *r = NULL;
    struct call_entry *c;
    if (s->h.target >= g.ntable) {
        pv_err_set(e, "rank %d has no target %u", g.rank,
                   (unsigned)s->h.target);
        return -1;
    }
    if (was_stopped(s->h.set)) {
        s->h.target = UINT32_MAX;               /* cancelled */
        return -1;
    }
    for (struct run *t = srv->runs; t != NULL; t = t->next) {
        if (t->set != s->h.set)
            continue;
        if (t->stopped) {
            s->h.target = UINT32_MAX;           /* cancelled */
            return -1;
        }
        if (r == NULL && t->n < RUN_MOST && t->why[0] == '\0')
            r = t;                              /* the newest */
    }
    if (r == NULL && (r = new_run(s, e)) == NULL)
        return -1;
    c = &r->calls[r->n % (size_t)g.slots];
    c->len = s->len + sizeof s->h;
    c->frame = s->pickle;
    if (c->len <= sizeof c->copy) {
        memcpy(c->copy, s->pickle, c->len);
        c->frame = c->copy;
    }
    if (pcall_procs_add(r->procs, 1, e) < 0)
        return -1;
    s->run = r;
    s->local = r->n++;
    r->live++;
    return 0;
}

static struct run *new_run(const struct slot *s, pv_err *e)
{
    struct run *r = pcall_tp_private_calloc(1, sizeof *r);
    pcall_proc_config cfg = { .ncalls = 0, .body = serve_body,
        .timeout = s->h.timeout, .grace = s->h.grace,
        .max_procs = (size_t)g.slots, .capture = (int)s->h.capture,
        .name = "pcall", .pid_namespace = (int)s->h.pidns,
        .host_quiet = 1 };
    r->set = s->h.set;
    r->calls = cfg.arg = need(calloc((size_t)g.slots,
                                     sizeof *r->calls));
    r->procs = pcall_procs_new(&cfg, e);
    if (r->procs == NULL || pcall_procs_start(r->procs, e) < 0) {
        pcall_procs_free(r->procs);
        free(r->calls);
        pcall_tp_private_free(r, sizeof *r);
        return NULL;            /* sent back with e's reason */
    }
    r->next = srv->runs;
    srv->runs = r;
    return r;
}
#line 36054 "pcall.nw"
static int serve_body(size_t index, void *arg, int result_fd)
{
    static max_align_t region[(64 << 10) / sizeof(max_align_t)];
    static pv *call;            /* this child's, until it ends */
    const struct call_entry *c = (const struct call_entry *)arg
                                 + index % (size_t)g.slots;
    struct call_head h;
    pv_err e = { "" };
    memcpy(&h, c->frame, sizeof h);
    pv_arena_use(region, sizeof region);
    pcall_child_begin((size_t)h.index, result_fd);
    call = pv_unpickle(c->frame + sizeof h, c->len - sizeof h, &e);
    if (call == NULL)
        pcall_raise("ValueError", "call %llu's arguments do not "
                    "decode on rank %d: %s",
                    (unsigned long long)h.index, g.rank, e.msg);
    return pcall_child_finish(g.table[h.target].fn(
        pv_item(call, 0), pv_item(call, 1)));
}
#line 36076 "pcall.nw"
static void retire_runs(int all)
{
    double now = now_mono();
    for (struct run **rp = &srv->runs; *rp != NULL; ) {
        struct run *r = *rp;
        if (r->live > 0 || !(all || r->stopped || r->why[0] != '\0'
                             || r->n >= RUN_MOST
                             || now - r->idle_since > RUN_IDLE)) {
            rp = &r->next;
            continue;
        }
        *rp = r->next;
        pcall_procs_free(r->procs);
        free(r->calls);
        pcall_tp_private_free(r, sizeof *r);
    }
}
#line 36106 "pcall.nw"
static void send_result(struct slot *s)
{
    struct result_head h = { .set = s->h.set, .index = s->h.index,
                             .state = PCALL_PROC_CANCELLED };
    struct run *r = s->run;
    pcall_proc_outcome *o = r != NULL
        ? pcall_procs_outcome(r->procs, s->local) : NULL;
    int too_big = 0;
    unsigned char *b;
    if (o != NULL)
        fill_head(&h, o);
    snprintf(h.why, sizeof h.why, "%s", s->why[0] != '\0' ? s->why
             : r != NULL ? r->why : "");
    size_t total = sizeof h + h.len + h.noob * sizeof(uint64_t)
                   + h.log_len;
    for (size_t j = 0; o != NULL && j < h.noob; j++)
        too_big |= oob_len(o->oob[j]) > INT_MAX;
    if (total > INT_MAX || too_big) {
        h.len = h.noob = h.log_len = 0;
        h.fetch_errno = EMSGSIZE;
        total = sizeof h;
    }
    b = pack_result(&h, o, s, total);
    post_bytes(b, total, in_out(b) ? NULL : b, NULL, 0, TAG_RESULT);
    for (size_t j = 0; j < h.noob; j++)
        post_value(pv_ref(o->oob[j]), 0, TAG_OOB);
    if (r != NULL) {
        pcall_procs_drop_data(r->procs, s->local);
        if (--r->live == 0)
            r->idle_since = now_mono();
    }
}
#line 36141 "pcall.nw"
static void fill_head(struct result_head *h,
                      const pcall_proc_outcome *o)
{
    double to_wall = wall_minus_mono();
    h->state = o->state;
    h->pid = o->pid;
    h->status = o->status;
    h->status_lost = o->status_lost;
    h->timed_out = o->timed_out;
    h->terminated = o->terminated;
    h->logged = o->logged;
    h->log_errno = o->log_errno;
    h->fetch_errno = o->fetch_errno;
    h->started = o->started + to_wall;
    h->ended = o->ended + to_wall;
    h->len = o->data != NULL ? o->len : 0;
    h->noob = o->oob != NULL ? o->noob : 0;
    h->log_len = o->logged ? o->log_len : 0;
}
#line 36169 "pcall.nw"
static int in_out(const unsigned char *b)
{
    return wire->out != NULL && b >= wire->out
           && b < wire->out + OUT_BUF;
}

static unsigned char *pack_result(struct result_head *h,
                                  const pcall_proc_outcome *o,
                                  const struct slot *s, size_t total)
{
    unsigned char *b, *at;
    size_t off = 0;
    ssize_t r = 0;
    if (wire->out == NULL)
        wire->out = pcall_tp_private_calloc(1, OUT_BUF);
    if (total <= OUT_BUF - wire->out_used) {
        b = wire->out + wire->out_used;
        wire->out_used += total;
    } else
        b = need(malloc(total));
    at = b + sizeof *h;
    if (h->len > 0)
        memcpy(at, o->data, h->len);
    at += h->len;
    for (size_t j = 0; j < h->noob; j++) {
        uint64_t n = oob_len(o->oob[j]);
        memcpy(at, &n, sizeof n);
        at += sizeof n;
    }
    while (off < h->log_len
           && (r = pcall_procs_log_read(s->run->procs, s->local,
                                        at + off, h->log_len - off,
                                        off)) > 0)
        off += (size_t)r;
    if (off < h->log_len) {
        h->log_errno = r < 0 ? errno : EIO;
        h->log_len = 0;
    }
    memcpy(b, h, sizeof *h);
    return b;
}
#line 36281 "pcall.nw"
static _Noreturn void server_dies(const char *what)
{
    fprintf(stderr, "pcall-mpi: rank %d on host %s: %s; ending the "
            "job\n", g.rank, my_host(), what);
    MPI_Abort(MPI_COMM_WORLD, 1);
    _exit(1);
}
#line 36890 "pcall.nw"
const char *pcall_mpi_where(pcall_obj *p, size_t i)
{
    if (p == NULL || i >= pcall_ncalls(p))
        mpi_die("pcall_mpi_where: %s", p == NULL ? "NULL object"
                : "index out of range");
    return pcall_obj_outcome(p, i)->where;
}

const char *pcall_mpi_error_where(const pcall_error *e)
{
    return pcall_error_where(e);
}
