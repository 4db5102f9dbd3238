#line 10263 "pcall.nw"
/* values.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_VALUES_H
#define PCALL_VALUES_H
/**
 * @file values.h
 * @ingroup api
 * @brief Python's plain data in C: None, bool, int, float, str,
 * bytes, tuple, list and dict; reference counted, with Python's
 * equality, hashing and repr.
 *
 * A checked runtime error of this module (a NULL value, a value of
 * the wrong kind, an index out of range...) prints one line on
 * stderr and calls abort(); so does an allocation that fails.  In a
 * pcall child, while a target runs, each is instead raised as the
 * target's error and the child ends: the parent's error has the
 * type TypeError, IndexError, ValueError or MemoryError, the same
 * message (without the "pcall: " prefix) and the child's backtrace,
 * as for pcall_raise().
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#line 10311 "pcall.nw"
#if defined(__GNUC__) || defined(__clang__)
/** Marks a function of the public API: exported from libpcall.so. */
#define PCALL_API __attribute__((visibility("default")))
#else
/** Marks a function of the public API: exported from libpcall.so. */
#define PCALL_API
#endif
#ifdef __cplusplus
/** Opens the declarations of a header: C linkage in C++. */
#define PCALL_BEGIN_DECLS extern "C" {
/** Closes the declarations of a header. */
#define PCALL_END_DECLS }
/** A function that never returns, in C++. */
#define PCALL_NORETURN [[noreturn]]
#else
/** Opens the declarations of a header: C linkage in C++. */
#define PCALL_BEGIN_DECLS
/** Closes the declarations of a header. */
#define PCALL_END_DECLS
/** A function that never returns: C11's _Noreturn. */
#define PCALL_NORETURN _Noreturn
#endif
#line 10288 "pcall.nw"
PCALL_BEGIN_DECLS
#line 10340 "pcall.nw"
/** A Python value: an opaque, reference-counted object. */
typedef struct pv pv;

/** The kind of a value: its Python type.  No set or frozenset. */
typedef enum pv_kind {
    PV_NONE,  /**< None */
    PV_BOOL,  /**< True or False (equal to the ints 1 and 0) */
    PV_INT,   /**< an int; only values that fit in int64_t */
    PV_FLOAT, /**< a float: an IEEE 754 double */
    PV_STR,   /**< a str: valid UTF-8, measured in code points */
    PV_BYTES, /**< a bytes: any octets */
    PV_TUPLE, /**< a tuple: a fixed sequence of values */
    PV_LIST,  /**< a list: a growable sequence of values */
    PV_DICT   /**< a dict: hashable keys, in insertion order */
} pv_kind;

/** Sizes used in the error convention. */
enum {
    PV_ERRMAX = 320 /**< bytes in pv_err::msg, NUL included */
};

/** Where a function that can fail explains the failure. */
typedef struct pv_err {
    char msg[PV_ERRMAX]; /**< one line: what, where, why */
} pv_err;
#line 10373 "pcall.nw"
/**
 * Fill an error buffer, printf-style, cutting the message to fit.
 * @param err the buffer; NULL: nothing is written
 * @param fmt a printf format for one line: what, where and why
 */
PCALL_API
void pv_err_set(pv_err *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#line 10384 "pcall.nw"
/**
 * Take another reference to a value.  The count is not part of
 * the value's contents, so a const value (what a target receives)
 * can be kept this way, without a copy:
 * @code
 * static pv *kept;
 * static pv *keep(const pv *args, const pv *kwargs)
 * {
 *     kept = pv_ref(pcall_arg(args, kwargs, 0, "x"));
 *     return pv_none();
 * }
 * @endcode
 * @param v the value (not NULL)
 * @return @p v, now with one more reference, which the caller owns
 */
PCALL_API pv *pv_ref(const pv *v);

/**
 * Give up a reference; the last one frees the value and gives up
 * the value's references to its items.
 * @param v the value, or NULL (then nothing happens)
 */
PCALL_API void pv_free(pv *v);
#line 11083 "pcall.nw"
/**
 * Whether more than one reference to a value exists, as
 * Py_REFCNT(v) > 1 says in CPython.  A value with one reference has
 * one holder, so it occurs at most once in any container.
 * @param v the value (not NULL)
 * @return 1 when v has two or more references or is immortal, else 0
 */
PCALL_API int pv_is_shared(const pv *v);
#line 10419 "pcall.nw"
/** @return None (immortal: pv_free is harmless, not needed) */
PCALL_API pv *pv_none(void);
/**
 * @param b zero for False, anything else for True
 * @return True or False (immortal)
 */
PCALL_API pv *pv_bool(int b);
/** @param i the value  @return a new int */
PCALL_API pv *pv_int(int64_t i);
/** @param d the value, nan and infinities included
 *  @return a new float */
PCALL_API pv *pv_float(double d);
#line 10437 "pcall.nw"
/**
 * Make a str from a NUL-terminated UTF-8 string.
 * @param utf8 valid UTF-8 (not NULL)
 * @return a new str
 */
PCALL_API pv *pv_str(const char *utf8);
/**
 * Make a str from @p n bytes that should be UTF-8 (NULs allowed).
 * @param utf8 the bytes (may be NULL when @p n is 0)
 * @param n    their number
 * @param err  receives the reason on failure (may be NULL)
 * @return a new str, or NULL if the bytes are not valid UTF-8
 */
PCALL_API pv *pv_strn(const char *utf8, size_t n, pv_err *err);
/**
 * @param data the octets (may be NULL when @p n is 0)
 * @param n    their number
 * @return a new bytes holding a copy of them
 */
PCALL_API pv *pv_bytes(const void *data, size_t n);
/**
 * Make a bytes of @p n octets for the caller to fill, without the
 * copy pv_bytes() makes: the way to build a large result in place.
 * The octets are not initialized.  Fill them before the value is
 * read, hashed, compared or given to anyone: a bytes value never
 * changes after that.
 * @param n    the number of octets
 * @param data receives where they are (not NULL)
 * @return a new bytes, or NULL (and @p data untouched) when @p n
 *         octets cannot be allocated
 */
PCALL_API pv *pv_bytes_new(size_t n, unsigned char **data);

/**
 * Ask the kernel to back a large block from malloc() with huge pages
 * (transparent huge pages, 2 MiB on x86-64), before the block is
 * first written: it then costs one page fault per 2 MiB instead of
 * one per 4 KiB.  Advice only: a no-op for blocks under
 * PV_HUGE_MIN bytes and where the kernel declines.  The library
 * calls it for large strings, pickles and results; a target that
 * builds a large result may call it too.
 * @param p a block returned by malloc(), realloc() or
 *          pv_mem_realloc()
 * @param n its size in bytes
 */
PCALL_API void pv_advise_huge(void *p, size_t n);

/** Blocks smaller than this are not worth huge pages. */
#define PV_HUGE_MIN ((size_t)4 << 20)
#line 10489 "pcall.nw"
/**
 * Make a tuple of @p n items, stealing each reference.
 * @param n   the number of items that follow
 * @param ... @p n values of type pv * (none NULL)
 * @return a new tuple
 */
PCALL_API pv *pv_tuple(size_t n, ...);
/**
 * Make a tuple of @p n slots, each None until pv_tuple_set fills it.
 * @param n the length
 * @return a new tuple
 */
PCALL_API pv *pv_tuple_new(size_t n);
/**
 * Fill a slot of a tuple under construction, stealing @p item.
 * @param t    a tuple held by one reference only (fresh)
 * @param i    the slot, below the tuple's length
 * @param item the value to put there (not NULL)
 */
PCALL_API void pv_tuple_set(pv *t, size_t i, pv *item);
#line 10515 "pcall.nw"
/**
 * Make a list of @p n items, stealing each reference.
 * @param n   the number of items that follow
 * @param ... @p n values of type pv * (none NULL)
 * @return a new list
 */
PCALL_API pv *pv_list(size_t n, ...);
/** @return a new, empty list */
PCALL_API pv *pv_list_new(void);
/**
 * Append to a list, stealing @p item.
 * @param l    the list
 * @param item the value (not NULL, not @p l itself)
 */
PCALL_API void pv_list_append(pv *l, pv *item);
#line 10533 "pcall.nw"
/** @return a new, empty dict */
PCALL_API pv *pv_dict_new(void);
/**
 * Set d[key] = value, stealing both references, even on failure.
 * An equal key already present keeps its position (and its key
 * object); only its value is replaced.
 * @param d     the dict
 * @param key   a hashable value (not NULL)
 * @param value any value (not NULL)
 * @param err   receives the reason on failure (may be NULL)
 * @return 0, or -1 if @p key is unhashable (a list or a dict, or a
 *         tuple that contains one)
 */
PCALL_API int pv_dict_set(pv *d, pv *key, pv *value, pv_err *err);
#line 10966 "pcall.nw"
/**
 * From now on, cut the memory of new values and pickles out of the
 * region @p mem, in this process, instead of the heap: for a
 * process about to end, such as a pcall child, whose heap is a copy
 * of its parent's that costs a page fault for every page written.
 * Freeing a block of the region does nothing; when the region is
 * full, the heap serves again.  pv_repr() still returns heap memory.
 * A call made while a region is in use does nothing, so that the
 * child of a child keeps its parent's region and the values in it.
 * @param mem  the region, alive as long as the process (static
 *             storage is); NULL, or an address not aligned for any
 *             object (_Alignof(max_align_t)), is a checked runtime
 *             error
 * @param size its size in bytes
 */
PCALL_API void pv_arena_use(void *mem, size_t size);

/**
 * realloc() for the blocks of this module: a new block (@p p NULL)
 * comes from the region of pv_arena_use() while it has room, a
 * block of the region grows in place or moves, a block from the
 * heap is realloc()'d.
 * @param p a block from pv_mem_realloc() or malloc(), or NULL
 * @param n the size wanted, in bytes
 * @return the block, or NULL (and @p p untouched) when @p n bytes
 *         cannot be had
 */
PCALL_API void *pv_mem_realloc(void *p, size_t n);

/**
 * free() for the blocks of this module and of the pickle module:
 * nothing for a block of the region, free() for any other.
 * @param p a block from pv_mem_realloc() or malloc(), or NULL
 */
PCALL_API void pv_mem_free(void *p);
#line 10554 "pcall.nw"
/** @param v a value  @return its kind */
PCALL_API pv_kind pv_kind_of(const pv *v);
/**
 * @param k a kind
 * @return Python's name for its type: "NoneType", "bool", "int",
 *         "float", "str", "bytes", "tuple", "list" or "dict"
 */
PCALL_API const char *pv_kind_name(pv_kind k);
/** @param v a value  @param k a kind
 *  @return 1 if @p v is of kind @p k, else 0 */
PCALL_API int pv_is(const pv *v, pv_kind k);
/** @param v a bool  @return 1 for True, 0 for False */
PCALL_API int pv_as_bool(const pv *v);
/** @param v an int or a bool (True is 1)  @return its value */
PCALL_API int64_t pv_as_int(const pv *v);
/** @param v a float  @return its value */
PCALL_API double pv_as_float(const pv *v);
/**
 * @param v   a str
 * @param len receives its length in bytes (may be NULL)
 * @return its UTF-8, NUL-terminated (borrowed; may contain NULs)
 */
PCALL_API const char *pv_str_data(const pv *v, size_t *len);
#line 10580 "pcall.nw"
/**
 * @param v   a bytes
 * @param len receives its length (may be NULL)
 * @return its octets, followed by a NUL (borrowed)
 */
PCALL_API const unsigned char *pv_bytes_data(const pv *v, size_t *len);
#line 10589 "pcall.nw"
/**
 * Python's len().
 * @param v a str, bytes, tuple, list or dict
 * @return code points of a str; octets of a bytes; items otherwise
 */
PCALL_API size_t pv_len(const pv *v);
/**
 * @param seq a tuple or a list
 * @param i   an index below pv_len(seq)
 * @return the item (borrowed)
 */
PCALL_API pv *pv_item(const pv *seq, size_t i);
#line 10607 "pcall.nw"
/**
 * @param d   a dict
 * @param key the key to look for (not NULL)
 * @return the value of the key equal to @p key (borrowed), or NULL
 *         if there is none or @p key is unhashable
 */
PCALL_API pv *pv_dict_get(const pv *d, const pv *key);
/**
 * @param d   a dict
 * @param key a NUL-terminated UTF-8 string (not NULL)
 * @return the value of the str key @p key (borrowed), or NULL
 */
PCALL_API pv *pv_dict_get_str(const pv *d, const char *key);
/**
 * @param d a dict
 * @param i a position below pv_len(d), in insertion order
 * @return the key at that position (borrowed)
 */
PCALL_API pv *pv_dict_key(const pv *d, size_t i);
/**
 * @param d a dict
 * @param i a position below pv_len(d), in insertion order
 * @return the value at that position (borrowed)
 */
PCALL_API pv *pv_dict_value(const pv *d, size_t i);
#line 10639 "pcall.nw"
/**
 * Python's ==.  Numbers compare by value across bool, int and float
 * (1 == 1.0 == True; exactly, with no rounding); nan is unequal to
 * everything; a tuple never equals a list, nor a str a bytes; dicts
 * are equal when they hold equal keys with equal values, in any
 * order.
 * @param a a value  @param b a value (neither NULL)
 * @return 1 if equal, else 0
 */
PCALL_API int pv_equal(const pv *a, const pv *b);
/**
 * Python's hash(): equal values have equal hashes.  For numbers and
 * tuples of numbers the result is CPython's own (as an unsigned
 * 64-bit number); str and bytes use a fixed, unkeyed hash.
 * @param v a value (not NULL)
 * @param h receives the hash (may be NULL: then only test)
 * @return 0, or -1 if @p v is unhashable (list, dict, or a tuple
 *         that contains one)
 */
PCALL_API int pv_hash(const pv *v, uint64_t *h);
#line 10665 "pcall.nw"
/**
 * Python's repr(), byte for byte.
 * @param v a value (not NULL)
 * @return a malloc'd, NUL-terminated string; the caller frees it
 */
PCALL_API char *pv_repr(const pv *v);
/**
 * Write repr(v) to a stream (no newline).
 * @param f the stream  @param v the value (neither NULL)
 * @return 0, or -1 if the stream reported a write error
 */
PCALL_API int pv_fprint(FILE *f, const pv *v);
/**
 * Copy a value: containers are copied all the way down; str, bytes
 * and numbers, being immutable, are shared.
 * @param v a value (not NULL)
 * @return a new reference, equal to @p v
 */
PCALL_API pv *pv_copy(const pv *v);
#line 10295 "pcall.nw"
PCALL_END_DECLS
#endif
