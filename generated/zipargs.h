#line 502 "pcall.nw"
/* zipargs.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_ZIPARGS_H
#define PCALL_ZIPARGS_H
/** @file zipargs.h
 *  @ingroup api
 *  @brief Building each call's positional and keyword arguments. */
#include <stddef.h>
#include "values.h"

PCALL_BEGIN_DECLS
#line 519 "pcall.nw"
/** The inputs of the argument builder: the specification's argument
 *  names.  A NULL value means the argument was not given. */
typedef struct pcall_zip_spec {
    /** Number of targets in a list of targets, each call running its
     *  own; 0 for a single target, which does not limit the number
     *  of calls. */
    size_t ntargets;
    /** Positional arguments common to all calls (tuple or list). */
    const pv *cargs;
    /** Positional arguments of each call: a tuple or list of tuples
     *  or lists, item i for call i. */
    const pv *iargs;
    /** Keyword arguments common to all calls (dict, str keys). */
    const pv *ckwargs;
    /** Keyword arguments of each call: a tuple or list of dicts,
     *  item i for call i. */
    const pv *ikwargs;
    /** Variable keyword arguments: a dict from a keyword name to a
     *  tuple or list of values, value i for call i. */
    const pv *varkwargs;
} pcall_zip_spec;
#line 543 "pcall.nw"
/** The calls of a parallel call, checked and counted: a snapshot of
 *  the arguments, from which any one call's arguments are built. */
typedef struct pcall_zip pcall_zip;
/** Check the arguments, count the calls, and keep a snapshot of the
 *  arguments (shallow copies of the dicts and of the lists whose
 *  items all go to every call, references to the rest), so that
 *  later changes to the caller's values change no call.
 *  @param s   the arguments; NULL members were not given.
 *  @param err filled with a one-line message on failure (may be
 *             NULL).
 *  @return the calls, to free with pcall_zip_free; or NULL if an
 *          argument is of the wrong kind or a call would get a
 *          keyword twice. */
PCALL_API pcall_zip *pcall_zip_new(const pcall_zip_spec *s, pv_err *err);
/** The number of calls, as Python's zip() counts them.
 *  @param z the calls (not NULL)
 *  @return the number of calls */
PCALL_API size_t pcall_zip_count(const pcall_zip *z);
/** Build one call's arguments.
 *  @param z the calls (not NULL)
 *  @param i the call, below pcall_zip_count(z)
 *  @return a new (args, kwargs) pair, args a tuple and kwargs a dict
 */
PCALL_API pv *pcall_zip_call(const pcall_zip *z, size_t i);
/** Free the calls; the values they shared with the caller stay.
 *  @param z the calls, or NULL */
PCALL_API void pcall_zip_free(pcall_zip *z);
#line 574 "pcall.nw"
/** Build the arguments of every call, zipping as Python's zip() does.
 *  @param s   the arguments; NULL members were not given.
 *  @param err filled with a one-line message on failure (may be
 *             NULL).
 *  @return a new tuple with one (args, kwargs) pair per call, args a
 *          tuple and kwargs a dict, in call order; or NULL if an
 *          argument is of the wrong kind or a call would get a
 *          keyword twice. */
PCALL_API pv *pcall_zipargs(const pcall_zip_spec *s, pv_err *err);
#line 593 "pcall.nw"
/** One argument of a call, as Python would bind a parameter.
 *  @param args   the call's positional arguments (tuple or list), or
 *                NULL.
 *  @param kwargs the call's keyword arguments (dict), or NULL.
 *  @param pos    the parameter's position; SIZE_MAX for a
 *                keyword-only parameter.
 *  @param name   the parameter's name; NULL for a positional-only
 *                parameter.
 *  @return args[pos] if there are more than pos positional
 *          arguments, else kwargs[name], else NULL; borrowed.
 *  An @p args that is not a tuple or list, or a @p kwargs that is
 *  not a dict, is a checked runtime error (values.h): it aborts, or
 *  in a pcall child raises TypeError as the target's error. */
PCALL_API
pv *pcall_arg(const pv *args, const pv *kwargs, size_t pos,
              const char *name);
#line 514 "pcall.nw"
PCALL_END_DECLS
#endif
