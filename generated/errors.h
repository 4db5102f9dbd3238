#line 6064 "pcall.nw"
/* errors.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_ERRORS_H
#define PCALL_ERRORS_H
/** @file errors.h
 *  @ingroup api
 *  @brief What became of each call; errors, raised in a child and
 *  reported in the parent. */
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include "values.h"

PCALL_BEGIN_DECLS
#line 6117 "pcall.nw"
/** How a call ended (Table "The outcome of a call"). */
typedef enum pcall_outcome_kind {
    PCALL_OUTCOME_NONE,      /**< not ended yet (or not a call) */
    PCALL_OUTCOME_OK,        /**< sent a result and exited 0 */
    PCALL_OUTCOME_RAISED,    /**< sent an error record */
    PCALL_OUTCOME_CRASHED,   /**< killed by a signal pcall did not
                                  send */
    PCALL_OUTCOME_EXITED,    /**< exited without a complete result,
                                  or non-zero after one */
    PCALL_OUTCOME_CORRUPT,   /**< exited 0, but what it sent does
                                  not decode */
    PCALL_OUTCOME_TIMED_OUT, /**< ran past its deadline */
    PCALL_OUTCOME_KILLED,    /**< stopped by pcall: terminate, an
                                  other call's timeout, an error */
    PCALL_OUTCOME_CANCELLED  /**< never started */
} pcall_outcome_kind;

/** The name of an outcome, as the table writes it: "ok",
 *  "timed out"...
 *  @param k the outcome
 *  @return a static string ("?" for a value out of range) */
PCALL_API const char *pcall_outcome_name(pcall_outcome_kind k);
#line 6149 "pcall.nw"
/** An error: what failed, where and why (opaque). */
typedef struct pcall_error pcall_error;

/** What became of one call. */
struct pcall_outcome {
    pcall_outcome_kind kind; /**< how it ended */
    size_t index;            /**< the call's index */
    pid_t pid;               /**< its process; 0 if never started */
    int exit_status;         /**< its exit status if it exited, else
                                  -1 */
    int signal;              /**< the signal that killed it, else 0 */
    double runtime;          /**< seconds from fork to exit; 0 if
                                  never started */
    const pcall_error *error;/**< why it failed (owned by whoever
                                  owns the outcome); NULL if ok */
};
#line 6178 "pcall.nw"
/** The four kinds of error, after the Python exceptions. */
typedef enum pcall_error_kind {
    PCALL_ERR_CHILD,    /**< ChildProcessException: a call failed */
    PCALL_ERR_TIMEOUT,  /**< TimeoutError: a call ran too long */
    PCALL_ERR_ARGS,     /**< TypeError: bad arguments or options,
                             found before any process started */
    PCALL_ERR_SYSTEM    /**< OSError: fork, pipe, a log file... */
} pcall_error_kind;

/** Index of an error that is about no call in particular. */
#define PCALL_NO_CALL ((size_t)-1)
#line 6193 "pcall.nw"
/** @param k a kind
 *  @return the Python exception's name: "ChildProcessException",
 *          "TimeoutError", "TypeError" or "OSError" */
PCALL_API const char *pcall_error_kind_name(pcall_error_kind k);
/** @param e an error
 *  @return its kind */
PCALL_API pcall_error_kind pcall_error_kind_of(const pcall_error *e);
/** @param e an error
 *  @return its message: the child's own for a raised error, else a
 *          line naming the call and what happened (owned by e) */
PCALL_API const char *pcall_error_message(const pcall_error *e);
/** @param e an error
 *  @return the index of the call it is about, or PCALL_NO_CALL */
PCALL_API size_t pcall_error_index(const pcall_error *e);
/** @param e an error
 *  @return the pid of the call's process, or 0 */
PCALL_API pid_t pcall_error_pid(const pcall_error *e);
#line 6214 "pcall.nw"
/** @param e an error
 *  @return the error type the child raised ("ValueError"), or NULL
 *          if the call did not raise (owned by e) */
PCALL_API const char *pcall_error_type(const pcall_error *e);
/** @param e an error
 *  @return the child's backtrace, one frame a line, or NULL if the
 *          call did not raise (owned by e) */
PCALL_API const char *pcall_error_backtrace(const pcall_error *e);
/** @param e an error
 *  @return the outcome of the call it is about, or
 *          PCALL_OUTCOME_NONE */
PCALL_API pcall_outcome_kind pcall_error_outcome(const pcall_error *e);
/** Print an error as Python prints an uncaught exception: the kind,
 *  the message and, for a raised error, the child's backtrace.
 *  @param f where
 *  @param e the error
 *  @return 0, or -1 if writing failed */
PCALL_API int pcall_error_fprint(FILE *f, const pcall_error *e);
#line 6236 "pcall.nw"
/** Make an error that is about no call (arguments, system errors).
 *  @param kind its kind
 *  @param fmt a printf format for the message, and its arguments
 *  @return a new error (free it with pcall_error_free()) */
PCALL_API
pcall_error *pcall_error_new(pcall_error_kind kind, const char *fmt,
                             ...) __attribute__((format(printf, 2, 3)));
/** @param e an error
 *  @return a new copy of it */
PCALL_API pcall_error *pcall_error_copy(const pcall_error *e);
/** Free an error; NULL is a no-op.
 *  @param e the error */
PCALL_API void pcall_error_free(pcall_error *e);
#line 6277 "pcall.nw"
/** The exit status of a child that raised. */
#define PCALL_RAISE_STATUS 1

/** Raise an error in a target: send ('raise', type, message,
 *  backtrace) to the parent, flush stdio and _exit with
 *  PCALL_RAISE_STATUS.  Never returns.
 *  @code
 *  static pv *add(const pv *args, const pv *kwargs)
 *  {
 *      const pv *x = pcall_arg(args, kwargs, 0, "x");
 *      const pv *y = pcall_arg(args, kwargs, 1, "y");
 *      if (x == NULL || y == NULL)
 *          pcall_raise("TypeError", "add() needs x and y");
 *      return pv_int(pv_as_int(x) + pv_as_int(y));
 *  }
 *  @endcode
 *  @param type the error's type name, as Python's: "ValueError"
 *  @param fmt a printf format for the message, and its arguments */
PCALL_NORETURN PCALL_API
void pcall_raise(const char *type, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#line 6310 "pcall.nw"
/** Raise again, in a target, the error of a parallel call that the
 *  target made itself (a nested call), as pcall_raise() would: the
 *  parent sees the same type (pcall_error_type(), or for an error no
 *  child raised the name of its kind, pcall_error_kind_name()) and
 *  the same message; the backtrace is this child's, then the inner
 *  child's.  Never returns; e is left to the ending process.
 *  @param e the inner call's error (from pcall_run() or
 *           pcall_join()) */
PCALL_NORETURN PCALL_API void pcall_reraise(const pcall_error *e);
#line 6079 "pcall.nw"
PCALL_END_DECLS
#endif
