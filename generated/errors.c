#line 6368 "pcall.nw"
/* errors.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 6384 "pcall.nw"
#include <execinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal.h"
#include "pickle.h"
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 7010 "pcall.nw"
#include <errno.h>
#include <fcntl.h>
#line 6397 "pcall.nw"
struct pcall_error {
    pcall_error_kind kind;
    char *message;
    size_t index;                /* PCALL_NO_CALL: about no call */
    pid_t pid;
    pcall_outcome_kind outcome;
    char *type, *backtrace;      /* NULL unless the call raised */
    char *where;                 /* "rank 1 on host n2", or NULL */
};
#line 6639 "pcall.nw"
static struct {
    pid_t pid;          /* the child's pid; 0 outside a child */
    size_t index;
    int fd;
} this_child = { 0, 0, -1 };
#line 7020 "pcall.nw"
struct child_record {
    enum { REC_NONE, REC_OK, REC_RAISE, REC_BAD } kind;
    pv *value;                  /* REC_OK: new reference */
    const char *type, *message, *backtrace;   /* REC_RAISE */
    pv *whole;                  /* the decoded record; owned */
    char why[PV_ERRMAX];        /* REC_BAD */
};
#line 6930 "pcall.nw"
static void child_error(const char *type, const char *msg);
#line 7288 "pcall.nw"
static pcall_error *apply_table(const pcall_proc_outcome *po,
                                const struct child_record *r,
                                double timeout, const char *stopped_by,
                                struct pcall_outcome *out);
#line 6417 "pcall.nw"
static _Noreturn void errors_abort(const char *type, const char *msg)
{
    pv_error_raise(type, msg);          /* in a pcall child */
    fprintf(stderr, "pcall: %s\n", msg);   /* one line, one write */
    abort();
}

static _Noreturn void errors_die(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static _Noreturn void errors_die(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    errors_abort("TypeError", msg);
}
#line 6439 "pcall.nw"
static _Noreturn void errors_oom(size_t n)
{
    char msg[64];
    snprintf(msg, sizeof msg, "out of memory (%zu bytes)", n);
    errors_abort("MemoryError", msg);
}

static void *errors_need(void *p, size_t n)
{
    if (p == NULL)
        errors_oom(n);
    return p;
}

static char *errors_strdup(const char *s)
{
    return errors_need(strdup(s), strlen(s) + 1);
}
#line 6466 "pcall.nw"
static char *errors_vformat(const char *fmt, va_list ap)
{
    char *s;
    va_list again;
    va_copy(again, ap);
    if (vasprintf(&s, fmt, ap) < 0) {
        int n = vsnprintf(NULL, 0, fmt, again);
        errors_oom(n < 0 ? 0 : (size_t)n + 1);
    }
    va_end(again);
    return s;
}

static char *errors_format(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static char *errors_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = errors_vformat(fmt, ap);
    va_end(ap);
    return s;
}

static char *dup_or_null(const char *s)
{
    return s != NULL ? errors_strdup(s) : NULL;
}

static const pcall_error *valid_error(const pcall_error *e, const char *fn)
{
    if (e == NULL)
        errors_die("%s: NULL error", fn);
    return e;
}
#line 6506 "pcall.nw"
const char *pcall_outcome_name(pcall_outcome_kind k)
{
    static const char *const names[] = {
        "none", "ok", "raised", "crashed", "exited", "corrupt",
        "timed out", "killed", "cancelled" };
    return (unsigned)k < sizeof names / sizeof names[0]
        ? names[k] : "?";
}

const char *pcall_error_kind_name(pcall_error_kind k)
{
    static const char *const names[] = {
        "ChildProcessException", "TimeoutError", "TypeError",
        "OSError" };
    return (unsigned)k < sizeof names / sizeof names[0]
        ? names[k] : "?";
}
#line 6527 "pcall.nw"
pcall_error *pcall_error_new(pcall_error_kind kind, const char *fmt,
                             ...)
{
    va_list ap;
    pcall_error *e = errors_need(calloc(1, sizeof *e), sizeof *e);
    if (fmt == NULL)
        errors_die("pcall_error_new: NULL format");
    e->kind = kind;
    va_start(ap, fmt);
    e->message = errors_vformat(fmt, ap);
    va_end(ap);
    e->index = PCALL_NO_CALL;
    e->outcome = PCALL_OUTCOME_NONE;
    return e;
}
#line 6545 "pcall.nw"
pcall_error *pcall_error_copy(const pcall_error *e)
{
    pcall_error *c = errors_need(malloc(sizeof *c), sizeof *c);
    *c = *valid_error(e, "pcall_error_copy");
    c->message = dup_or_null(e->message);
    c->type = dup_or_null(e->type);
    c->backtrace = dup_or_null(e->backtrace);
    c->where = dup_or_null(e->where);
    return c;
}

void pcall_error_free(pcall_error *e)
{
    if (e == NULL)
        return;
    free(e->message);
    free(e->type);
    free(e->backtrace);
    free(e->where);
    free(e);
}
#line 6569 "pcall.nw"
pcall_error_kind pcall_error_kind_of(const pcall_error *e)
{
    return valid_error(e, "pcall_error_kind_of")->kind;
}
const char *pcall_error_message(const pcall_error *e)
{
    return valid_error(e, "pcall_error_message")->message;
}
size_t pcall_error_index(const pcall_error *e)
{
    return valid_error(e, "pcall_error_index")->index;
}
pid_t pcall_error_pid(const pcall_error *e)
{
    return valid_error(e, "pcall_error_pid")->pid;
}
const char *pcall_error_type(const pcall_error *e)
{
    return valid_error(e, "pcall_error_type")->type;
}
const char *pcall_error_backtrace(const pcall_error *e)
{
    return valid_error(e, "pcall_error_backtrace")->backtrace;
}
pcall_outcome_kind pcall_error_outcome(const pcall_error *e)
{
    return valid_error(e, "pcall_error_outcome")->outcome;
}
#line 6604 "pcall.nw"
int pcall_error_fprint(FILE *f, const pcall_error *e)
{
    int bad = 0;
    valid_error(e, "pcall_error_fprint");
    const char *sep = e->where != NULL ? ", " : "";
    const char *where = e->where != NULL ? e->where : "";
    if (e->type != NULL) {
        bad |= fprintf(f, "Backtrace of call %zu (pid %d%s%s), most "
                       "recent call first:\n", e->index,
                       (int)e->pid, sep, where) < 0;
        for (const char *s = e->backtrace; *s != '\0'; ) {
            size_t n = strcspn(s, "\n");
            bad |= fprintf(f, "  %.*s\n", (int)n, s) < 0;
            s += n + (s[n] == '\n');
        }
        bad |= fprintf(f, "%s: %s\n\nThe above error was the cause "
                       "of:\n\n%s: call %zu (pid %d%s%s) raised %s\n",
                       e->type, e->message,
                       pcall_error_kind_name(e->kind), e->index,
                       (int)e->pid, sep, where, e->type) < 0;
    } else
        bad |= fprintf(f, "%s: %s\n", pcall_error_kind_name(e->kind),
                       e->message) < 0;
    return bad ? -1 : 0;
}
#line 37280 "pcall.nw"
const char *pcall_error_where(const pcall_error *e)
{
    return valid_error(e, "pcall_error_where")->where;
}
#line 6647 "pcall.nw"
void pcall_child_begin(size_t index, int result_fd)
{
    this_child.pid = getpid();
    this_child.index = index;
    this_child.fd = result_fd;
    pv_error_hook_set(child_error);
}
#line 6657 "pcall.nw"
static void must_be_child(const char *fn)
{
    if (this_child.fd < 0 || this_child.pid != getpid())
        errors_die("%s: called outside a pcall child (pid %d)", fn,
                (int)getpid());
}
#line 6671 "pcall.nw"
static pv *record_text(const char *s)
{
    pv *v = pv_strn(s, strlen(s), NULL);
    if (v == NULL) {
        char *t = errors_strdup(s);
        for (char *c = t; *c != '\0'; c++)
            if ((unsigned char)*c >= 0x80)
                *c = '?';
        v = pv_str(t);
        free(t);
    }
    return v;
}
#line 6700 "pcall.nw"
static int send_record(pv *rec, pv_err *err)
{
    size_t min = pcall_proc_oob_min();
    int r;
    do {
        unsigned char *buf;
        pv_pickle_buffer *bufs;
        size_t len, nbufs;
        if (pv_pickle_oob_region(rec, min, &buf, &len, &bufs, &nbufs,
                                 err) < 0) {
            r = -1;
            break;
        }
        r = pcall_proc_send_result_oob(this_child.fd, buf, len, bufs,
                                       nbufs);
        pv_mem_free(buf);
        pv_mem_free(bufs);
        min = SIZE_MAX;         /* for the second time, if any */
    } while (r == 1);
    pv_free(rec);
    return r;
}

static int send_raise(const char *type, const char *msg,
                      const char *backtrace)
{
    pv *rec = pv_tuple(4, pv_str("raise"), record_text(type),
                       record_text(msg), record_text(backtrace));
    return send_record(rec, NULL);
}
#line 6742 "pcall.nw"
int pcall_child_finish(pv *result)
{
    pv_err err = { "" };
    char *msg;
    must_be_child("pcall_child_finish");
    if (result == NULL) {
        msg = errors_format("call %zu returned NULL without calling "
                            "pcall_raise", this_child.index);
        send_raise("SystemError", msg, "");
        free(msg);
        return 1;
    }
    if (send_record(pv_tuple(2, pv_str("ok"), result), &err) == 0)
        return 0;
    if (err.msg[0] == '\0')
        return 1;           /* writing failed: nobody is listening */
    msg = errors_format("cannot pickle the result of call %zu: %s",
                        this_child.index, err.msg);
    send_raise("PicklingError", msg, "");
    free(msg);
    return 1;
}
#line 6780 "pcall.nw"
__attribute__((noinline)) static char *backtrace_text(void)
{
    void *frames[65];
    int n = backtrace(frames, 65) - 1;        /* drop our own frame */
    for (int i = 1; i <= n; i++)
        frames[i] = (char *)frames[i] - 1;
    char **names = backtrace_symbols(frames + 1, n);
    size_t len = 1;
    char *s;
    if (names == NULL || n <= 0)
        return free(names), errors_strdup("");
    for (int i = 0; i < n; i++)
        len += strlen(names[i]) + 1;
    s = errors_need(malloc(len), len);
    s[0] = '\0';
    for (int i = 0; i < n; i++)
        strcat(strcat(s, names[i]), i + 1 < n ? "\n" : "");
    free(names);
    return s;
}
#line 6803 "pcall.nw"
void pcall_raise(const char *type, const char *fmt, ...)
{
    va_list ap;
    char *bt = backtrace_text(), *msg;
    if (type == NULL || fmt == NULL)
        errors_die("pcall_raise: NULL %s",
                   type == NULL ? "type" : "format");
    must_be_child("pcall_raise");
    va_start(ap, fmt);
    msg = errors_vformat(fmt, ap);
    va_end(ap);
    send_raise(type, msg, bt);
    free(msg);
    free(bt);
    fflush(NULL);
    _exit(PCALL_RAISE_STATUS);
}
#line 6827 "pcall.nw"
void pcall_reraise(const pcall_error *e)
{
    char *bt = backtrace_text(), *all = bt;
    valid_error(e, "pcall_reraise");
    must_be_child("pcall_reraise");
    if (e->backtrace != NULL)
        all = errors_format("%s\n(re-raised from call %zu, pid %d, "
                            "of a nested pcall:)\n%s", bt, e->index,
                            (int)e->pid, e->backtrace);
    send_raise(e->type != NULL ? e->type
               : pcall_error_kind_name(e->kind), e->message, all);
    if (all != bt)
        free(all);
    free(bt);
    fflush(NULL);
    _exit(PCALL_RAISE_STATUS);
}
#line 6908 "pcall.nw"
static _Noreturn void raise_no_memory(const char *msg);

static void child_error(const char *type, const char *msg)
{
    static int raising;         /* an error while raising one */
    char *bt;
    if (this_child.fd < 0 || this_child.pid != getpid())
        return;                 /* not the call's own process */
    if (strcmp(type, "MemoryError") == 0)
        raise_no_memory(msg);
    if (raising++)
        return;
    bt = backtrace_text();
    send_raise(type, msg, bt);
    free(bt);
    fflush(NULL);
    _exit(PCALL_RAISE_STATUS);
}
#line 6950 "pcall.nw"
static size_t put_ascii(unsigned char *p, const char *s, size_t max)
{
    size_t n = strnlen(s, max);
    p[0] = 'X';                             /* BINUNICODE */
    for (unsigned k = 0; k < 4; k++)
        p[1 + k] = (unsigned char)(n >> 8 * k);
    for (size_t i = 0; i < n; i++)
        p[5 + i] = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i]
                                             : '?';
    return 5 + n;
}
#line 6964 "pcall.nw"
__attribute__((noinline)) static void backtrace_static(char *s,
                                                      size_t cap)
{
    void *frames[65];
    int fd[2], n = backtrace(frames, 65) - 1;  /* not our frame */
    size_t got = 0;
    ssize_t r;
    s[0] = '\0';
    if (n <= 0 || pipe2(fd, O_CLOEXEC | O_NONBLOCK) == -1)
        return;
    for (int i = 1; i <= n; i++)
        frames[i] = (char *)frames[i] - 1;  /* as backtrace_text */
    backtrace_symbols_fd(frames + 1, n, fd[1]);
    close(fd[1]);
    while (got < cap - 1
           && ((r = read(fd[0], s + got, cap - 1 - got)) > 0
               || (r == -1 && errno == EINTR)))
        got += r > 0 ? (size_t)r : 0;
    close(fd[0]);
    while (got > 0 && s[got - 1] == '\n')
        got--;
    s[got] = '\0';
}
#line 6990 "pcall.nw"
static _Noreturn void raise_no_memory(const char *msg)
{
    static unsigned char rec[8192];
    static char bt[4096];
    size_t n = 3;
    backtrace_static(bt, sizeof bt);
    memcpy(rec, "\x80\x02(", 3);            /* PROTO 2, MARK */
    n += put_ascii(rec + n, "raise", 5);
    n += put_ascii(rec + n, "MemoryError", 11);
    n += put_ascii(rec + n, msg, 512);
    n += put_ascii(rec + n, bt, sizeof bt);
    rec[n++] = 't';                         /* TUPLE */
    rec[n++] = '.';                         /* STOP */
    pcall_proc_send_result(this_child.fd, rec, n);
    fflush(NULL);
    _exit(PCALL_RAISE_STATUS);
}
#line 7030 "pcall.nw"
static int is_text(const pv *rec, size_t i, const char **s)
{
    const pv *v = pv_item(rec, i);
    if (!pv_is(v, PV_STR))
        return 0;
    *s = pv_str_data(v, NULL);
    return 1;
}
#line 7041 "pcall.nw"
static void read_record(const pcall_proc_outcome *po,
                        struct child_record *r)
{
    pv_err err = { "" };
    const char *tag;
    memset(r, 0, sizeof *r);
    if (po->data == NULL || po->len == 0)
        return;                          /* REC_NONE */
    r->kind = REC_BAD;
    r->whole = pv_unpickle_oob(po->data, po->len, po->oob, po->noob,
                               &err);
    if (r->whole == NULL) {
        snprintf(r->why, sizeof r->why, "%s", err.msg);
        return;
    }
    snprintf(r->why, sizeof r->why, "it is not a pcall record");
    if (!pv_is(r->whole, PV_TUPLE) || pv_len(r->whole) < 2
        || !is_text(r->whole, 0, &tag))
        return;
    
#line 7065 "pcall.nw"
if (strcmp(tag, "ok") == 0 && pv_len(r->whole) == 2) {
    r->kind = REC_OK;
    r->value = pv_ref(pv_item(r->whole, 1));
} else if (strcmp(tag, "raise") == 0 && pv_len(r->whole) == 4
           && is_text(r->whole, 1, &r->type)
           && is_text(r->whole, 2, &r->message)
           && is_text(r->whole, 3, &r->backtrace))
    r->kind = REC_RAISE;
#line 7061 "pcall.nw"
}
#line 7084 "pcall.nw"
static pcall_error *call_failed(struct pcall_outcome *out,
                                pcall_outcome_kind outcome,
                                pcall_error_kind kind,
                                const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static pcall_error *call_failed(struct pcall_outcome *out,
                                pcall_outcome_kind outcome,
                                pcall_error_kind kind,
                                const char *fmt, ...)
{
    va_list ap;
    pcall_error *e = errors_need(calloc(1, sizeof *e), sizeof *e);
    e->kind = kind;
    va_start(ap, fmt);
    e->message = errors_vformat(fmt, ap);
    va_end(ap);
    e->index = out->index;
    e->pid = out->pid;
    e->outcome = out->kind = outcome;
    out->error = e;
    return e;
}
#line 7110 "pcall.nw"
static const char *call_name(const struct pcall_outcome *out,
                             const char *where, char *buf, size_t n)
{
    if (where != NULL)
        snprintf(buf, n, "call %zu (pid %d, %s)", out->index,
                 (int)out->pid, where);
    else
        snprintf(buf, n, "call %zu (pid %d)", out->index,
                 (int)out->pid);
    return buf;
}

static const char *signal_text(int sig, char *buf, size_t n)
{
    const char *abbrev = sigabbrev_np(sig);
    if (abbrev != NULL)
        snprintf(buf, n, "signal %d (SIG%s)", sig, abbrev);
    else
        snprintf(buf, n, "signal %d", sig);
    return buf;
}
#line 7199 "pcall.nw"
pcall_error *pcall_classify(size_t index,
                            const pcall_proc_outcome *po,
                            double timeout, const char *stopped_by,
                            struct pcall_outcome *out, pv **result)
{
    struct child_record r;
    pcall_error *e;
    
#line 7220 "pcall.nw"
if (po == NULL || out == NULL || result == NULL)
    errors_die("pcall_classify: NULL argument");
*result = NULL;
*out = (struct pcall_outcome){ .kind = PCALL_OUTCOME_NONE,
    .index = index, .pid = po->pid, .exit_status = -1 };
#line 7207 "pcall.nw"
    
#line 7228 "pcall.nw"
if (po->state == PCALL_PROC_CANCELLED)
    return call_failed(out, PCALL_OUTCOME_CANCELLED,
                       PCALL_ERR_CHILD, "call %zu was cancelled "
                       "before it started", index);
if (po->state != PCALL_PROC_DONE)
    return NULL;
#line 7208 "pcall.nw"
    
#line 7245 "pcall.nw"
out->runtime = po->ended - po->started;
if (!po->status_lost && WIFEXITED(po->status))
    out->exit_status = WEXITSTATUS(po->status);
if (!po->status_lost && WIFSIGNALED(po->status))
    out->signal = WTERMSIG(po->status);
#line 7209 "pcall.nw"
    read_record(po, &r);
    e = apply_table(po, &r, timeout, stopped_by, out);
    if (e != NULL && po->where != NULL)
        e->where = errors_strdup(po->where);
    
#line 7237 "pcall.nw"
if (e == NULL) {
    out->kind = PCALL_OUTCOME_OK;
    *result = r.value;
} else
    pv_free(r.value);
#line 7214 "pcall.nw"
    pv_free(r.whole);
    return e;
}
#line 7260 "pcall.nw"
static pcall_error *apply_table(const pcall_proc_outcome *po,
                                const struct child_record *r,
                                double timeout, const char *stopped_by,
                                struct pcall_outcome *out)
{
    char w[320], sig[64];
    call_name(out, po->where, w, sizeof w);
    signal_text(out->signal, sig, sizeof sig);
    if (po->timed_out)
        return call_failed(out, PCALL_OUTCOME_TIMED_OUT,
                           PCALL_ERR_TIMEOUT, "%s exceeded the timeout "
                           "of %g s", w, timeout);
    if (r->kind == REC_RAISE)
        
#line 7298 "pcall.nw"
{
    pcall_error *e = call_failed(out, PCALL_OUTCOME_RAISED,
                                 PCALL_ERR_CHILD, "%s", r->message);
    e->type = errors_strdup(r->type);
    e->backtrace = errors_strdup(r->backtrace);
    return e;
}
#line 7274 "pcall.nw"
    if (po->fetch_errno != 0)
        return call_failed(out, PCALL_OUTCOME_CORRUPT, PCALL_ERR_SYSTEM,
                           "%s sent a large result, but the parent "
                           "could not take it: %s", w,
                           strerror(po->fetch_errno));
    if (out->signal != 0)
        
#line 7308 "pcall.nw"
{
    if (po->terminated)
        return call_failed(out, PCALL_OUTCOME_KILLED, PCALL_ERR_CHILD,
                           "%s was stopped %s: killed by %s", w,
                           stopped_by ? stopped_by : "by pcall", sig);
    return call_failed(out, PCALL_OUTCOME_CRASHED, PCALL_ERR_CHILD,
                       "%s %swas killed by %s", w, r->kind == REC_OK
                       ? "sent its result but then " : "", sig);
}
#line 7281 "pcall.nw"
    if (po->status_lost)
        
#line 7320 "pcall.nw"
{
    if (r->kind == REC_OK)
        return NULL;
    return call_failed(out, PCALL_OUTCOME_EXITED, PCALL_ERR_CHILD,
                       "%s ended without a result; its exit status "
                       "was lost (another party reaped it)", w);
}
#line 7283 "pcall.nw"
    
#line 7330 "pcall.nw"
if (out->exit_status != 0 && r->kind == REC_OK)
    return call_failed(out, PCALL_OUTCOME_EXITED, PCALL_ERR_CHILD,
                       "%s sent its result but then exited with "
                       "status %d", w, out->exit_status);
if (out->exit_status != 0)
    return call_failed(out, PCALL_OUTCOME_EXITED, PCALL_ERR_CHILD,
                       "%s exited with status %d without a %sresult",
                       w, out->exit_status,
                       r->kind == REC_BAD ? "complete " : "");
if (r->kind == REC_BAD)
    return call_failed(out, PCALL_OUTCOME_CORRUPT, PCALL_ERR_CHILD,
                       "%s sent a result that does not decode: %s",
                       w, r->why);
if (r->kind == REC_NONE)
    return call_failed(out, PCALL_OUTCOME_EXITED, PCALL_ERR_CHILD,
                       "%s exited with status 0 without a result", w);
return NULL;
#line 7284 "pcall.nw"
}
