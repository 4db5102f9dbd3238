#line 12871 "pcall.nw"
/* literal.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_LITERAL_H
#define PCALL_LITERAL_H
/**
 * @file literal.h
 * @ingroup api
 * @brief Python literals read into values, as ast.literal_eval()
 * reads them: for tests and examples written the way the
 * specification writes them.
 */
#include <stddef.h>
#include "values.h"

PCALL_BEGIN_DECLS
#line 12892 "pcall.nw"
/** Limits of the literal parser. */
enum {
    /** The deepest nesting of brackets pv_parse() accepts; one more
        is an error, never a stack overflow.  CPython's tokenizer
        has the same limit. */
    PV_PARSE_MAXDEPTH = 200
};
#line 12902 "pcall.nw"
/**
 * @brief Read a Python literal, as ast.literal_eval() does.
 *
 * Accepts None, True, False, int, float, str, bytes, tuple, list
 * and dict displays nested up to PV_PARSE_MAXDEPTH, with Python's
 * blanks, comments, number and string syntax; a top-level comma
 * makes a tuple ("1, 2").  Refuses sets, complex numbers,
 * f-strings, the \\N{...} escape, lone surrogates and ints beyond
 * 64 bits, each with a message that says so.
 *
 * @param src the literal, UTF-8, NUL-terminated.  A NULL src is a
 *        checked runtime error.
 * @param err where a failure is described in one line that starts
 *        with its position, e.g. "column 7: expected ',' or ')',
 *        found 'x'"; may be NULL.  Untouched on success.
 * @return a new reference, or NULL on error.
 */
PCALL_API pv *pv_parse(const char *src, pv_err *err);
#line 12923 "pcall.nw"
/**
 * @brief Read a Python literal of n bytes, as pv_parse() does.
 *
 * The text need not be NUL-terminated; a NUL byte within the n
 * bytes is an error.
 *
 * @param src the literal, UTF-8; NULL is a checked runtime error.
 * @param n its length in bytes.
 * @param err where a failure is described; may be NULL.
 * @return a new reference, or NULL on error.
 */
PCALL_API pv *pv_parsen(const char *src, size_t n, pv_err *err);
#line 12938 "pcall.nw"
/**
 * @brief Read a literal that is known to be good: for tests and
 * examples.
 *
 * A literal that does not parse is a checked runtime error: the
 * message and the literal go to stderr, then abort().  In a pcall
 * child it is raised as the target's ValueError instead, with the
 * same two lines as its message.
 * @code
 * pv *xy = pv_lit("{'x': (1, 2, 3), 'y': (4, 5, 6)}");
 * @endcode
 *
 * @param src the literal, UTF-8, NUL-terminated.
 * @return a new reference, never NULL.
 */
PCALL_API pv *pv_lit(const char *src);
#line 12887 "pcall.nw"
PCALL_END_DECLS
#endif
