#line 6092 "pcall.nw"
/* internal.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_INTERNAL_H
#define PCALL_INTERNAL_H
/** @file internal.h
 *  @ingroup internals
 *  @brief What the library's modules share and a program never
 *  sees: the judging of an ended call, the child's side of a call,
 *  the merge of the logs.  Not installed, not exported. */
#include "proc.h"
#include "errors.h"
#include "logs.h"

#line 6258 "pcall.nw"
/** Mark this process as the child that runs one call; called in the
 *  child, before the target.  From then on, in this process (not in
 *  one the target forks), a checked runtime error of any module of
 *  the library, or an allocation of the library that fails, is
 *  raised as the target's error instead of aborting: TypeError,
 *  IndexError or ValueError with the module's message and a
 *  backtrace, or MemoryError with the number of bytes asked for.
 *  @param index the call's index
 *  @param result_fd the descriptor the record goes to */
void pcall_child_begin(size_t index, int result_fd);
/** Send the record of a target that returned: ('ok', result), or an
 *  error record if result is NULL or cannot be pickled.
 *  @param result what the target returned (stolen), or NULL
 *  @return the status the child should exit with: 0 if an ok record
 *          was sent, else 1 */
int pcall_child_finish(pv *result);
#line 6327 "pcall.nw"
/** Judge one ended call (Table "The outcome of a call").
 *  @param index the call's index
 *  @param po what the process module saw (not modified)
 *  @param timeout the timeout in force, for the message
 *  @param stopped_by why pcall signalled it, if it did: "by
 *         pcall_terminate", "because another call timed out"...
 *  @param out filled with the outcome; out->error is the returned
 *         error
 *  @param result set to the call's result (a new reference) if it
 *         succeeded, else to NULL
 *  @return NULL if the call succeeded (or has not ended: out->kind
 *          is then PCALL_OUTCOME_NONE), else a new error of kind
 *          PCALL_ERR_CHILD or PCALL_ERR_TIMEOUT */
pcall_error *pcall_classify(size_t index,
                            const pcall_proc_outcome *po,
                            double timeout, const char *stopped_by,
                            struct pcall_outcome *out, pv **result);
#line 7567 "pcall.nw"
/**
 * Merge the captured output of every call into a descriptor, in call
 * order, one framed section per call that ran; each call's output
 * is merged once.  Calls not yet DONE, and cancelled ones, have no
 * section.  A non-blocking out_fd is waited for (poll), never an
 * error; SIGPIPE is blocked in the calling thread while merging, so
 * a pipe without a reader is the error EPIPE, not the death of the
 * process.  A section that fails does not stop the merge: every
 * other section is still tried.
 * @param p the calls (run with pcall_proc_config.capture set)
 * @param name names the sections ("NAME:pid-N"); NULL: "pcall"
 * @param out_fd where to write
 * @param err filled with the first failure (may be NULL)
 * @return 0, or -1 if a log could not be read or out_fd written (the
 *         logs whose sections failed can be merged again)
 */
int pcall_logs_merge(pcall_procs *p, const char *name, int out_fd,
                     pv_err *err);
/** Where a merge finds the calls and their captured output: a
 *  process set here, or the calls another machine ran (chapter
 *  "Beyond one machine"). */
typedef struct pcall_log_source {
    size_t ncalls;                        /**< how many calls */
    /** call i's outcome: state, pid, times, logged, log_len, where */
    pcall_proc_outcome *(*outcome)(void *set, size_t i);
    /** read call i's output, as pcall_procs_log_read() */
    ssize_t (*read)(void *set, size_t i, void *buf, size_t n,
                    size_t off);
    void *set;                            /**< passed to both */
} pcall_log_source;
/** pcall_logs_merge() from any source; a call that ran elsewhere
 *  (its outcome's where set) is named "NAME:pid-N, WHERE".
 *  @param src the calls
 *  @param name as pcall_logs_merge()
 *  @param out_fd as pcall_logs_merge()
 *  @param err as pcall_logs_merge()
 *  @return as pcall_logs_merge() */
int pcall_logs_merge_from(const pcall_log_source *src,
                          const char *name, int out_fd, pv_err *err);
#line 37112 "pcall.nw"
#include "pcall.h"
/** A set of calls that runs elsewhere: the process set's functions,
 *  over a state of the engine's own (chapter "Beyond one machine").
 *  Each member means what the pcall_procs_ function of the same
 *  name means; make() fails with a kind and a message. */
typedef struct pcall_engine {
    /** make the set of p's calls; NULL with *kind and err on
        failure */
    void *(*make)(pcall_obj *p, const pcall_proc_config *cfg,
                  pcall_error_kind *kind, pv_err *err);
    /** as pcall_procs_start() */
    int (*start)(void *set, pv_err *err);
    /** as pcall_procs_wait() */
    int (*wait)(void *set, pv_err *err);
    /** as pcall_procs_outcome() */
    pcall_proc_outcome *(*outcome)(void *set, size_t i);
    /** as pcall_procs_drop_data() */
    void (*drop_data)(void *set, size_t i);
    /** as pcall_procs_living() */
    size_t (*living)(void *set, pid_t *out, size_t max);
    /** as pcall_procs_terminate(): async-signal-safe */
    int (*terminate)(void *set);
    /** as pcall_procs_timeout_fired() */
    int (*timeout_fired)(const void *set);
    /** as pcall_logs_merge() */
    int (*merge_logs)(void *set, const char *name, int fd,
                      pv_err *err);
    /** as pcall_procs_free() */
    void (*free)(void *set);
} pcall_engine;
/** Run the calls of every object made from now on with e; NULL:
 *  run them here again.  Not thread-safe: call it before any
 *  object is made.
 *  @param e the engine (must live until it is replaced) */
void pcall_engine_install(const pcall_engine *e);
/** @param p an object
 *  @param i a call's index, below pcall_ncalls(p)
 *  @return the target of call i */
pcall_target *pcall_obj_target(const pcall_obj *p, size_t i);
/** @param p an object
 *  @param i a call's index, below pcall_ncalls(p)
 *  @return call i's arguments: a new (args, kwargs) pair */
pv *pcall_obj_call(const pcall_obj *p, size_t i);
/** @param p an object with calls
 *  @param i a call's index, below pcall_ncalls(p)
 *  @return what its set knows of call i (owned by the set) */
const pcall_proc_outcome *pcall_obj_outcome(pcall_obj *p, size_t i);
/** @param e an error
 *  @return where its call ran ("rank 1 on host n2"), or NULL if
 *          here (owned by e) */
const char *pcall_error_where(const pcall_error *e);
#line 6106 "pcall.nw"
#endif
