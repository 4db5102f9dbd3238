#line 14797 "pcall.nw"
/* pickle.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_PICKLE_H
#define PCALL_PICKLE_H
/**
 * @file pickle.h
 * @ingroup api
 * @brief Values to pickles and back, as Python's pickle module
 * writes plain data (protocol 4, or 5 with buffers out of band)
 * and reads it (protocols 0 to 5); the disassembler of
 * pcall-pickle.
 */
#include <stddef.h>
#include <stdio.h>
#include "values.h"

PCALL_BEGIN_DECLS
#line 14821 "pcall.nw"
/** Constants of the pickle codec. */
enum pv_pickle_limits {
    /** The protocol pv_pickle() writes: readable by Python >= 3.4. */
    PV_PICKLE_PROTOCOL = 4,
    /** The deepest nesting either direction accepts.  A scalar has
        depth 0, a container one more than its deepest item, so
        [[]] has depth 2. */
    PV_PICKLE_MAX_DEPTH = 1000,
    /** The most memo entries pv_unpickle() keeps. */
    PV_PICKLE_MAX_MEMO = 1 << 20,
    /** pv_unpickle() refuses a dict key whose tree expansion
        (shared items counted once per reference) has more nodes
        than this plus the pickle's length in bytes: hashing it
        would walk them all.  Values other than keys may share
        without bound, as in CPython. */
    PV_PICKLE_MAX_EXPANSION = 1 << 24,
    /** The frame size the encoder aims at, as CPython's does; str
        and bytes payloads this long or longer go outside frames. */
    PV_PICKLE_FRAME_SIZE = 64 * 1024
};
#line 14849 "pcall.nw"
/**
 * Serialize a value as a protocol-4 pickle.  A container, str or
 * bytes that occurs more than once in the value (the same object,
 * not an equal one) is written once and fetched again with BINGET,
 * as CPython's pickler does, so the pickle grows with the number of
 * distinct objects and pv_unpickle() gives back the same sharing.
 * A value that shares nothing is written without MEMOIZE.
 * @param v    the value (not NULL); it is not changed
 * @param out  receives a malloc'd buffer with the pickle (the caller
 *             frees it), or NULL on failure
 * @param len  receives the pickle's length, or 0 on failure
 * @param err  receives the message on failure; may be NULL
 * @return 0, or -1 when v is nested deeper than PV_PICKLE_MAX_DEPTH
 *         ("cannot pickle: a list nested deeper than 1000", naming
 *         the type) or contains itself ("cannot pickle: a list
 *         contains itself (cyclic data is not supported)")
 */
PCALL_API
int pv_pickle(const pv *v, unsigned char **out, size_t *len,
              pv_err *err);
#line 14892 "pcall.nw"
/** One out-of-band buffer: the octets of a bytes value that a
 *  protocol-5 pickle refers to instead of holding them. */
typedef struct pv_pickle_buffer {
    const unsigned char *data;  /**< the value's own octets */
    size_t len;                 /**< how many */
} pv_pickle_buffer;

/**
 * Serialize a value as pv_pickle() does, but leave out every bytes
 * value of at least @p min octets: the pickle has NEXT_BUFFER in
 * its place and says protocol 5 if there is one.  Python reads it
 * with pickle.loads(data, buffers=[...]).
 * @param v     the value (not NULL); it is not changed
 * @param min   the least length left out; SIZE_MAX: none
 * @param out   as pv_pickle()
 * @param len   as pv_pickle()
 * @param bufs  receives a malloc'd array of the buffers, in the
 *              pickle's order (the caller frees it), or NULL when
 *              there are none; they point into v, so v must live
 *              while they are used
 * @param nbufs receives their number
 * @param err   as pv_pickle()
 * @return as pv_pickle()
 */
PCALL_API
int pv_pickle_oob(const pv *v, size_t min, unsigned char **out,
                  size_t *len, pv_pickle_buffer **bufs,
                  size_t *nbufs, pv_err *err);

/**
 * pv_pickle_oob() for a process about to end, such as a pcall
 * child: the pickle and the array of buffers are cut from the
 * region of pv_arena_use() while it has room, and come from the
 * heap only when there is no region or it is full.  Free them with
 * pv_mem_free(), never with free().
 * @param v     as pv_pickle_oob()
 * @param min   as pv_pickle_oob()
 * @param out   as pv_pickle_oob(), freed with pv_mem_free()
 * @param len   as pv_pickle_oob()
 * @param bufs  as pv_pickle_oob(), freed with pv_mem_free()
 * @param nbufs as pv_pickle_oob()
 * @param err   as pv_pickle_oob()
 * @return as pv_pickle_oob()
 */
PCALL_API
int pv_pickle_oob_region(const pv *v, size_t min,
                         unsigned char **out, size_t *len,
                         pv_pickle_buffer **bufs, size_t *nbufs,
                         pv_err *err);
#line 14975 "pcall.nw"
/**
 * Decode a pickle of protocol 2 to 5 that holds only data.  BINGET
 * and DUP give the same object again, not a copy, so the value shares
 * what the pickle shares; a cycle is refused.
 * @param data  the pickle (may be NULL when len is 0)
 * @param len   its length; all of it must be the one pickle
 * @param err   receives the message on failure; may be NULL
 * @return a new reference to the value, or NULL with err filled
 */
PCALL_API pv *pv_unpickle(const void *data, size_t len, pv_err *err);

/**
 * Decode as pv_unpickle() does, taking the value of each NEXT_BUFFER
 * from @p bufs, in order: a new reference to it, not a copy.  Every
 * buffer must be used.
 * @param data  as pv_unpickle()
 * @param len   as pv_unpickle()
 * @param bufs  bytes values (may be NULL when nbufs is 0)
 * @param nbufs their number
 * @param err   as pv_unpickle()
 * @return as pv_unpickle()
 */
PCALL_API
pv *pv_unpickle_oob(const void *data, size_t len, pv *const *bufs,
                    size_t nbufs, pv_err *err);

/**
 * List a pickle's opcodes as Python's pickletools.dis does: one line
 * per opcode with its offset, byte, name and argument, indented by
 * the marks open, then "highest protocol among opcodes = N".  The
 * listing is made by pv_unpickle()'s own decoder, so it stops, with
 * the same error, where pv_unpickle() would.
 * @param data  the pickle (may be NULL when len is 0)
 * @param len   its length
 * @param out   where the listing goes
 * @param err   receives the message on failure; may be NULL
 * @return 0, or -1 with err filled (also when writing to out fails)
 */
PCALL_API
int pv_pickle_dis(const void *data, size_t len, FILE *out,
                  pv_err *err);
#line 15025 "pcall.nw"
/**
 * List a pickle as pv_pickle_dis() does, but go on past the opcodes
 * the decoder refuses: each is listed with "  <- refused: WHY" at
 * the end of its line, and the listing goes on to STOP.  A value
 * built from a refused one is left out of the decoding.  Any other
 * error of pv_unpickle() stops the listing where it happens: an
 * unknown opcode, a truncated input, a stack, mark or container that
 * does not hold what an opcode takes, and so on.  When that happens
 * after a refusal, the last line is "stopped: MESSAGE".
 * @param data  the pickle (may be NULL when len is 0)
 * @param len   its length
 * @param out   where the listing goes
 * @param err   receives pv_unpickle()'s message for this pickle (its
 *              first refusal or error) on failure; may be NULL
 * @return 0 when pv_unpickle() accepts the pickle, else -1 with err
 *         filled (also when writing to out fails)
 */
PCALL_API int pv_pickle_dis_all(const void *data, size_t len, FILE *out,
                                pv_err *err);
#line 14816 "pcall.nw"
PCALL_END_DECLS
#endif
