#line 8194 "pcall.nw"
/* pcall.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_PCALL_H
#define PCALL_PCALL_H
/** @file pcall.h
 *  @ingroup api
 *  @brief Call a function many times in parallel, one child process
 *  per call: the Pcall object and pcall().  Includes every other
 *  header of the library. */
#include <stddef.h>
#include <sys/types.h>
#include "values.h"
#include "literal.h"
#include "pickle.h"
#include "zipargs.h"
#include "errors.h"
#include "logs.h"

PCALL_BEGIN_DECLS
#line 8411 "pcall.nw"
/** The major version: changes when the API or ABI breaks. */
#define PCALL_VERSION_MAJOR 1
/** The minor version: changes when the API grows. */
#define PCALL_VERSION_MINOR 0
/** The patch version: changes for a fix. */
#define PCALL_VERSION_PATCH 0
/** The version as a string, "MAJOR.MINOR.PATCH". */
#define PCALL_VERSION_STRING "1.0.0"
/** The version as one number, MAJOR * 10000 + MINOR * 100 + PATCH,
 *  for comparisons in preprocessor conditions. */
#define PCALL_VERSION_NUMBER                                        \
    (PCALL_VERSION_MAJOR * 10000 + PCALL_VERSION_MINOR * 100        \
     + PCALL_VERSION_PATCH)

/** The version of the library the program runs with, which may be
 *  newer than the PCALL_VERSION_STRING it was compiled with.
 *  @return a static string, "MAJOR.MINOR.PATCH" */
PCALL_API const char *pcall_version(void);
#line 8220 "pcall.nw"
/** A target: what each call runs, in a child process of its own.
 *  @param args   the call's positional arguments (a tuple)
 *  @param kwargs the call's keyword arguments (a dict, maybe empty)
 *  @return the call's result, a new reference; to fail, call
 *          pcall_raise() instead of returning */
typedef pv *pcall_target(const pv *args, const pv *kwargs);

/** Called in the parent as each call ends, once per call; calls
 *  that never started are reported, cancelled, during the join.
 *  @param index  the call's index
 *  @param o      its outcome (owned by the object)
 *  @param result its result (borrowed), or NULL if it failed
 *  @param arg    pcall_options.on_done_arg */
typedef void pcall_on_done(size_t index, const struct pcall_outcome *o,
                           pv *result, void *arg);
#line 8238 "pcall.nw"
/** The options of a parallel call.  Every member's zero is its
 *  default; the specification's arguments come first.  Build them
 *  with PCALL_OPTIONS() (or pcall()), which sets .size: the
 *  struct grows at its end from one version to the next
 *  (Section "Options that grow" of the book). */
typedef struct pcall_options {
    /** sizeof(pcall_options) where the caller was compiled: set by
     *  PCALL_OPTIONS() and pcall().  0 reads as version 1.0's size.
     *  The library ignores nothing: bytes past the members it knows
     *  must be zero, or pcall_new() fails (PCALL_ERR_ARGS). */
    size_t size;
    /** 1: the function receiving these options releases every value
     *  in them before it returns, on every path (pcall() sets it);
     *  0: the caller keeps its values and the library takes
     *  references of its own.  Must stay right before target. */
    int steal;
    /** A single target; must stay right after steal. */
    pcall_target *target;
    /** A list of targets, call i running targets[i] (copied). */
    pcall_target *const *targets;
    /** The number of targets in the list. */
    size_t ntargets;
#line 8266 "pcall.nw"
    /** Positional arguments common to all calls (tuple, list). */
    pv *cargs;
    /** Positional arguments of each call (sequence of sequences). */
    pv *iargs;
    /** Keyword arguments common to all calls (dict). */
    pv *ckwargs;
    /** Keyword arguments of each call (sequence of dicts). */
    pv *ikwargs;
    /** Per-call keyword arguments: {'x': (x0, x1, ...), ...}. */
    pv *varkwargs;
    /** Most seconds any one call may run; 0 or +infinity: no limit;
     *  NaN or < 0: a bad option. */
    double timeout;
    /** Seconds from SIGTERM to SIGKILL; 0: 1 second; NaN, < 0 or
     *  +infinity: a bad option. */
    double grace;
    /** Most children running at once; 0: as the limits allow. */
    size_t max_procs;
#line 8287 "pcall.nw"
    /** 0 (the default, as in the specification): each child's
     *  stdout and stderr go to a log file of its own, merged at the
     *  join; 1: children write where the parent writes. */
    int nocapture;
    /** Where captured logs are merged: 0, standard error (if
     *  descriptor 2 is not open when the object is made, nowhere);
     *  -1, nowhere; else this descriptor, which must be open (not
     *  closed; if non-blocking, waited for). */
    int log_fd;
    /** If not NULL, captured logs are merged into this stream
     *  instead (flushed first, not closed); its descriptor must be
     *  open; log_fd is then unused. */
    FILE *log_file;
    /** The name of the log sections; NULL: "pcall". */
    const char *name;
    /** Called in the parent as each call ends; may be NULL. */
    pcall_on_done *on_done;
    /** Passed to on_done. */
    void *on_done_arg;
    /** pcall_run() only: set to NULL on success, to a new error on
     *  failure; NULL: the error is dropped. */
    pcall_error **error;
    /** 1: each call's processes run in a PID namespace of their own,
     *  so that when the host dies, however (even SIGKILL), every
     *  process a call started dies too, and those still running when
     *  the call ends are killed then.  Timeouts, results, logs and
     *  errors mean what they mean without it; the target sees itself
     *  as pid 2.  Needs CAP_SYS_ADMIN or unprivileged user
     *  namespaces: where the kernel refuses, pcall_new() fails
     *  (PCALL_ERR_SYSTEM) naming the cause.  0 (the default): only
     *  the children pcall forks die with the host; their own
     *  children survive a host killed by SIGKILL. */
    int pid_namespace;
    /** pcall_run() only: set to a new error if merging the logs
     *  failed (the results are returned all the same, see
     *  pcall_log_error()), else to NULL; NULL: not reported. */
    pcall_error **log_error;
#line 8262 "pcall.nw"
} pcall_options;
#line 8330 "pcall.nw"
/** Designated initializers for a list of targets:
 *  PCALL_TARGETS(f1, f2) is .targets = {f1, f2}, .ntargets = 2. */
#define PCALL_TARGETS(...)                                          \
    .targets = (pcall_target *const[]){ __VA_ARGS__ },              \
    .ntargets = sizeof((pcall_target *const[]){ __VA_ARGS__ })      \
                / sizeof(pcall_target *)

/** Options for pcall_new() or pcall_run(), with .size set:
 *  PCALL_OPTIONS(.target = f, .iargs = a) is a pointer to a
 *  pcall_options (a compound literal: C only).  The values stay
 *  the caller's (.steal is 0) unless .steal = 1 is given.
 *  @code
 *  pcall_obj *p = pcall_new(PCALL_OPTIONS(.target = add,
 *      .varkwargs = xy), &err);
 *  @endcode */
#define PCALL_OPTIONS(...)                                          \
    (&(pcall_options){ .size = sizeof(pcall_options), __VA_ARGS__ })

/** Run a parallel call and return its results, as Python's pcall:
 *  pcall(target, .name = value, ...).  TAKES OVER every value given
 *  to it (.steal = 1), on every path: do not pv_free() them after.
 *  @code
 *  pcall_error *err;
 *  pv *r = pcall(add, .varkwargs = pv_lit("{'x': (1, 2), "
 *                "'y': (3, 4)}"), .error = &err);
 *  @endcode */
#define pcall(...)                                                  \
    pcall_run(&(pcall_options){ .size = sizeof(pcall_options),     \
                                .steal = 1, __VA_ARGS__ })

/** Run a parallel call: pcall_new(), pcall_start(), pcall_join().
 *  @param o the options; o->error receives the error, if any
 *  @return the results, a new tuple in call order, or NULL */
PCALL_API pv *pcall_run(const pcall_options *o);
#line 8444 "pcall.nw"
/** A parallel call, between its creation and its end (opaque). */
typedef struct pcall_obj pcall_obj;

/** Check the options and the arguments and count the calls (each
 *  call's arguments are built in its child); start nothing.  It is
 *  a checked runtime error (a message on stderr, then abort()) for
 *  o to be NULL.
 *
 *  Ownership: unlike pcall(), pcall_new() leaves the values in the
 *  options to the caller (.steal = 0, the default of
 *  PCALL_OPTIONS()): the object takes references of its own, and
 *  the caller still pv_free()s its values.  With .steal = 1 it
 *  releases them itself, on every path, success or failure.
 *  @code
 *  pcall_error *err;
 *  pv *xy = pv_lit("{'x': (1, 2, 3), 'y': (4, 5, 6)}");
 *  pcall_obj *p = pcall_new(PCALL_OPTIONS(.target = add,
 *                                         .varkwargs = xy), &err);
 *  pv_free(xy);                     // still ours: .steal is 0
 *  if (p == NULL || pcall_start(p, &err) != 0
 *      || pcall_join(p, &err) != 0) { ... }
 *  pv_fprint(stdout, pcall_results(p));   // (5, 7, 9)
 *  pcall_free(p);
 *  @endcode
 *  @param o   the options, from PCALL_OPTIONS() (.size set) or with
 *             .size = sizeof(pcall_options)
 *  @param err receives the error on failure (may be NULL)
 *  @return the object, or NULL on a bad option or argument
 *          (PCALL_ERR_ARGS) or a system error */
PCALL_API
pcall_obj *pcall_new(const pcall_options *o, pcall_error **err);

/** Start the calls (as many as max_procs allows; join starts the
 *  rest).  Any thread may start the calls and another join them:
 *  the children die with the host process (even of SIGKILL), not
 *  with the thread that forked them.  Started from a thread other
 *  than the main one, each child gets the signal SIGRTMAX - 1 when
 *  the thread that is its parent ends (prctl(2)); pcall's handler
 *  ignores it unless the host process is gone, but a sleep of the
 *  target that it interrupts returns early, and a target that
 *  catches, blocks or ignores SIGRTMAX - 1 survives the host.  Only the
 *  children pcall forks die with the host: their own children do
 *  not, unless pcall_options.pid_namespace is set.
 *  It is a checked runtime error for p to be NULL or started
 *  already.
 *  @param p   the object
 *  @param err receives the error on failure (may be NULL)
 *  @return 0, or -1 if no call could be started (PCALL_ERR_SYSTEM) */
PCALL_API int pcall_start(pcall_obj *p, pcall_error **err);
#line 8496 "pcall.nw"
/** Wait for every call (or the timeout), merge the logs, collect the
 *  results.  A second join returns what the first did.  A failure
 *  to merge the logs is no failure of the join: the results are
 *  kept and the failure is given by pcall_log_error().  It is a
 *  checked runtime error for p to be NULL or not started, or to
 *  join from on_done.
 *  @param p   the object, started
 *  @param err receives the error on failure (may be NULL)
 *  @return 0 if every call succeeded, else -1 with the error of the
 *          lowest-numbered failed call, or a system error */
PCALL_API int pcall_join(pcall_obj *p, pcall_error **err);

/** Why the join could not merge the logs: the first failure (a
 *  write to the destination, a log that could not be read back);
 *  the other sections were still tried.  It is a checked runtime
 *  error for p to be NULL.
 *  @param p the object
 *  @return the error (borrowed: valid until pcall_free()), or NULL
 *          if the logs were merged, or not yet, or go nowhere */
PCALL_API const pcall_error *pcall_log_error(const pcall_obj *p);

/** The results.  It is a checked runtime error for p to be NULL.
 *  @param p the object
 *  @return the results, a tuple in call order (borrowed), or NULL
 *          until a join has collected them all */
PCALL_API pv *pcall_results(const pcall_obj *p);

/** One call's result.  It is a checked runtime error for p to be
 *  NULL or for i to be pcall_ncalls(p) or more.
 *  @param p the object
 *  @param i a call's index
 *  @return call i's result (borrowed), or NULL if it has not
 *          succeeded (yet) */
PCALL_API pv *pcall_result(const pcall_obj *p, size_t i);
#line 8533 "pcall.nw"
/** The number of calls.  It is a checked runtime error for p to be
 *  NULL.
 *  @param p the object
 *  @return the number of calls */
PCALL_API size_t pcall_ncalls(const pcall_obj *p);

/** The pid of every call, in call order; 0 for one not started.
 *  It is a checked runtime error for p to be NULL.
 *  @param p   the object
 *  @param out where to store them (may be NULL: then only counted,
 *             whatever max is)
 *  @param max room in out
 *  @return the number of calls (may exceed max) */
PCALL_API size_t pcall_pids(const pcall_obj *p, pid_t *out, size_t max);

/** The pids of the calls alive now, in call order: a child that
 *  has exited is not living, whether or not it was reaped yet.  It is a
 *  checked runtime error for p to be NULL.
 *  @param p   the object
 *  @param out where to store them (may be NULL: then only counted,
 *             whatever max is)
 *  @param max room in out
 *  @return how many are running (may exceed max) */
PCALL_API size_t pcall_living(pcall_obj *p, pid_t *out, size_t max);
#line 8560 "pcall.nw"
/** Send SIGTERM to every call still at its work and cancel those
 *  not started (before pcall_start(), every call); the join sends
 *  SIGKILL a grace period later to what is still alive, and reports
 *  the calls stopped "by pcall_terminate" and cancelled.  A call
 *  that has ended, or has finished its work and is handing its
 *  result over, is left alone.
 *
 *  May be called at any time until the object is freed: from a
 *  signal handler (it is async-signal-safe: the Control-C pattern,
 *  a SIGINT handler that terminates the object a pcall_join() is
 *  waiting on), from another thread while pcall_join() waits, or
 *  from an on_done callback.  While another function of the object
 *  runs, it only records the request and wakes the join, which then
 *  returns within the grace period; after the join has returned it
 *  does nothing.
 *  It is a checked runtime error for p to be NULL.
 *  @param p the object
 *  @return how many children it signalled, or, when the request is
 *          left to a running join, how many calls were running */
PCALL_API int pcall_terminate(pcall_obj *p);

/** What became of a call.  It is a checked runtime error for p to
 *  be NULL or for i to be pcall_ncalls(p) or more.
 *  @param p the object
 *  @param i a call's index
 *  @return what became of call i so far (owned by p; kind
 *          PCALL_OUTCOME_NONE until it ends) */
PCALL_API
const struct pcall_outcome *pcall_outcome_at(pcall_obj *p, size_t i);

/** Kill and reap whatever still runs, drop the logs not merged,
 *  free the object; NULL is a no-op.  It is a checked runtime error
 *  to call it from on_done.
 *  @param p the object */
PCALL_API void pcall_free(pcall_obj *p);
#line 8215 "pcall.nw"
PCALL_END_DECLS
#endif
