#line 1590 "pcall.nw"
/* proc.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_PROC_H
#define PCALL_PROC_H
/** @file proc.h
 *  @ingroup internals
 *  @brief Run calls in forked children: start, wait, time out,
 *  reap.  Moves bytes, and the buffers a pickle leaves out of band,
 *  without reading either. */
#include <poll.h>
#include <stddef.h>
#include <sys/types.h>
#include "pickle.h"
#include "transport.h"
#include "values.h"

#line 1611 "pcall.nw"
/** The descriptor on which a child finds its result pipe. */
#define PCALL_PROC_RESULT_FD 3

/**
 * What one child runs.  Called in the child, after fork, with its
 * standard descriptors and signals set up.
 * @param index the call's index, 0 to ncalls - 1
 * @param arg the caller's pointer, pcall_proc_config.arg
 * @param result_fd where to send the result with pcall_proc_send()
 *        (always PCALL_PROC_RESULT_FD)
 * @return the status the child exits with (0 to 255)
 */
typedef int pcall_proc_body(size_t index, void *arg, int result_fd);
#line 1634 "pcall.nw"
/** Where a call is in its life. */
typedef enum pcall_proc_state {
    PCALL_PROC_PENDING,   /**< not started yet (concurrency cap) */
    PCALL_PROC_RUNNING,   /**< forked, not yet reaped */
    PCALL_PROC_DONE,      /**< reaped; see status */
    PCALL_PROC_CANCELLED  /**< never started: timeout, terminate or
                               error */
} pcall_proc_state;
#line 1646 "pcall.nw"
/** What became of one call. */
typedef struct pcall_proc_outcome {
    pcall_proc_state state; /**< where the call is */
    pid_t pid;              /**< the child's pid (and its process
                                 group's id); 0 if never started */
    int status;             /**< waitpid() status when DONE; -1 if
                                 status_lost */
    int status_lost;        /**< 1: someone else reaped the child
                                 (SIGCHLD ignored by the host, or a
                                 host handler waiting for any child) */
    int timed_out;          /**< its deadline passed: we signalled
                                 it, or the time it stamped on its
                                 result was past the deadline */
    int terminated;         /**< we signalled it: terminate(), an
                                 other call's timeout, or cleanup */
    unsigned char *data;    /**< bytes the child sent (owned; NULL
                                 if none) */
    size_t len;             /**< how many bytes */
    pv **oob;               /**< bytes values the child sent beside
                                 data, the out-of-band buffers of its
                                 pickle (owned; NULL if none) */
    size_t noob;            /**< how many */
    double started;         /**< CLOCK_MONOTONIC seconds, just
                                 before the fork */
    double ended;           /**< CLOCK_MONOTONIC seconds when the
                                 call ended: the time the child
                                 stamped on its result
                                 (pcall_proc_send_result() does),
                                 else when the parent saw it exit */
    int logged;             /**< 1: stdout and stderr were captured
                                 (and not merged yet) */
    size_t log_len;         /**< how many bytes they wrote; read
                                 them with pcall_procs_log_read() */
    int log_errno;          /**< nonzero: the output could not be
                                 kept (why) */
    int fetch_errno;        /**< nonzero: the child sent a large
                                 result and the parent could not
                                 take it (why) */
    const char *where;      /**< where the call ran when another
                                 machine ran it ("rank 1 on host
                                 n2", chapter "Beyond one
                                 machine"); NULL: here */
} pcall_proc_outcome;
#line 1701 "pcall.nw"
/** A set of calls, each run by its own child process (opaque). */
typedef struct pcall_procs pcall_procs;

/** How to run the calls. */
typedef struct pcall_proc_config {
    size_t ncalls;          /**< how many calls */
    pcall_proc_body *body;  /**< what each child runs */
    void *arg;              /**< passed to body */
    double timeout;         /**< per child, seconds from its start;
                                 <= 0: none */
    double grace;           /**< SIGTERM to SIGKILL, seconds;
                                 <= 0: 1.0 */
    size_t max_procs;       /**< user cap on children running at
                                 once; 0: from the rlimits only */
    int capture;            /**< 1: each child's stdout and stderr
                                 go to a nameless file of its own in
                                 $TMPDIR, kept by the set */
    const char *name;       /**< the set's name (copied); NULL:
                                 "call" */
    /** Called in the parent as each call completes (reaped, data
        read).  o->data stays the set's: valid until
        pcall_procs_drop_data() or pcall_procs_free(); copy what
        must live longer.
        @param index the call's index
        @param o its outcome
        @param arg on_done_arg */
    void (*on_done)(size_t index, pcall_proc_outcome *o, void *arg);
    void *on_done_arg;      /**< passed to on_done */
    /** 1: each call's processes run in a PID namespace of their own
        (section "A PID namespace for each call"): the child that
        pcall forks relays the end of the namespace's first process,
        which runs the body in a process of its own; when the child
        dies, the kernel kills every process of the namespace.
        pcall_procs_new() fails, naming the cause, where the kernel
        refuses it.  Results are then never read out of the child's
        memory. */
    int pid_namespace;
    /** 1: the host writes nothing to a stdio stream while the set
        runs (a fork server), so the streams need no flush before
        each fork (section "Starting children") */
    int host_quiet;
} pcall_proc_config;
#line 1752 "pcall.nw"
/**
 * Make a set of calls; nothing is started yet.
 * @param cfg how to run them (copied)
 * @param err filled on failure (may be NULL)
 * @return the set, or NULL if cfg or cfg->body is NULL
 */
pcall_procs *pcall_procs_new(const pcall_proc_config *cfg,
                             pv_err *err);

/**
 * Start as many calls as the concurrency cap allows.  A second call
 * does nothing.
 * @param p the set
 * @param err filled on failure (may be NULL)
 * @return 0, or -1 on a system error (every child started is then
 *         killed and reaped, and every pending call CANCELLED)
 */
int pcall_procs_start(pcall_procs *p, pv_err *err);

/**
 * Wait for every call, starting pending ones as slots free, reading
 * results while waiting and enforcing the timeout.  Starts the calls
 * if pcall_procs_start() was not called.
 * @param p the set
 * @param err filled on failure (may be NULL)
 * @return 0; 1 if a timeout fired; -1 on a system error (everything
 *         already started is then killed and reaped)
 */
int pcall_procs_wait(pcall_procs *p, pv_err *err);

/**
 * One step of pcall_procs_wait() that never blocks: read what is
 * there, reap who exited, start pending calls, enforce deadlines.
 * @param p the set
 * @param err filled on failure (may be NULL)
 * @return how many calls are still pending or running, or -1 on a
 *         system error (as pcall_procs_wait())
 */
int pcall_procs_poll(pcall_procs *p, pv_err *err);
#line 1800 "pcall.nw"
/**
 * What pcall_procs_wait() would sleep on, for a caller that sleeps
 * in a poll(2) of its own and then calls pcall_procs_poll().
 * @param p the set
 * @param out filled with the set's descriptors and their events
 * @param max room in out, in entries
 * @param ms filled with the milliseconds until the set's next
 *        deadline: 0 if one is due, -1 if it has none
 * @return how many descriptors the set has; when more than max, only
 *         max were filled (0 before pcall_procs_start())
 */
size_t pcall_procs_pollfds(pcall_procs *p, struct pollfd *out,
                           size_t max, int *ms);
#line 1822 "pcall.nw"
/**
 * Add calls to a set, before or after pcall_procs_start().  They
 * take the next indices, from pcall_procs_count() on, and start as
 * slots free, in pcall_procs_poll() or pcall_procs_wait().  The
 * outcomes move: a pointer from pcall_procs_outcome() is stale
 * after this.  Not to be called from on_done.
 * @param p the set
 * @param n how many calls to add
 * @param err filled on failure (may be NULL)
 * @return 0, or -1 if the set takes no more calls: an error stopped
 *         it, or it was terminated (pcall_procs_terminate(), or a
 *         call's timeout)
 */
int pcall_procs_add(pcall_procs *p, size_t n, pv_err *err);
#line 1843 "pcall.nw"
/**
 * Send SIGTERM to every child still at its work (and its process
 * group), mark those calls terminated and cancel the pending calls.
 * Does not wait; a later pcall_procs_wait() or pcall_procs_free()
 * sends SIGKILL to what is still alive a grace period later.
 * Async-signal-safe, and may be called from any thread: while
 * another function of the set runs, it records the request and
 * wakes the set's wait loop, which carries it out at once.
 * @param p the set
 * @return how many children were signalled, or how many were
 *         running when the request was left to the wait loop
 */
int pcall_procs_terminate(pcall_procs *p);

/**
 * @param p the set
 * @return the number of calls
 */
size_t pcall_procs_count(const pcall_procs *p);

/**
 * @param p the set
 * @param i a call's index, less than pcall_procs_count()
 * @return its outcome (owned by p)
 */
pcall_proc_outcome *pcall_procs_outcome(pcall_procs *p, size_t i);

/**
 * Release the bytes a call sent, once they have been used: its
 * outcome's data becomes NULL and its len 0.  Only a call that is
 * DONE may be dropped (checked: abort otherwise).
 * @param p the set
 * @param i a call's index, less than pcall_procs_count()
 */
void pcall_procs_drop_data(pcall_procs *p, size_t i);

/**
 * Read part of a call's captured output (see
 * pcall_proc_outcome.log_len).
 * @param p the set
 * @param i a call's index, less than pcall_procs_count()
 * @param buf where to put the bytes
 * @param n at most this many
 * @param off from this offset in the call's output
 * @return the bytes read, 0 at the end (or if nothing was captured),
 *         or -1 with errno set
 */
ssize_t pcall_procs_log_read(pcall_procs *p, size_t i, void *buf,
                             size_t n, size_t off);
#line 1901 "pcall.nw"
/**
 * The pids of the children alive now (forked, and not exited,
 * whether or not reaped yet), in call order.
 * @param p the set
 * @param out where to store them (may be NULL)
 * @param max room in out
 * @return how many are running (may exceed max)
 */
size_t pcall_procs_living(pcall_procs *p, pid_t *out, size_t max);

/**
 * The pids of every child started so far, in call order.
 * @param p the set
 * @param out where to store them (may be NULL)
 * @param max room in out
 * @return how many were started (may exceed max)
 */
size_t pcall_procs_pids(const pcall_procs *p, pid_t *out, size_t max);

/**
 * @param p the set
 * @return the most children it runs at once (0 before start)
 */
size_t pcall_procs_max_running(const pcall_procs *p);

/**
 * @param p the set
 * @return 1 if a call's timeout fired, else 0
 */
int pcall_procs_timeout_fired(const pcall_procs *p);

/**
 * Kill (SIGTERM, grace, SIGKILL) and reap whatever still runs,
 * drop the captured output, free everything.  NULL is a no-op.  Must not
 * be called from on_done.
 * @param p the set
 */
void pcall_procs_free(pcall_procs *p);
#line 1950 "pcall.nw"
/** The fork the library calls; tests replace it to make fork fail.
    @return as fork() */
extern pid_t (*pcall_proc_fork_fn)(void);
/** The pidfd_open the library calls; tests replace it to make it
    fail with ENOSYS.
    @param pid the child
    @return a pidfd, or -1 with errno set */
extern int (*pcall_proc_pidfd_fn)(pid_t pid);
#line 2977 "pcall.nw"
/** The unshare the library calls for pid_namespace; tests replace
    it to make it fail.
    @param flags as unshare()'s
    @return as unshare() */
extern int (*pcall_proc_unshare_fn)(int flags);
#line 1607 "pcall.nw"
#endif
