#line 8647 "pcall.nw"
/* pcall.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 8666 "pcall.nw"
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pcall.h"
#include "internal.h"
#line 8684 "pcall.nw"
struct pcall_obj {
    pcall_target *target;       /* a single target, or NULL */
    pcall_target **targets;     /* a list of them (copied), or NULL */
    pcall_zip *zip;             /* the calls' arguments, to build */
    size_t ncalls;
    double timeout;
    int capture, log_fd;
    FILE *log_file;             /* or NULL: merge into log_fd */
    char *name;
    pcall_on_done *on_done;
    void *on_done_arg;
    pcall_procs *procs;         /* NULL when there are no calls */
    const pcall_engine *remote; /* or NULL: the calls run here */
    void *rs;                   /* the remote engine's set */
    int started, joined, in_on_done;
    int join_done;              /* the first join has returned */
    atomic_int terminated;      /* pcall_terminate() was called */
    struct pcall_outcome *outcomes;
    pcall_error **errors;
    pv **each;                  /* each call's result, or NULL */
    pv *results;                /* the tuple, once all succeeded */
    pcall_error *error;         /* what the join reports */
    pcall_error *log_error;     /* why the merge failed, or NULL */
};
#line 8717 "pcall.nw"
static pcall_obj *build_object(const pcall_options *o,
                               pcall_error **e);
static pcall_obj *make_object(const pcall_options *o, pcall_zip *zip);
static pcall_error *check_log_options(const pcall_options *o);
static int stderr_if_open(void);
static int run_call(size_t index, void *arg, int result_fd);
static void call_ended(size_t index, pcall_proc_outcome *o,
                       void *arg);
static void judge_if_ended(pcall_obj *p, size_t i);
static pcall_error *first_failure(const pcall_obj *p);
static pv *collect_results(const pcall_obj *p);
#line 8432 "pcall.nw"
const char *pcall_version(void)
{
    return PCALL_VERSION_STRING;
}
#line 8731 "pcall.nw"
static _Noreturn void obj_die(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static _Noreturn void obj_die(const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "pcall: %s\n", msg);   /* one line, one write */
    abort();
}

static void *obj_need(void *p)
{
    if (p == NULL)
        obj_die("out of memory");
    return p;
}
#line 8754 "pcall.nw"
static pcall_obj *valid_obj(const pcall_obj *p, const char *fn)
{
    if (p == NULL)
        obj_die("%s: NULL object", fn);
    if (p->in_on_done && (strcmp(fn, "pcall_join") == 0
                          || strcmp(fn, "pcall_free") == 0))
        obj_die("%s: called from on_done", fn);
    return (pcall_obj *)p;
}

static void give_error(pcall_error **err, pcall_error *e)
{
    if (err != NULL)
        *err = e;
    else
        pcall_error_free(e);
}
#line 37172 "pcall.nw"
static const pcall_engine *installed_engine;

void pcall_engine_install(const pcall_engine *e)
{
    installed_engine = e;
}

static int has_set(const pcall_obj *p)
{
    return p->procs != NULL || p->rs != NULL;
}

static void set_new(pcall_obj *p, const pcall_proc_config *cfg,
                    pcall_error_kind *kind, pv_err *err)
{
    *kind = PCALL_ERR_SYSTEM;
    if (installed_engine == NULL) {
        p->procs = pcall_procs_new(cfg, err);
        return;
    }
    p->remote = installed_engine;
    p->rs = p->remote->make(p, cfg, kind, err);
}
#line 37198 "pcall.nw"
static pcall_proc_outcome *set_outcome(pcall_obj *p, size_t i)
{
    return p->remote ? p->remote->outcome(p->rs, i)
                     : pcall_procs_outcome(p->procs, i);
}

static int set_start(pcall_obj *p, pv_err *err)
{
    return p->remote ? p->remote->start(p->rs, err)
                     : pcall_procs_start(p->procs, err);
}

static int set_wait(pcall_obj *p, pv_err *err)
{
    return p->remote ? p->remote->wait(p->rs, err)
                     : pcall_procs_wait(p->procs, err);
}

static void set_drop_data(pcall_obj *p, size_t i)
{
    if (p->remote)
        p->remote->drop_data(p->rs, i);
    else
        pcall_procs_drop_data(p->procs, i);
}
#line 37226 "pcall.nw"
static size_t set_living(pcall_obj *p, pid_t *out, size_t max)
{
    return p->remote ? p->remote->living(p->rs, out, max)
                     : pcall_procs_living(p->procs, out, max);
}

static int set_terminate(pcall_obj *p)
{
    return p->remote ? p->remote->terminate(p->rs)
                     : pcall_procs_terminate(p->procs);
}

static int set_timeout_fired(const pcall_obj *p)
{
    return p->remote ? p->remote->timeout_fired(p->rs)
                     : pcall_procs_timeout_fired(p->procs);
}

static int set_merge_logs(pcall_obj *p, int fd, pv_err *err)
{
    return p->remote ? p->remote->merge_logs(p->rs, p->name, fd, err)
                     : pcall_logs_merge(p->procs, p->name, fd, err);
}

static void set_free(pcall_obj *p)
{
    if (p->remote != NULL && p->rs != NULL)
        p->remote->free(p->rs);
    pcall_procs_free(p->procs);
}
#line 37263 "pcall.nw"
pcall_target *pcall_obj_target(const pcall_obj *p, size_t i)
{
    return p->targets != NULL ? p->targets[i] : p->target;
}

pv *pcall_obj_call(const pcall_obj *p, size_t i)
{
    return pcall_zip_call(p->zip, i);
}

const pcall_proc_outcome *pcall_obj_outcome(pcall_obj *p, size_t i)
{
    return set_outcome(p, i);
}
#line 8782 "pcall.nw"
#define OPTIONS_SIZE_1_0 \
    (offsetof(pcall_options, log_error) + sizeof(pcall_error **))

static pcall_error *bad_option(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

static pcall_error *read_options(const pcall_options *o,
                                 pcall_options *out)
{
    const unsigned char *b = (const unsigned char *)o;
    size_t n = o->size == 0 ? OPTIONS_SIZE_1_0 : o->size;
    if (n < OPTIONS_SIZE_1_0)
        return bad_option(".size is %zu, smaller than any "
                          "pcall_options (%zu bytes): build the "
                          "options with PCALL_OPTIONS()", n,
                          (size_t)OPTIONS_SIZE_1_0);
    for (size_t i = sizeof *out; i < n; i++)
        if (b[i] != 0)
            return bad_option(".size is %zu and byte %zu is set: a "
                              "member of a newer pcall.h that this "
                              "library (%s, %zu bytes) lacks", n, i,
                              PCALL_VERSION_STRING, sizeof *out);
    memset(out, 0, sizeof *out);
    memcpy(out, o, n < sizeof *out ? n : sizeof *out);
    out->size = sizeof *out;
    return NULL;
}
#line 8812 "pcall.nw"
static pcall_error *bad_option(const char *fmt, ...)
{
    char msg[PV_ERRMAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return pcall_error_new(PCALL_ERR_ARGS, "%s", msg);
}
#line 8824 "pcall.nw"
static pcall_error *check_targets(const pcall_options *o)
{
    if (o->target == NULL && o->targets == NULL && o->ntargets == 0)
        return bad_option("no target: set .target, or .targets and "
                          ".ntargets");
    if (o->target != NULL && (o->targets != NULL || o->ntargets > 0))
        return bad_option("both .target and .targets are set: set "
                          "only one");
    if (o->targets != NULL && o->ntargets == 0)
        return bad_option(".targets is set but .ntargets is 0");
    if (o->targets == NULL && o->ntargets > 0)
        return bad_option(".ntargets is %zu but .targets is NULL",
                          o->ntargets);
    for (size_t i = 0; i < o->ntargets; i++)
        if (o->targets[i] == NULL)
            return bad_option(".targets[%zu] is NULL", i);
    return NULL;
}
#line 8845 "pcall.nw"
static pcall_error *check_options(const pcall_options *o)
{
    pcall_error *e = check_targets(o);
    if (e != NULL)
        return e;
    if (isnan(o->timeout) || isnan(o->grace))
        return bad_option("%s is not a number (NaN): give seconds",
                          isnan(o->timeout) ? ".timeout" : ".grace");
    if (!(o->timeout >= 0))
        return bad_option(".timeout must be >= 0 seconds (0: none), "
                          "not %g", o->timeout);
    if (!(o->grace >= 0) || isinf(o->grace))
        return bad_option(".grace must be >= 0 seconds (0: 1 s) and "
                          "finite, not %g", o->grace);
    if (o->pid_namespace != 0 && o->pid_namespace != 1)
        return bad_option(".pid_namespace must be 0 or 1, not %d",
                          o->pid_namespace);
    return check_log_options(o);
}
#line 8874 "pcall.nw"
static pcall_error *check_log_options(const pcall_options *o)
{
    int fd;
    if (o->log_fd < -1)
        return bad_option(".log_fd must be a descriptor, 0 (standard "
                          "error) or -1 (none), not %d", o->log_fd);
    if (o->log_file != NULL && (fd = fileno(o->log_file)) < 0)
        return bad_option(".log_file is a stream without a "
                          "descriptor (%s)", strerror(errno));
    if (o->log_file != NULL && fcntl(fd, F_GETFD) == -1)
        return bad_option(".log_file's descriptor %d is not open "
                          "(%s)", fd, strerror(errno));
    if (o->log_file == NULL && o->log_fd > 0
        && fcntl(o->log_fd, F_GETFD) == -1)
        return bad_option(".log_fd is %d, which is not an open "
                          "descriptor (%s)", o->log_fd,
                          strerror(errno));
    return NULL;
}
#line 8900 "pcall.nw"
pcall_obj *pcall_new(const pcall_options *o, pcall_error **err)
{
    pcall_error *e;
    pcall_obj *p = NULL;
    pcall_options opts;
    if (o == NULL)
        obj_die("pcall_new: NULL options");
    e = read_options(o, &opts);
    if (e == NULL)
        e = check_options(&opts);
    if (e == NULL)
        p = build_object(&opts, &e);
    if (o->steal) {
        pv_free(o->cargs);
        pv_free(o->iargs);
        pv_free(o->ckwargs);
        pv_free(o->ikwargs);
        pv_free(o->varkwargs);
    }
    if (e != NULL)
        give_error(err, e);
    return p;
}
#line 8934 "pcall.nw"
static pcall_obj *build_object(const pcall_options *o, pcall_error **e)
{
    pv_err perr = { "" };
    pcall_zip_spec spec = { .ntargets = o->ntargets,
        .cargs = o->cargs, .iargs = o->iargs, .ckwargs = o->ckwargs,
        .ikwargs = o->ikwargs, .varkwargs = o->varkwargs };
    pcall_zip *zip = pcall_zip_new(&spec, &perr);
    if (zip == NULL) {
        *e = pcall_error_new(PCALL_ERR_ARGS, "%s", perr.msg);
        return NULL;
    }
    pcall_obj *p = make_object(o, zip);
    
#line 8952 "pcall.nw"
if (p->ncalls > 0) {
    pcall_proc_config cfg = { .ncalls = p->ncalls, .body = run_call,
        .arg = p, .timeout = p->timeout, .grace = o->grace,
        .max_procs = o->max_procs, .capture = !o->nocapture,
        .name = p->name, .on_done = o->on_done ? call_ended : NULL,
        .on_done_arg = p, .pid_namespace = o->pid_namespace };
    pcall_error_kind kind;
    set_new(p, &cfg, &kind, &perr);
    if (!has_set(p)) {
        *e = pcall_error_new(kind, "%s", perr.msg);
        pcall_free(p);
        return NULL;
    }
}
#line 8947 "pcall.nw"
    return p;
}
#line 8969 "pcall.nw"
static pcall_obj *make_object(const pcall_options *o, pcall_zip *zip)
{
    pcall_obj *p = obj_need(calloc(1, sizeof *p));
    p->zip = zip;
    p->ncalls = pcall_zip_count(zip);
    p->target = o->target;
    if (o->targets != NULL) {
        p->targets = obj_need(malloc(o->ntargets
                                     * sizeof *p->targets));
        memcpy(p->targets, o->targets,
               o->ntargets * sizeof *p->targets);
    }
    p->timeout = isinf(o->timeout) ? 0 : o->timeout;  /* no limit */
    p->capture = !o->nocapture;
    p->log_file = o->log_file;
    p->log_fd = o->log_file != NULL ? fileno(o->log_file)
                : o->log_fd == 0 ? stderr_if_open() : o->log_fd;
    p->name = obj_need(strdup(o->name != NULL ? o->name : "pcall"));
    p->on_done = o->on_done;
    p->on_done_arg = o->on_done_arg;
    
#line 8995 "pcall.nw"
p->outcomes = obj_need(calloc(p->ncalls + 1, sizeof *p->outcomes));
p->errors = obj_need(calloc(p->ncalls + 1, sizeof *p->errors));
p->each = obj_need(calloc(p->ncalls + 1, sizeof *p->each));
for (size_t i = 0; i < p->ncalls; i++) {
    p->outcomes[i].kind = PCALL_OUTCOME_NONE;
    p->outcomes[i].index = i;
    p->outcomes[i].exit_status = -1;
}
#line 8990 "pcall.nw"
    return p;
}
#line 9025 "pcall.nw"
static int run_call(size_t index, void *arg, int result_fd)
{
    static max_align_t region[(64 << 10) / sizeof(max_align_t)];
    static const pv *call;      /* this child's, until it ends */
    pcall_obj *p = arg;
    pv_arena_use(region, sizeof region);
    pcall_child_begin(index, result_fd);
    call = pcall_zip_call(p->zip, index);
    pcall_target *t = p->targets ? p->targets[index] : p->target;
    return pcall_child_finish(t(pv_item(call, 0), pv_item(call, 1)));
}
#line 9057 "pcall.nw"
static const char *stopped_by(const pcall_obj *p)
{
    if (atomic_load(&p->terminated))
        return "by pcall_terminate";
    if (has_set(p) && set_timeout_fired(p))
        return "because another call timed out";
    return "by pcall";
}
#line 9068 "pcall.nw"
static void judge_call(pcall_obj *p, size_t i, pcall_proc_outcome *po)
{
    if (p->outcomes[i].kind != PCALL_OUTCOME_NONE)
        return;
    p->errors[i] = pcall_classify(i, po, p->timeout, stopped_by(p),
                                  &p->outcomes[i], &p->each[i]);
    if (p->outcomes[i].kind == PCALL_OUTCOME_NONE)
        return;                              /* not ended yet */
    set_drop_data(p, i);
    if (p->on_done != NULL) {
        p->in_on_done = 1;
        p->on_done(i, &p->outcomes[i], p->each[i], p->on_done_arg);
        p->in_on_done = 0;
    }
}

static void call_ended(size_t index, pcall_proc_outcome *o, void *arg)
{
    judge_call(arg, index, o);  /* given only with an on_done */
}

static void judge_if_ended(pcall_obj *p, size_t i)
{
    if (p->on_done == NULL && has_set(p))  /* on_done: judged */
        judge_call(p, i, set_outcome(p, i));
}
#line 9098 "pcall.nw"
int pcall_start(pcall_obj *p, pcall_error **err)
{
    pv_err perr = { "" };
    valid_obj(p, "pcall_start");
    if (p->started)
        obj_die("pcall_start: the object was started already");
    p->started = 1;
    if (has_set(p) && set_start(p, &perr) < 0) {
        p->error = pcall_error_new(PCALL_ERR_SYSTEM, "%s", perr.msg);
        give_error(err, pcall_error_copy(p->error));
        return -1;
    }
    return 0;
}
#line 9120 "pcall.nw"
int pcall_join(pcall_obj *p, pcall_error **err)
{
    valid_obj(p, "pcall_join");
    if (!p->started)
        obj_die("pcall_join: the object was not started");
    if (!p->joined) {
        p->joined = 1;
        
#line 9143 "pcall.nw"
if (has_set(p)) {
    pv_err perr = { "" };
    if (p->error == NULL && set_wait(p, &perr) < 0)
        p->error = pcall_error_new(PCALL_ERR_SYSTEM, "%s", perr.msg);
    for (size_t i = 0; i < p->ncalls; i++)
        judge_call(p, i, set_outcome(p, i));
    if (p->capture && p->log_fd != -1) {
        pv_err lerr = { "" };
        /* the parent's own buffered lines come first */
        fflush(p->log_file != NULL ? p->log_file
               : p->log_fd == 1 ? stdout : stderr);
        if (set_merge_logs(p, p->log_fd, &lerr) < 0)
            p->log_error = pcall_error_new(PCALL_ERR_SYSTEM,
                                           "merging the logs: %s",
                                           lerr.msg);
    }
}
#line 9128 "pcall.nw"
        if (p->error == NULL)
            p->error = first_failure(p);
        if (p->error == NULL)
            p->results = collect_results(p);
        p->join_done = 1;
    }
    if (p->error != NULL) {
        give_error(err, pcall_error_copy(p->error));
        return -1;
    }
    return 0;
}
#line 9167 "pcall.nw"
static size_t first_failure_index(const pcall_obj *p)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->ncalls; i++) {
            pcall_outcome_kind k = p->outcomes[i].kind;
            int stopped = k == PCALL_OUTCOME_KILLED
                          || k == PCALL_OUTCOME_CANCELLED;
            if (p->errors[i] != NULL && stopped == pass)
                return i;
        }
    return SIZE_MAX;
}

static pcall_error *first_failure(const pcall_obj *p)
{
    size_t i = first_failure_index(p);
    return i == SIZE_MAX ? NULL : pcall_error_copy(p->errors[i]);
}
#line 9188 "pcall.nw"
static pv *collect_results(const pcall_obj *p)
{
    
#line 9198 "pcall.nw"
pv *t = pv_tuple_new(p->ncalls);
for (size_t i = 0; i < p->ncalls; i++)
    pv_tuple_set(t, i, pv_ref(p->each[i]));
return t;
#line 9191 "pcall.nw"
}
#line 9239 "pcall.nw"
static int stderr_if_open(void)
{
    return fcntl(2, F_GETFD) == -1 ? -1 : 2;     /* -1: nowhere */
}
#line 9246 "pcall.nw"
const pcall_error *pcall_log_error(const pcall_obj *p)
{
    return valid_obj(p, "pcall_log_error")->log_error;
}
#line 9254 "pcall.nw"
pv *pcall_results(const pcall_obj *p)
{
    return valid_obj(p, "pcall_results")->results;
}

pv *pcall_result(const pcall_obj *p, size_t i)
{
    pcall_obj *q = valid_obj(p, "pcall_result");
    if (i >= q->ncalls)
        obj_die("pcall_result: index %zu out of range (%zu calls)", i,
                q->ncalls);
    judge_if_ended(q, i);
    return q->each[i];
}

size_t pcall_ncalls(const pcall_obj *p)
{
    return valid_obj(p, "pcall_ncalls")->ncalls;
}
#line 9279 "pcall.nw"
const struct pcall_outcome *pcall_outcome_at(pcall_obj *p, size_t i)
{
    if (i >= valid_obj(p, "pcall_outcome_at")->ncalls)
        obj_die("pcall_outcome_at: index %zu out of range (%zu calls)", i,
                p->ncalls);
    judge_if_ended(p, i);
    if (p->outcomes[i].kind == PCALL_OUTCOME_NONE)
        p->outcomes[i].pid = set_outcome(p, i)->pid;
    return &p->outcomes[i];
}

size_t pcall_pids(const pcall_obj *p, pid_t *out, size_t max)
{
    valid_obj(p, "pcall_pids");
    for (size_t i = 0; out != NULL && i < p->ncalls && i < max; i++)
        out[i] = set_outcome((pcall_obj *)p, i)->pid;
    return p->ncalls;
}
#line 9300 "pcall.nw"
size_t pcall_living(pcall_obj *p, pid_t *out, size_t max)
{
    valid_obj(p, "pcall_living");
    if (!has_set(p) || !p->started)
        return 0;
    return set_living(p, out, max);
}

int pcall_terminate(pcall_obj *p)
{
    valid_obj(p, "pcall_terminate");
    if (!has_set(p) || p->join_done)
        return 0;
    atomic_store(&p->terminated, 1);
    return set_terminate(p);
}
#line 9319 "pcall.nw"
void pcall_free(pcall_obj *p)
{
    if (p == NULL)
        return;
    valid_obj(p, "pcall_free");
    set_free(p);
    
#line 9334 "pcall.nw"
for (size_t i = 0; i < p->ncalls; i++) {
    pcall_error_free(p->errors[i]);
    pv_free(p->each[i]);
}
free(p->errors);
free(p->each);
free(p->outcomes);
pcall_zip_free(p->zip);
pv_free(p->results);
pcall_error_free(p->error);
pcall_error_free(p->log_error);
free(p->targets);
free(p->name);
#line 9326 "pcall.nw"
    free(p);
}
#line 9359 "pcall.nw"
pv *pcall_run(const pcall_options *o)
{
    pcall_error *e = NULL;
    pv *r = NULL;
    pcall_obj *p = pcall_new(o, &e);
    if (p != NULL && pcall_start(p, &e) == 0
        && pcall_join(p, &e) == 0)
        r = pv_ref(pcall_results(p));
    if (o->log_error != NULL)
        *o->log_error = p != NULL && p->log_error != NULL
                        ? pcall_error_copy(p->log_error) : NULL;
    pcall_free(p);
    if (o->error != NULL)
        *o->error = e;
    else
        pcall_error_free(e);
    return r;
}
