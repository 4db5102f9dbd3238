#line 15060 "pcall.nw"
/* pickle.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 15071 "pcall.nw"
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
#line 15082 "pcall.nw"
enum opcode {
    OP_MARK = '(', OP_STOP = '.', OP_POP = '0', OP_POP_MARK = '1',
    OP_DUP = '2', OP_FLOAT = 'F', OP_INT = 'I', OP_BININT = 'J',
    OP_BININT1 = 'K', OP_LONG = 'L', OP_BININT2 = 'M', OP_NONE = 'N',
    OP_PERSID = 'P', OP_BINPERSID = 'Q', OP_REDUCE = 'R',
    OP_STRING = 'S', OP_BINSTRING = 'T', OP_SHORT_BINSTRING = 'U',
    OP_UNICODE = 'V', OP_BINUNICODE = 'X', OP_APPEND = 'a',
    OP_BUILD = 'b', OP_GLOBAL = 'c', OP_DICT = 'd', OP_EMPTY_DICT = '}',
    OP_APPENDS = 'e', OP_GET = 'g', OP_BINGET = 'h', OP_INST = 'i',
    OP_LONG_BINGET = 'j', OP_LIST = 'l', OP_EMPTY_LIST = ']',
    OP_OBJ = 'o', OP_PUT = 'p', OP_BINPUT = 'q', OP_LONG_BINPUT = 'r',
    OP_SETITEM = 's', OP_TUPLE = 't', OP_EMPTY_TUPLE = ')',
    OP_SETITEMS = 'u', OP_BINFLOAT = 'G',
    /* protocol 2 */
    OP_PROTO = 0x80, OP_NEWOBJ = 0x81, OP_EXT1 = 0x82, OP_EXT2 = 0x83,
    OP_EXT4 = 0x84, OP_TUPLE1 = 0x85, OP_TUPLE2 = 0x86,
    OP_TUPLE3 = 0x87, OP_NEWTRUE = 0x88, OP_NEWFALSE = 0x89,
    OP_LONG1 = 0x8a, OP_LONG4 = 0x8b,
    /* protocol 3 */
    OP_BINBYTES = 'B', OP_SHORT_BINBYTES = 'C',
    /* protocol 4 */
    OP_SHORT_BINUNICODE = 0x8c, OP_BINUNICODE8 = 0x8d,
    OP_BINBYTES8 = 0x8e, OP_EMPTY_SET = 0x8f, OP_ADDITEMS = 0x90,
    OP_FROZENSET = 0x91, OP_NEWOBJ_EX = 0x92, OP_STACK_GLOBAL = 0x93,
    OP_MEMOIZE = 0x94, OP_FRAME = 0x95,
    /* protocol 5 */
    OP_BYTEARRAY8 = 0x96, OP_NEXT_BUFFER = 0x97,
    OP_READONLY_BUFFER = 0x98
};
#line 15118 "pcall.nw"
#define R_TEXT "a text opcode of protocol 0"
#define R_PY2STR "a Python 2 str is neither text nor bytes"
#define R_CLASS "it builds an instance of a class"
#define R_EXT "it names code by an extension number"
#define R_PERSID "it refers to an object outside the pickle"
#define R_BUFFER "no out-of-band buffers were given"
#define R_VIEW "read-only views are not a supported type"
#define R_BYTEARRAY "bytearray is not a supported type"
#define R_SET "sets are not a supported type"

struct opinfo {
    const char *name;       /* as in pickletools; NULL: no opcode */
    unsigned char proto;    /* the protocol that introduced it */
    const char *refused;    /* NULL: decoded; else why not */
};
#line 15138 "pcall.nw"
static const struct opinfo ops[256] = {
#define OP(c, p, why) [OP_##c] = { #c, p, why }
    OP(MARK, 0, NULL), OP(STOP, 0, NULL), OP(POP, 0, NULL),
    OP(POP_MARK, 1, NULL), OP(DUP, 0, NULL), OP(FLOAT, 0, R_TEXT),
    OP(INT, 0, R_TEXT), OP(BININT, 1, NULL), OP(BININT1, 1, NULL),
    OP(LONG, 0, R_TEXT), OP(BININT2, 1, NULL), OP(NONE, 0, NULL),
    OP(PERSID, 0, R_PERSID), OP(BINPERSID, 1, R_PERSID),
    OP(REDUCE, 0, NULL), OP(STRING, 0, R_TEXT),
    OP(BINSTRING, 1, R_PY2STR), OP(SHORT_BINSTRING, 1, R_PY2STR),
    OP(UNICODE, 0, R_TEXT), OP(BINUNICODE, 1, NULL),
    OP(APPEND, 0, NULL), OP(BUILD, 0, R_CLASS), OP(GLOBAL, 0, NULL),
    OP(DICT, 0, NULL), OP(EMPTY_DICT, 1, NULL), OP(APPENDS, 1, NULL),
    OP(GET, 0, R_TEXT), OP(BINGET, 1, NULL), OP(INST, 0, R_CLASS),
    OP(LONG_BINGET, 1, NULL), OP(LIST, 0, NULL),
    OP(EMPTY_LIST, 1, NULL), OP(OBJ, 1, R_CLASS), OP(PUT, 0, R_TEXT),
    OP(BINPUT, 1, NULL), OP(LONG_BINPUT, 1, NULL),
    OP(SETITEM, 0, NULL), OP(TUPLE, 0, NULL),
    OP(EMPTY_TUPLE, 1, NULL), OP(SETITEMS, 1, NULL),
    OP(BINFLOAT, 1, NULL), OP(PROTO, 2, NULL),
    OP(NEWOBJ, 2, R_CLASS), OP(EXT1, 2, R_EXT), OP(EXT2, 2, R_EXT),
    OP(EXT4, 2, R_EXT), OP(TUPLE1, 2, NULL), OP(TUPLE2, 2, NULL),
    OP(TUPLE3, 2, NULL), OP(NEWTRUE, 2, NULL), OP(NEWFALSE, 2, NULL),
    OP(LONG1, 2, NULL), OP(LONG4, 2, NULL), OP(BINBYTES, 3, NULL),
    OP(SHORT_BINBYTES, 3, NULL), OP(SHORT_BINUNICODE, 4, NULL),
    OP(BINUNICODE8, 4, NULL), OP(BINBYTES8, 4, NULL),
    OP(EMPTY_SET, 4, R_SET), OP(ADDITEMS, 4, R_SET),
    OP(FROZENSET, 4, R_SET), OP(NEWOBJ_EX, 4, R_CLASS),
    OP(STACK_GLOBAL, 4, NULL), OP(MEMOIZE, 4, NULL),
    OP(FRAME, 4, NULL), OP(BYTEARRAY8, 5, R_BYTEARRAY),
    OP(NEXT_BUFFER, 5, NULL), OP(READONLY_BUFFER, 5, R_VIEW)
#undef OP
};

static const char *opname(unsigned code)
{
    return ops[code].name ? ops[code].name : "<unknown>";
}
#line 15186 "pcall.nw"
enum argkind { A_NONE, A_FIXED, A_COUNTED, A_LINE, A_LINE2 };

/* The layout of code's argument; *width: the bytes of the integer
   (A_FIXED) or of the length (A_COUNTED). */
static enum argkind arg_kind(unsigned code, unsigned *width)
{
    switch (code) {
    
#line 15201 "pcall.nw"
case OP_PROTO: case OP_BININT1: case OP_BINGET: case OP_BINPUT:
case OP_EXT1:
    return *width = 1, A_FIXED;
case OP_BININT2: case OP_EXT2:
    return *width = 2, A_FIXED;
case OP_BININT: case OP_LONG_BINGET: case OP_LONG_BINPUT: case OP_EXT4:
    return *width = 4, A_FIXED;
case OP_BINFLOAT: case OP_FRAME:
    return *width = 8, A_FIXED;
case OP_LONG1: case OP_SHORT_BINSTRING: case OP_SHORT_BINBYTES:
case OP_SHORT_BINUNICODE:
    return *width = 1, A_COUNTED;
case OP_LONG4: case OP_BINSTRING: case OP_BINBYTES: case OP_BINUNICODE:
    return *width = 4, A_COUNTED;
case OP_BINUNICODE8: case OP_BINBYTES8: case OP_BYTEARRAY8:
    return *width = 8, A_COUNTED;
case OP_FLOAT: case OP_INT: case OP_LONG: case OP_STRING:
case OP_UNICODE: case OP_GET: case OP_PUT: case OP_PERSID:
    return A_LINE;
case OP_GLOBAL: case OP_INST:
    return A_LINE2;
#line 15194 "pcall.nw"
    default:
        return A_NONE;
    }
}
#line 15230 "pcall.nw"
static void effect(unsigned code, int *takes, int *gives)
{
    *takes = 0;
    *gives = 1;
    switch (code) {
    
#line 15247 "pcall.nw"
case OP_STOP: case OP_POP: case OP_APPEND:
    *takes = 1, *gives = 0;
    break;
case OP_SETITEM:
    *takes = 2, *gives = 0;
    break;
case OP_POP_MARK: case OP_APPENDS: case OP_SETITEMS: case OP_ADDITEMS:
    *takes = -1, *gives = 0;
    break;
case OP_DICT: case OP_LIST: case OP_TUPLE: case OP_INST: case OP_OBJ:
case OP_FROZENSET:
    *takes = -1;
    break;
case OP_TUPLE1: case OP_BINPERSID: case OP_READONLY_BUFFER:
    *takes = 1;
    break;
case OP_TUPLE2: case OP_REDUCE: case OP_BUILD: case OP_NEWOBJ:
case OP_STACK_GLOBAL:
    *takes = 2;
    break;
case OP_TUPLE3: case OP_NEWOBJ_EX:
    *takes = 3;
    break;
#line 15236 "pcall.nw"
    case OP_PUT: case OP_BINPUT: case OP_LONG_BINPUT: case OP_MEMOIZE:
    case OP_PROTO: case OP_FRAME: case OP_MARK:
        *gives = 0;
        break;
    default:                    /* push one value */
        break;
    }
}
#line 15282 "pcall.nw"
#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

PRINTF_LIKE(2, 3)
static int fail(pv_err *err, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static void misuse(const char *fn, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: %s", fn, what);
    pv_error_raise("TypeError", msg);   /* in a pcall child */
    fprintf(stderr, "%s\n", msg);
    abort();
}
#line 15311 "pcall.nw"
static void out_of_memory(size_t n, size_t size)
{
    char msg[80];
    snprintf(msg, sizeof msg, "out of memory (%zu x %zu bytes)", n,
             size);
    pv_error_raise("MemoryError", msg);  /* in a pcall child */
    fprintf(stderr, "pcall: %s\n", msg);
    abort();
}

/* Make room for need elements of size bytes in p, which has room
   for *cap, with re as realloc; return the (possibly moved) array. */
static void *grow_by(void *(*re)(void *, size_t), void *p,
                     size_t *cap, size_t need, size_t size)
{
    size_t n = *cap ? *cap : 16;
    if (need <= *cap)
        return p;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            out_of_memory(need, size);
        n *= 2;
    }
    if (n > SIZE_MAX / size || (p = re(p, n * size)) == NULL)
        out_of_memory(n, size);
    pv_advise_huge(p, n * size);
    *cap = n;
    return p;
}

/* The decoder's arrays, from pv_mem_realloc as every block of the
   module: in a process that has a region (pv_arena_use, a pcall
   child), cut from it instead of the heap it shares. */
static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    return grow_by(pv_mem_realloc, p, cap, need, size);
}
#line 15351 "pcall.nw"
static uint64_t get_le(const unsigned char *b, unsigned n)
{
    uint64_t x = 0;
    while (n-- > 0)
        x = x << 8 | b[n];
    return x;
}
#line 15440 "pcall.nw"
struct enc {
    void *(*re)(void *, size_t);    /* realloc or pv_mem_realloc */
    unsigned char *p;       /* the pickle so far */
    size_t len, cap;
    size_t frame;           /* offset of the open frame's header */
    pv_err *err;
    size_t oob_min;         /* bytes this long go out of band */
    pv_pickle_buffer *bufs; /* those that did */
    size_t nbufs, capbufs;
    struct seen *seen;      /* the census: a hash table by address */
    size_t nseen, capseen;  /* entries used; slots, a power of 2 */
    size_t nmemo;           /* memo entries written */
    int hoping;             /* writing as if nothing were shared */
    int repeat;             /* and an object came twice */
};

static void put(struct enc *e, const void *b, size_t n)
{
    if (n > SIZE_MAX - e->len)
        out_of_memory(n, 1);
    e->p = grow_by(e->re, e->p, &e->cap, e->len + n, 1);
    memcpy(e->p + e->len, b, n);
    e->len += n;
}

static void put1(struct enc *e, unsigned c)
{
    unsigned char b = (unsigned char)c;
    put(e, &b, 1);
}
#line 15476 "pcall.nw"
#define NO_MEMO UINT32_MAX      /* entries stop at 2^20 */

struct seen {               /* 16 bytes: four to a cache line */
    const pv *v;            /* NULL: a free slot */
    uint32_t memo;          /* its memo entry; NO_MEMO: none yet */
    int16_t height;         /* at most 1000; or NEW, INSIDE */
    unsigned char twice;    /* it occurs more than once */
};
#line 15495 "pcall.nw"
static size_t seen_slot(const struct enc *e, const pv *v)
{
    uint64_t h = (uint64_t)(uintptr_t)v
                 * UINT64_C(0x9e3779b97f4a7c15);
    size_t i = (size_t)(h >> 32 | h << 32) & (e->capseen - 1);
    while (e->seen[i].v != NULL && e->seen[i].v != v)
        i = (i + 1) & (e->capseen - 1);
    return i;
}

static void seen_grow(struct enc *e)
{
    struct seen *old = e->seen;
    size_t n = e->capseen;
    e->capseen = n ? 2 * n : 64;
    if ((e->seen = calloc(e->capseen, sizeof *e->seen)) == NULL)
        out_of_memory(e->capseen, sizeof *e->seen);
    for (size_t i = 0; i < n; i++)
        if (old[i].v != NULL)
            e->seen[seen_slot(e, old[i].v)] = old[i];
    free(old);
}
#line 15520 "pcall.nw"
enum { NEW = -2, INSIDE = -1 };     /* heights the census has not */

/* v's entry; a new one if add, else NULL when v has none.  Adding
   may move the table. */
static struct seen *seen_find(struct enc *e, const pv *v, int add)
{
    size_t i;
    if (add && 2 * (e->nseen + 1) > e->capseen)
        seen_grow(e);
    if (e->capseen == 0)
        return NULL;
    i = seen_slot(e, v);
    if (e->seen[i].v == NULL) {
        if (!add)
            return NULL;
        e->seen[i].v = v;
        e->seen[i].memo = NO_MEMO;
        e->seen[i].height = NEW;
        e->seen[i].twice = 0;
        e->nseen++;
    }
    return &e->seen[i];
}
#line 15550 "pcall.nw"
static int memoizable(const pv *v)
{
    switch (pv_kind_of(v)) {
    case PV_STR: case PV_BYTES: case PV_LIST: case PV_DICT:
        return 1;
    case PV_TUPLE:
        return pv_len(v) > 0;
    default:
        return 0;
    }
}

static int too_deep(struct enc *e, const pv *v)
{
    return fail(e->err, "cannot pickle: a %s nested deeper than %d",
                pv_kind_name(pv_kind_of(v)), PV_PICKLE_MAX_DEPTH);
}
#line 15574 "pcall.nw"
static int census(struct enc *e, const pv *v, int level);

static int census_items(struct enc *e, const pv *v, int level)
{
    int dict = pv_kind_of(v) == PV_DICT, h = 0, hi;
    if (level >= PV_PICKLE_MAX_DEPTH)
        return too_deep(e, v);
    for (size_t i = 0, n = pv_len(v); i < n; i++)
        for (int j = !dict; j < 2; j++) {   /* dict: key, value */
            const pv *x = !dict ? pv_item(v, i) : j == 0
                          ? pv_dict_key(v, i) : pv_dict_value(v, i);
            if ((hi = census(e, x, level + 1)) < 0)
                return -1;
            h = hi > h ? hi : h;
        }
    return h + 1;
}
#line 15600 "pcall.nw"
static int census(struct enc *e, const pv *v, int level)
{
    pv_kind k = pv_kind_of(v);
    int items = k == PV_TUPLE || k == PV_LIST || k == PV_DICT, h;
    struct seen *s;
    if (!memoizable(v) || !pv_is_shared(v))
        return items ? census_items(e, v, level) : 0;
    s = seen_find(e, v, 1);
    if (s->height == INSIDE)
        return fail(e->err, "cannot pickle: a %s contains itself "
                    "(cyclic data is not supported)", pv_kind_name(k));
    if (s->height != NEW) {
        s->twice = 1;
        return level + s->height > PV_PICKLE_MAX_DEPTH
               ? too_deep(e, v) : s->height;
    }
    s->height = INSIDE;
    h = items ? census_items(e, v, level) : 0;
    if (h >= 0)                         /* the table may move */
        seen_find(e, v, 0)->height = (int16_t)h;
    return h;
}
#line 15628 "pcall.nw"
static int note(struct enc *e, const pv *v)
{
    struct seen *s;
    if (!pv_is_shared(v) || !memoizable(v))
        return 0;
    s = seen_find(e, v, 1);
    if (s->height == NEW) {
        s->height = 0;
        return 0;
    }
    e->repeat = 1;
    return -1;
}
#line 15649 "pcall.nw"
static struct seen *shared(struct enc *e, const pv *v)
{
    struct seen *s;
    if (e->hoping || e->nseen == 0 || !pv_is_shared(v)
        || !memoizable(v))
        return NULL;
    s = seen_find(e, v, 0);
    return s != NULL && s->twice ? s : NULL;
}

static void memoize(struct enc *e, const pv *v)
{
    struct seen *s = shared(e, v);
    if (s != NULL && e->nmemo < PV_PICKLE_MAX_MEMO) {
        put1(e, OP_MEMOIZE);
        s->memo = (uint32_t)e->nmemo++;
    }
}
#line 15670 "pcall.nw"
static void put_le(struct enc *e, uint64_t x, unsigned n)
{
    unsigned char b[8];
    for (unsigned i = 0; i < n; i++)
        b[i] = (unsigned char)(x >> (8 * i));
    put(e, b, n);
}
#line 15690 "pcall.nw"
enum { FRAME_HEADER = 9, FRAME_MIN = 4 };

static void frame_open(struct enc *e)
{
    static const unsigned char header[FRAME_HEADER];
    e->frame = e->len;
    put(e, header, sizeof header);
}

static void frame_close(struct enc *e)
{
    size_t start = e->frame + FRAME_HEADER;
    size_t body = e->len - start;
    if (body >= FRAME_MIN) {
        e->p[e->frame] = OP_FRAME;
        for (unsigned i = 0; i < 8; i++)
            e->p[e->frame + 1 + i] = (unsigned char)(body >> (8 * i));
    } else {
        memmove(e->p + e->frame, e->p + start, body);
        e->len -= FRAME_HEADER;
    }
}
#line 15715 "pcall.nw"
/* Called before each value, like pickle.py's commit_frame. */
static void frame_boundary(struct enc *e)
{
    if (e->len - e->frame - FRAME_HEADER >= PV_PICKLE_FRAME_SIZE) {
        frame_close(e);
        frame_open(e);
    }
}
#line 15732 "pcall.nw"
static void put_int(struct enc *e, int64_t i)
{
    
#line 15739 "pcall.nw"
unsigned n = 1;
if (i >= 0 && i <= 0xff) {
    put1(e, OP_BININT1);
    put1(e, (unsigned)i);
} else if (i >= 0 && i <= 0xffff) {
    put1(e, OP_BININT2);
    put_le(e, (uint64_t)i, 2);
} else if (i >= INT32_MIN && i <= INT32_MAX) {
    put1(e, OP_BININT);
    put_le(e, (uint64_t)i, 4);
} else {
    while (n < 8 && (i < -((int64_t)1 << (8 * n - 1))
                     || i >= ((int64_t)1 << (8 * n - 1))))
        n++;
    put1(e, OP_LONG1);
    put1(e, n);
    put_le(e, (uint64_t)i, n);
}
#line 15735 "pcall.nw"
}
#line 15764 "pcall.nw"
static void put_float(struct enc *e, double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    put1(e, OP_BINFLOAT);
    for (int k = 7; k >= 0; k--)
        put1(e, (unsigned)(u >> (8 * k)) & 0xff);
}
#line 15780 "pcall.nw"
static void put_payload(struct enc *e, const unsigned op[3],
                        const void *b, size_t n)
{
    
#line 15788 "pcall.nw"
int large = n >= PV_PICKLE_FRAME_SIZE;
if (large)
    frame_close(e);
if (n <= 0xff) {
    put1(e, op[0]);
    put1(e, (unsigned)n);
} else if ((uint64_t)n <= 0xffffffff) {
    put1(e, op[1]);
    put_le(e, n, 4);
} else {
    put1(e, op[2]);
    put_le(e, n, 8);
}
put(e, b, n);
if (large)
    frame_open(e);
#line 15784 "pcall.nw"
}
#line 15819 "pcall.nw"
enum { BATCH = 1000 };

static int encode(struct enc *e, const pv *v, int level);

static int encode_tuple(struct enc *e, const pv *t, int level)
{
    
#line 15830 "pcall.nw"
static const unsigned small[] = {
    OP_EMPTY_TUPLE, OP_TUPLE1, OP_TUPLE2, OP_TUPLE3 };
size_t n = pv_len(t);
if (n > 3)
    put1(e, OP_MARK);
for (size_t i = 0; i < n; i++)
    if (encode(e, pv_item(t, i), level + 1) < 0)
        return -1;
put1(e, n <= 3 ? small[n] : OP_TUPLE);
memoize(e, t);
return 0;
#line 15826 "pcall.nw"
}
#line 15844 "pcall.nw"
static int encode_list(struct enc *e, const pv *l, int level)
{
    
#line 15851 "pcall.nw"
size_t n = pv_len(l);
put1(e, OP_EMPTY_LIST);
memoize(e, l);
for (size_t i = 0; i < n; i += BATCH) {
    size_t k = n - i < BATCH ? n - i : BATCH;
    if (k > 1)
        put1(e, OP_MARK);
    for (size_t j = i; j < i + k; j++)
        if (encode(e, pv_item(l, j), level + 1) < 0)
            return -1;
    put1(e, k > 1 ? OP_APPENDS : OP_APPEND);
}
return 0;
#line 15847 "pcall.nw"
}
#line 15867 "pcall.nw"
static int encode_dict(struct enc *e, const pv *d, int level)
{
    
#line 15874 "pcall.nw"
size_t n = pv_len(d);
put1(e, OP_EMPTY_DICT);
memoize(e, d);
for (size_t i = 0; i < n; i += BATCH) {
    size_t k = n - i < BATCH ? n - i : BATCH;
    if (k > 1)
        put1(e, OP_MARK);
    for (size_t j = i; j < i + k; j++)
        if (encode(e, pv_dict_key(d, j), level + 1) < 0
            || encode(e, pv_dict_value(d, j), level + 1) < 0)
            return -1;
    put1(e, k > 1 ? OP_SETITEMS : OP_SETITEM);
}
return 0;
#line 15870 "pcall.nw"
}
#line 15894 "pcall.nw"
static int fetch(struct enc *e, const pv *v)
{
    
#line 15901 "pcall.nw"
struct seen *s = shared(e, v);
if (s == NULL || s->memo == NO_MEMO)
    return 0;
if (s->memo < 256) {
    put1(e, OP_BINGET);
    put1(e, (unsigned)s->memo);
} else {
    put1(e, OP_LONG_BINGET);
    put_le(e, s->memo, 4);
}
return 1;
#line 15897 "pcall.nw"
}
#line 15921 "pcall.nw"
static int encode(struct enc *e, const pv *v, int level)
{
    static const unsigned str_ops[3] = {
        OP_SHORT_BINUNICODE, OP_BINUNICODE, OP_BINUNICODE8 };
    static const unsigned bytes_ops[3] = {
        OP_SHORT_BINBYTES, OP_BINBYTES, OP_BINBYTES8 };
    size_t n;
    frame_boundary(e);
    if (e->hoping ? note(e, v) < 0 : fetch(e, v))
        return e->hoping ? -1 : 0;
    switch (pv_kind_of(v)) {
    case PV_NONE:  put1(e, OP_NONE); return 0;
    case PV_BOOL:  put1(e, pv_as_bool(v) ? OP_NEWTRUE : OP_NEWFALSE);
                   return 0;
    case PV_INT:   put_int(e, pv_as_int(v)); return 0;
    case PV_FLOAT: put_float(e, pv_as_float(v)); return 0;
    
#line 15945 "pcall.nw"
case PV_STR: {
    const char *s = pv_str_data(v, &n);
    put_payload(e, str_ops, s, n);
    memoize(e, v);
    return 0;
}
case PV_BYTES: {
    const unsigned char *b = pv_bytes_data(v, &n);
    if (n >= e->oob_min)
        
#line 15968 "pcall.nw"
{
    e->bufs = grow_by(e->re, e->bufs, &e->capbufs, e->nbufs + 1,
                      sizeof *e->bufs);
    e->bufs[e->nbufs].data = b;
    e->bufs[e->nbufs++].len = n;
    put1(e, OP_NEXT_BUFFER);
}
#line 15955 "pcall.nw"
    else
        put_payload(e, bytes_ops, b, n);
    memoize(e, v);
    return 0;
}
#line 15938 "pcall.nw"
    default:       break;
    }
    
#line 15978 "pcall.nw"
if (level >= PV_PICKLE_MAX_DEPTH)   /* the census refused it first */
    return too_deep(e, v);
switch (pv_kind_of(v)) {
case PV_TUPLE: return encode_tuple(e, v, level);
case PV_LIST:  return encode_list(e, v, level);
default:       return encode_dict(e, v, level);
}
#line 15941 "pcall.nw"
}
#line 15994 "pcall.nw"
static int write_value(struct enc *e, const pv *v)
{
    e->len = e->nbufs = 0;
    put1(e, OP_PROTO);
    put1(e, PV_PICKLE_PROTOCOL);
    frame_open(e);
    return encode(e, v, 0);
}

/* The hope failed: forget the table, count, and write again. */
static int write_shared(struct enc *e, const pv *v)
{
    free(e->seen);
    e->seen = NULL;
    e->nseen = e->capseen = 0;
    e->hoping = 0;
    return census(e, v, 0) < 0 ? -1 : write_value(e, v);
}
#line 16015 "pcall.nw"
static int encode_all(const char *fn, void *(*re)(void *, size_t),
                      const pv *v, size_t min, unsigned char **out,
                      size_t *len, pv_pickle_buffer **bufs,
                      size_t *nbufs, pv_err *err)
{
    struct enc e = { re, NULL, 0, 0, 0, err, min, NULL, 0, 0,
                     NULL, 0, 0, 0, 1, 0 };
    if (v == NULL || out == NULL || len == NULL || bufs == NULL
        || nbufs == NULL)
        misuse(fn, "NULL argument");
    *out = NULL;
    *len = *nbufs = 0;
    *bufs = NULL;
    if (write_value(&e, v) < 0
        && (!e.repeat || write_shared(&e, v) < 0)) {
        
#line 16053 "pcall.nw"
free(e.seen);
pv_mem_free(e.p);
pv_mem_free(e.bufs);
return -1;
#line 16031 "pcall.nw"
    }
    free(e.seen);
    
#line 16041 "pcall.nw"
put1(&e, OP_STOP);
frame_close(&e);
if (e.nbufs > 0)
    e.p[1] = 5;
*out = e.p;
*len = e.len;
*bufs = e.bufs;
*nbufs = e.nbufs;
return 0;
#line 16034 "pcall.nw"
}
#line 16060 "pcall.nw"
int pv_pickle_oob(const pv *v, size_t min, unsigned char **out,
                  size_t *len, pv_pickle_buffer **bufs,
                  size_t *nbufs, pv_err *err)
{
    return encode_all("pv_pickle_oob", realloc, v, min, out, len, bufs,
                      nbufs, err);
}

int pv_pickle_oob_region(const pv *v, size_t min,
                         unsigned char **out, size_t *len,
                         pv_pickle_buffer **bufs, size_t *nbufs,
                         pv_err *err)
{
    return encode_all("pv_pickle_oob_region", pv_mem_realloc, v, min,
                      out, len, bufs, nbufs, err);
}

int pv_pickle(const pv *v, unsigned char **out, size_t *len,
              pv_err *err)
{
    pv_pickle_buffer *none;
    size_t n;
    if (v == NULL || out == NULL || len == NULL)
        misuse("pv_pickle", "NULL argument");
    return pv_pickle_oob(v, SIZE_MAX, out, len, &none, &n, err);
}
#line 16105 "pcall.nw"
/* a value, a marker, or (listing past a refusal) what was refused */
enum tag { T_VALUE, T_ENCODE, T_BYTES, T_REFUSED };

struct slot {
    pv *v;                  /* owned; NULL for a marker */
    size_t obj;             /* entry in the object table */
    unsigned char tag;
};

struct obj {
    unsigned depth;         /* 0 for scalars */
    uint64_t size;          /* nodes of the tree expansion */
    unsigned char sealed;   /* already an item of a container */
};

struct mark {
    size_t at;              /* stack height when MARK ran */
    size_t pos;             /* offset of the MARK */
};
#line 16132 "pcall.nw"
struct dec {
    const unsigned char *p;
    size_t len, pos;
    size_t op;              /* offset of the current opcode */
    unsigned code;          /* the current opcode */
    size_t limit;           /* its bytes end by here */
    size_t frame_end;       /* end of the last FRAME's bytes */
    struct slot *stack;
    size_t n, cap;
    struct mark *marks;
    size_t nmarks, capmarks;
    struct slot *memo;
    size_t nmemo, capmemo;
    struct obj *objs;
    size_t nobjs, capobjs;
    uint64_t max_size;      /* PV_PICKLE_MAX_EXPANSION + len */
    size_t marked;          /* offset of the MARK the opcode took */
    pv *const *bufs;        /* the out-of-band buffers */
    size_t nbufs, used;     /* how many; how many taken */
    pv_err *err;
    
#line 17492 "pcall.nw"
FILE *listing;              /* NULL when not listing */
enum { ARG_NONE, ARG_TOP, ARG_UINT, ARG_MEMO, ARG_GLOBAL,
       ARG_TEXT } arg;
uint64_t argu;              /* ARG_UINT, ARG_MEMO */
char argtext[416];          /* ARG_TEXT */
size_t indent;              /* marks open before the opcode */
int maxproto;               /* highest protocol among opcodes */
int done;                   /* STOP was reached */
int go_on;                  /* list on past refusals */
size_t nrefused;            /* opcodes refused so far */
char why[PV_ERRMAX];        /* why this opcode was refused, or "" */
pv_err later;               /* errors after the first refusal */
#line 16153 "pcall.nw"
};
#line 16162 "pcall.nw"
PRINTF_LIKE(2, 3)
static int bad(struct dec *d, const char *fmt, ...)
{
    char what[PV_ERRMAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return fail(d->err, "%s at offset %zu%s", opname(d->code), d->op,
                what);
}
#line 16176 "pcall.nw"
PRINTF_LIKE(2, 3)
static int refuse(struct dec *d, const char *fmt, ...)
{
    char why[PV_ERRMAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    fail(d->err, "opcode %s (0x%02x) at offset %zu is not allowed: "
         "%s", opname(d->code), d->code, d->op, why);
    
#line 17616 "pcall.nw"
if (d->go_on) {
    memcpy(d->why, why, sizeof d->why);
    if (d->nrefused++ == 0) {
        d->later.msg[0] = '\0';
        d->err = &d->later;     /* the first refusal is the verdict */
    }
}
#line 16187 "pcall.nw"
    return -1;
}

static int truncated(struct dec *d, uint64_t more, const char *what)
{
    return fail(d->err, "truncated at offset %zu (needed %" PRIu64
                " more byte%s for %s)", d->len, more,
                more == 1 ? "" : "s", what);
}
#line 16205 "pcall.nw"
static const unsigned char *take(struct dec *d, uint64_t k)
{
    
#line 16215 "pcall.nw"
const unsigned char *b = d->p + d->pos;
size_t left = d->limit - d->pos;
if (k > left) {
    if (d->limit == d->len)
        truncated(d, k - left, opname(d->code));
    else
        bad(d, " runs past the end of its frame at offset %zu",
            d->limit);
    return NULL;
}
d->pos += (size_t)k;
return b;
#line 16208 "pcall.nw"
}
#line 16233 "pcall.nw"
static int take_uint(struct dec *d, unsigned k, uint64_t *x)
{
    const unsigned char *b = take(d, k);
    if (b == NULL)
        return -1;
    *x = get_le(b, k);
    return 0;
}
#line 16248 "pcall.nw"
static size_t floor_of(const struct dec *d)
{
    return d->nmarks ? d->marks[d->nmarks - 1].at : 0;
}

static int need(struct dec *d, size_t k)
{
    
#line 16260 "pcall.nw"
size_t have = d->n - floor_of(d);
const char *s = k == 1 ? "" : "s";
if (have >= k)
    return 0;
if (d->nmarks)
    return bad(d, " needs %zu value%s above the MARK at offset "
               "%zu, found %zu", k, s,
               d->marks[d->nmarks - 1].pos, have);
return bad(d, " needs %zu value%s on the stack, found %zu", k, s,
           have);
#line 16256 "pcall.nw"
}
#line 16276 "pcall.nw"
static int push(struct dec *d, pv *v, size_t obj, unsigned tag)
{
    d->stack = grow(d->stack, &d->cap, d->n + 1, sizeof *d->stack);
    d->stack[d->n].v = v;
    d->stack[d->n].obj = obj;
    d->stack[d->n].tag = (unsigned char)tag;
    d->n++;
    return 0;
}

static size_t new_obj(struct dec *d, unsigned depth, uint64_t size)
{
    d->objs = grow(d->objs, &d->capobjs, d->nobjs + 1,
                   sizeof *d->objs);
    d->objs[d->nobjs].depth = depth;
    d->objs[d->nobjs].size = size;
    d->objs[d->nobjs].sealed = 0;
    return d->nobjs++;
}
#line 16298 "pcall.nw"
static int push_value(struct dec *d, pv *v)
{
    return push(d, v, 0, T_VALUE);
}

static int push_container(struct dec *d, pv *v, unsigned depth,
                          uint64_t size)
{
    return push(d, v, new_obj(d, depth, size), T_VALUE);
}

/* Drop the slots above height to, releasing their references. */
static void drop_to(struct dec *d, size_t to)
{
    while (d->n > to)
        pv_free(d->stack[--d->n].v);
}
#line 16326 "pcall.nw"
static int refused_from(const struct dec *d, size_t from)
{
    for (size_t i = from; i < d->n; i++)
        if (d->stack[i].tag == T_REFUSED)
            return 1;
    return 0;
}

static int refused_result(struct dec *d, size_t from)
{
    drop_to(d, from);
    return push(d, NULL, 0, T_REFUSED);
}
#line 16347 "pcall.nw"
static int pop_mark(struct dec *d, size_t *from)
{
    
#line 16362 "pcall.nw"
if (d->nmarks == 0)
    return bad(d, " needs a MARK, none is open");
d->nmarks--;
*from = d->marks[d->nmarks].at;
d->marked = d->marks[d->nmarks].pos;
return 0;
#line 16350 "pcall.nw"
}

static int below_mark(struct dec *d, size_t from)
{
    
#line 16375 "pcall.nw"
if (from > floor_of(d))
    return 0;
return bad(d, " needs a value below its MARK at offset %zu, "
           "found none", d->marked);
#line 16355 "pcall.nw"
}
#line 16401 "pcall.nw"
static const char *kind_of(const struct slot *s)
{
    if (s->tag == T_ENCODE)
        return "global '_codecs encode'";
    if (s->tag == T_BYTES)
        return "global '__builtin__ bytes'";
    if (s->tag == T_REFUSED)
        return "refused value";
    return pv_kind_name(pv_kind_of(s->v));
}

static int not_a_value(struct dec *d, const struct slot *s)
{
    return bad(d, ": the %s is not a value", kind_of(s));
}
#line 16419 "pcall.nw"
static uint64_t add_sat(uint64_t a, uint64_t b)
{
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}
#line 16426 "pcall.nw"
/* target: the container's object entry, or 0 for a new tuple;
   *size: the container's size so far, then with the items' added */
static int check_items(struct dec *d, size_t from, size_t target,
                       uint64_t *size)
{
    uint64_t sum = *size;
    for (size_t i = from; i < d->n; i++) {
        const struct slot *s = &d->stack[i];
        if (s->tag != T_VALUE)
            return not_a_value(d, s);
        if (target != 0 && s->obj == target)
            return bad(d, " would put a %s inside itself (cyclic "
                       "data is not supported)", kind_of(s));
        if (d->objs[s->obj].depth >= PV_PICKLE_MAX_DEPTH)
            return bad(d, ": nesting deeper than %d",
                       PV_PICKLE_MAX_DEPTH);
        sum = add_sat(sum, d->objs[s->obj].size);
    }
    *size = sum;
    return 0;
}
#line 16450 "pcall.nw"
static unsigned seal_items(struct dec *d, size_t from, unsigned depth)
{
    for (size_t i = from; i < d->n; i++) {
        struct obj *o = &d->objs[d->stack[i].obj];
        if (o->depth + 1 > depth)
            depth = o->depth + 1;
        if (d->stack[i].obj != 0)
            o->sealed = 1;
    }
    return depth;
}
#line 16467 "pcall.nw"
static int check_target(struct dec *d, const struct slot *t,
                        pv_kind want)
{
    const char *name = pv_kind_name(want);
    if (t->tag != T_VALUE || pv_kind_of(t->v) != want)
        return bad(d, " needs a %s, found %s", name, kind_of(t));
    if (d->objs[t->obj].sealed)
        return bad(d, " would change a %s already inside another "
                   "container (cyclic data is not supported)", name);
    return 0;
}
#line 16526 "pcall.nw"
static int load_binint(struct dec *d, unsigned k)
{
    uint64_t u;
    int64_t i;
    if (take_uint(d, k, &u) < 0)
        return -1;
    i = (int64_t)u;
    if (k == 4 && u >= 0x80000000u)
        i = (int64_t)u - ((int64_t)1 << 32);
    d->arg = ARG_TOP;
    return push_value(d, pv_int(i));
}
#line 16548 "pcall.nw"
static int load_long(struct dec *d, unsigned k)
{
    const unsigned char *b;
    uint64_t n, u = 0;
    unsigned char sign;
    if (take_uint(d, k, &n) < 0)
        return -1;
    if (k == 4 && n >= 0x80000000u)
        return bad(d, ": negative length %" PRId64,
                   (int64_t)n - ((int64_t)1 << 32));
    if ((b = take(d, n)) == NULL)
        return -1;
    sign = n > 0 && (b[n - 1] & 0x80) ? 0xff : 0;
    for (uint64_t i = 8; i < n; i++)
        if (b[i] != sign)
            return fail(d->err, "integer too large for 64 bits at "
                        "offset %zu", d->op);
    
#line 16570 "pcall.nw"
if (n > 8 && (b[7] & 0x80) != (sign & 0x80))
    return fail(d->err, "integer too large for 64 bits at offset %zu",
                d->op);
for (unsigned i = 0; i < 8; i++)
    u |= (uint64_t)(i < n ? b[i] : sign) << (8 * i);
d->arg = ARG_TOP;
/* two's complement to int64_t without implementation-defined casts */
return push_value(d, pv_int(u > INT64_MAX ? -(int64_t)~u - 1
                                          : (int64_t)u));
#line 16566 "pcall.nw"
}
#line 16582 "pcall.nw"
static int load_binfloat(struct dec *d)
{
    const unsigned char *b = take(d, 8);
    uint64_t u = 0;
    double x;
    if (b == NULL)
        return -1;
    for (unsigned i = 0; i < 8; i++)
        u = u << 8 | b[i];
    memcpy(&x, &u, sizeof x);
    d->arg = ARG_TOP;
    return push_value(d, pv_float(x));
}
#line 16620 "pcall.nw"
static int load_buffer(struct dec *d)
{
    if (d->nbufs == 0)
        return refuse(d, "%s", R_BUFFER);
    if (d->used == d->nbufs)
        return bad(d, ": all %zu out-of-band buffer%s used",
                   d->nbufs, d->nbufs == 1 ? " is" : "s are");
    d->arg = ARG_TOP;
    return push_value(d, pv_ref(d->bufs[d->used++]));
}
#line 16633 "pcall.nw"
static int load_str(struct dec *d, unsigned k)
{
    const unsigned char *b;
    uint64_t n;
    pv_err e;
    pv *s;
    if (take_uint(d, k, &n) < 0 || (b = take(d, n)) == NULL)
        return -1;
    if ((s = pv_strn((const char *)b, (size_t)n, &e)) == NULL)
        return bad(d, ": %s", e.msg);
    d->arg = ARG_TOP;
    return push_value(d, s);
}
#line 16649 "pcall.nw"
static int load_bytes(struct dec *d, unsigned k)
{
    const unsigned char *b;
    uint64_t n;
    if (take_uint(d, k, &n) < 0 || (b = take(d, n)) == NULL)
        return -1;
    d->arg = ARG_TOP;
    return push_value(d, pv_bytes(b, (size_t)n));
}
#line 16675 "pcall.nw"
static int make_tuple(struct dec *d, size_t from)
{
    unsigned depth;
    uint64_t size = 1;
    pv *t;
    if (d->nrefused && refused_from(d, from))
        return refused_result(d, from);
    if (check_items(d, from, 0, &size) < 0)
        return -1;
    depth = seal_items(d, from, 1);
    t = pv_tuple_new(d->n - from);
    for (size_t i = from; i < d->n; i++)
        pv_tuple_set(t, i - from, d->stack[i].v);  /* steals */
    d->n = from;
    return push_container(d, t, depth, size);
}
#line 16718 "pcall.nw"
static int fill_list(struct dec *d, size_t from, size_t at)
{
    struct slot list = d->stack[at];
    size_t top = at >= from ? at : d->n;   /* items end here */
    size_t n = d->n;
    if (d->nrefused && (list.tag == T_REFUSED || refused_from(d, from)))
        return refused_result(d, at < from ? at : from);
    if (check_target(d, &list, PV_LIST) < 0)
        return -1;
    d->n = top;                 /* let the checks see the items */
    if (check_items(d, from, list.obj, &d->objs[list.obj].size) < 0) {
        d->n = n;
        return -1;
    }
    d->objs[list.obj].depth = seal_items(d, from,
                                         d->objs[list.obj].depth);
    for (size_t i = from; i < top; i++)
        pv_list_append(list.v, d->stack[i].v);   /* steals */
    
#line 16741 "pcall.nw"
if (at < from) {
    d->n = from;                /* APPEND, APPENDS: list stays below */
} else {
    d->stack[from] = list;      /* LIST: list moves down */
    d->n = from + 1;
}
return 0;
#line 16737 "pcall.nw"
}
#line 16776 "pcall.nw"
static int fill_dict(struct dec *d, size_t from, size_t at)
{
    struct slot dict = d->stack[at];
    size_t top = at >= from ? at : d->n;
    size_t n = d->n;
    if (d->nrefused && (dict.tag == T_REFUSED || refused_from(d, from)))
        return refused_result(d, at < from ? at : from);
    if (check_target(d, &dict, PV_DICT) < 0)
        return -1;
    if ((top - from) % 2 != 0)
        return bad(d, ": odd number of values (%zu) after the MARK "
                   "at offset %zu", top - from, d->marked);
    for (size_t i = from; i < top; i += 2)
        if (d->objs[d->stack[i].obj].size > d->max_size)
            return bad(d, ": a key whose shared references expand to "
                       "more than %" PRIu64 " values (memo abuse)",
                       d->max_size);
    d->n = top;
    if (check_items(d, from, dict.obj, &d->objs[dict.obj].size) < 0) {
        d->n = n;
        return -1;
    }
    d->objs[dict.obj].depth = seal_items(d, from,
                                         d->objs[dict.obj].depth);
    
#line 16809 "pcall.nw"
for (size_t i = from; i < top; i += 2) {
    pv *key = d->stack[i].v, *value = d->stack[i + 1].v;
    pv_err e;
    d->stack[i].v = d->stack[i + 1].v = NULL;
    if (pv_dict_set(dict.v, key, value, &e) < 0) {
        d->n = n;
        return bad(d, ": %s", e.msg);
    }
}
if (at < from) {
    d->n = from;
} else {
    d->stack[from] = dict;
    d->n = from + 1;
}
return 0;
#line 16801 "pcall.nw"
}
#line 16896 "pcall.nw"
static int memo_put(struct dec *d, uint64_t i)
{
    
#line 16906 "pcall.nw"
struct slot s;
if (need(d, 1) < 0)
    return -1;
if (i > d->nmemo)
    return bad(d, ": memo index %" PRIu64 " is beyond the next "
               "free index %zu", i, d->nmemo);
if (i == d->nmemo) {
    if (d->nmemo == PV_PICKLE_MAX_MEMO)
        return bad(d, ": the memo is full (%d entries)",
                   PV_PICKLE_MAX_MEMO);
    d->memo = grow(d->memo, &d->capmemo, d->nmemo + 1,
                   sizeof *d->memo);
    d->memo[d->nmemo++].v = NULL;
}
s = d->stack[d->n - 1];
if (s.v)
    pv_ref(s.v);            /* before the old entry goes */
pv_free(d->memo[i].v);
d->memo[i] = s;
return 0;
#line 16899 "pcall.nw"
}
#line 16940 "pcall.nw"
static int memo_get(struct dec *d, uint64_t i)
{
    
#line 16947 "pcall.nw"
struct slot s;
if (i >= d->nmemo)
    return bad(d, ": memo entry %" PRIu64 " was never stored", i);
s = d->memo[i];
return push(d, s.v ? pv_ref(s.v) : NULL, s.obj, s.tag);
#line 16943 "pcall.nw"
}
#line 17018 "pcall.nw"
static const unsigned char *take_line(struct dec *d, size_t *n)
{
    const unsigned char *b = d->p + d->pos;
    const unsigned char *nl = memchr(b, '\n', d->limit - d->pos);
    if (nl == NULL) {
        take(d, d->limit - d->pos + 1);   /* fails, with the reason */
        return NULL;
    }
    *n = (size_t)(nl - b);
    d->pos += *n + 1;
    return b;
}
#line 17036 "pcall.nw"
static void quote(char *out, const unsigned char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n && i < 40; i++) {
        if (s[i] >= 0x20 && s[i] < 0x7f && s[i] != '\\'
            && s[i] != '\'')
            out[k++] = (char)s[i];
        else
            k += (size_t)sprintf(out + k, "\\x%02x", s[i]);
    }
    strcpy(out + k, n > 40 ? "..." : "");
}
#line 17051 "pcall.nw"
/* T_ENCODE or T_BYTES for the two spellings, else T_VALUE */
static unsigned marker(const unsigned char *mod, size_t nmod,
                       const unsigned char *name, size_t nname)
{
    if (nmod == 7 && !memcmp(mod, "_codecs", 7)
        && nname == 6 && !memcmp(name, "encode", 6))
        return T_ENCODE;
    if (nmod == 11 && !memcmp(mod, "__builtin__", 11)
        && nname == 5 && !memcmp(name, "bytes", 5))
        return T_BYTES;
    return T_VALUE;
}
#line 17083 "pcall.nw"
/* The module and name of a GLOBAL or an INST, as written. */
struct gname {
    const unsigned char *mod, *name;
    size_t nmod, nname;
};

enum { SKIM_MAX = 1000 };

#line 17095 "pcall.nw"
/* Step *pos over the opcode there and its argument, without running
   it; return its byte, or -1 when the input ends first or the byte
   is no opcode.  A GLOBAL's or an INST's name goes to *g. */
static int skim(const struct dec *d, size_t *pos, struct gname *g)
{
    const unsigned char *p = d->p;
    size_t at = *pos;
    unsigned code, width = 0;
    enum argkind kind;
    if (at >= d->len || ops[code = p[at++]].name == NULL)
        return -1;
    kind = arg_kind(code, &width);
    if (kind == A_FIXED || kind == A_COUNTED) {
        uint64_t n = 0;
        if (d->len - at < width)
            return -1;
        if (kind == A_COUNTED)
            n = get_le(p + at, width);
        at += width;
        if (n > d->len - at)
            return -1;
        at += (size_t)n;
    } else if (kind != A_NONE) {
        
#line 17126 "pcall.nw"
const unsigned char *nl = memchr(p + at, '\n', d->len - at);
if (nl == NULL)
    return -1;
g->mod = p + at;
g->nmod = (size_t)(nl - g->mod);
at += g->nmod + 1;
if (kind == A_LINE2) {
    if ((nl = memchr(p + at, '\n', d->len - at)) == NULL)
        return -1;
    g->name = p + at;
    g->nname = (size_t)(nl - g->name);
    at += g->nname + 1;
}
#line 17119 "pcall.nw"
    }
    *pos = at;
    return (int)code;
}
#line 17147 "pcall.nw"
/* The opcode that takes the value of the global whose opcode ends
   at pos, or 0 when none is found in SKIM_MAX opcodes; *next gets
   the name of the first GLOBAL or INST met on the way. */
static unsigned taker(const struct dec *d, size_t pos,
                      struct gname *next)
{
    size_t h = 1, marks[64], nm = 0;
    for (int i = 0; i < SKIM_MAX; i++) {
        struct gname g = { NULL, NULL, 0, 0 };
        int c = skim(d, &pos, &g), takes, gives;
        if (c < 0)
            return 0;
        if (g.name != NULL && next->name == NULL)
            *next = g;
        
#line 17168 "pcall.nw"
effect((unsigned)c, &takes, &gives);
if (c == OP_MARK) {
    if (nm == sizeof marks / sizeof *marks)
        return 0;
    marks[nm++] = h++;
} else if (c == OP_POP && nm > 0 && marks[nm - 1] == h - 1) {
    h = marks[--nm];            /* POP drops a mark */
} else if (takes < 0) {
    if (nm == 0)
        return (unsigned)c;     /* its mark is below the global */
    h = marks[--nm] + (size_t)gives;
} else if ((size_t)takes >= h) {
    return (unsigned)c;
} else {
    h = h - (size_t)takes + (size_t)gives;
}
#line 17162 "pcall.nw"
    }
    return 0;
}
#line 17192 "pcall.nw"
static int is_reconstructor(const unsigned char *mod, size_t nmod,
                            const unsigned char *name, size_t nname)
{
    return ((nmod == 8 && !memcmp(mod, "copy_reg", 8))
            || (nmod == 7 && !memcmp(mod, "copyreg", 7)))
           && nname == 14 && !memcmp(name, "_reconstructor", 14);
}

static int refuse_global(struct dec *d,
                         const unsigned char *mod, size_t nmod,
                         const unsigned char *name, size_t nname)
{
    char m[200], n[200];
    struct gname next = { NULL, NULL, 0, 0 };
    unsigned c = taker(d, d->pos, &next);
    
#line 17216 "pcall.nw"
if (c == OP_REDUCE && next.name != NULL
    && is_reconstructor(mod, nmod, name, nname)) {
    mod = next.mod, nmod = next.nmod;
    name = next.name, nname = next.nname;
    c = OP_NEWOBJ;
}
if (c == OP_NEWOBJ || c == OP_NEWOBJ_EX || c == OP_OBJ) {
    quote(m, mod, nmod);
    quote(n, name, nname);
    return refuse(d, "a class instance (%s.%s) is not data", m, n);
}
#line 17208 "pcall.nw"
    quote(m, mod, nmod);
    quote(n, name, nname);
    return refuse(d, "it names '%s %s', not the protocol-2 spelling "
                  "of bytes", m, n);
}
#line 17230 "pcall.nw"
static int load_global(struct dec *d)
{
    size_t nmod, nname;
    const unsigned char *mod, *name;
    unsigned tag;
    if ((mod = take_line(d, &nmod)) == NULL
        || (name = take_line(d, &nname)) == NULL)
        return -1;
    if ((tag = marker(mod, nmod, name, nname)) == T_VALUE)
        return refuse_global(d, mod, nmod, name, nname);
    d->arg = ARG_GLOBAL;
    return push(d, NULL, 0, tag);
}
#line 17249 "pcall.nw"
static int load_stack_global(struct dec *d)
{
    const struct slot *m, *s;
    size_t nmod, nname;
    const char *mod, *name;
    unsigned tag;
    if (need(d, 2) < 0)
        return -1;
    m = &d->stack[d->n - 2];
    s = &d->stack[d->n - 1];
    if (m->tag != T_VALUE || s->tag != T_VALUE
        || !pv_is(m->v, PV_STR) || !pv_is(s->v, PV_STR))
        return refuse(d, "its operands are not two strs");
    mod = pv_str_data(m->v, &nmod);
    name = pv_str_data(s->v, &nname);
    
#line 17269 "pcall.nw"
tag = marker((const unsigned char *)mod, nmod,
             (const unsigned char *)name, nname);
if (tag == T_VALUE)
    return refuse_global(d, (const unsigned char *)mod, nmod,
                         (const unsigned char *)name, nname);
drop_to(d, d->n - 2);
return push(d, NULL, 0, tag);
#line 17265 "pcall.nw"
}
#line 17292 "pcall.nw"
static pv *latin1(const pv *s)
{
    size_t n, k = 0;
    const unsigned char *u = (const unsigned char *)pv_str_data(s, &n);
    unsigned char *b = malloc(n + 1);
    pv *r;
    if (b == NULL)
        out_of_memory(n + 1, 1);
    for (size_t i = 0; i < n; i++) {
        if (u[i] < 0x80)
            b[k++] = u[i];
        else if ((u[i] == 0xc2 || u[i] == 0xc3) && i + 1 < n) {
            unsigned hi = (u[i] & 3u) << 6, lo = u[i + 1] & 0x3fu;
            b[k++] = (unsigned char)(hi | lo);
            i++;
        } else {
            free(b);
            return NULL;
        }
    }
    r = pv_bytes(b, k);
    free(b);
    return r;
}
#line 17319 "pcall.nw"
static int load_reduce(struct dec *d)
{
    const struct slot *f, *a;
    pv *r = NULL;
    if (need(d, 2) < 0)
        return -1;
    f = &d->stack[d->n - 2];
    a = &d->stack[d->n - 1];
    if (f->tag == T_VALUE || f->tag == T_REFUSED)
        return refuse(d, "it calls a %s, not the protocol-2 spelling "
                      "of bytes", kind_of(f));
    if (a->tag == T_REFUSED)
        return refused_result(d, d->n - 2);
    if (a->tag != T_VALUE || !pv_is(a->v, PV_TUPLE))
        return bad(d, ": the arguments are not a tuple");
    
#line 17341 "pcall.nw"
if (f->tag == T_BYTES) {
    if (pv_len(a->v) != 0)
        return bad(d, ": __builtin__ bytes takes no arguments here");
    r = pv_bytes("", 0);
} else {
    const pv *s = pv_len(a->v) == 2 ? pv_item(a->v, 0) : NULL;
    const pv *enc = s ? pv_item(a->v, 1) : NULL;
    size_t n;
    if (s == NULL || !pv_is(s, PV_STR) || !pv_is(enc, PV_STR)
        || strcmp(pv_str_data(enc, &n), "latin1") != 0)
        return bad(d, ": _codecs encode takes (str, 'latin1') here");
    if ((r = latin1(s)) == NULL)
        return bad(d, ": _codecs encode: a code point above 255");
}
#line 17335 "pcall.nw"
    drop_to(d, d->n - 2);
    return push_value(d, r);
}
#line 17361 "pcall.nw"
static int refuse_inst(struct dec *d)
{
    struct gname g = { NULL, NULL, 0, 0 };
    size_t pos = d->op;
    char m[200], n[200];
    if (skim(d, &pos, &g) < 0)
        return refuse(d, "%s", R_CLASS);
    quote(m, g.mod, g.nmod);
    quote(n, g.name, g.nname);
    return refuse(d, "a class instance (%s.%s) is not data", m, n);
}

#line 16489 "pcall.nw"
static int step(struct dec *d)
{
    size_t from = 0;            /* where the items since a MARK start */
    d->op = d->pos;
    d->why[0] = '\0';          /* no refusal yet (a listing's) */
    if (d->pos == d->len)
        return truncated(d, 1, "the next opcode");
    d->limit = d->pos < d->frame_end ? d->frame_end : d->len;
    d->code = d->p[d->pos++];
    d->marked = SIZE_MAX;
    
#line 17507 "pcall.nw"
d->arg = ARG_NONE;
d->indent = d->nmarks;
#line 16500 "pcall.nw"
    switch (d->code) {
    
#line 16514 "pcall.nw"
case OP_NONE:     return push_value(d, pv_none());
case OP_NEWTRUE:  return push_value(d, pv_bool(1));
case OP_NEWFALSE: return push_value(d, pv_bool(0));
case OP_BININT1:  return load_binint(d, 1);
case OP_BININT2:  return load_binint(d, 2);
case OP_BININT:   return load_binint(d, 4);
case OP_LONG1:    return load_long(d, 1);
case OP_LONG4:    return load_long(d, 4);
case OP_BINFLOAT: return load_binfloat(d);
#line 16603 "pcall.nw"
case OP_SHORT_BINUNICODE: return load_str(d, 1);
case OP_BINUNICODE:       return load_str(d, 4);
case OP_BINUNICODE8:      return load_str(d, 8);
case OP_SHORT_BINBYTES:   return load_bytes(d, 1);
case OP_BINBYTES:         return load_bytes(d, 4);
case OP_BINBYTES8:        return load_bytes(d, 8);
#line 16616 "pcall.nw"
case OP_NEXT_BUFFER:      return load_buffer(d);
#line 16666 "pcall.nw"
case OP_EMPTY_TUPLE: return make_tuple(d, d->n);
case OP_TUPLE1:      return need(d, 1) ? -1 : make_tuple(d, d->n - 1);
case OP_TUPLE2:      return need(d, 2) ? -1 : make_tuple(d, d->n - 2);
case OP_TUPLE3:      return need(d, 3) ? -1 : make_tuple(d, d->n - 3);
case OP_TUPLE:
    return pop_mark(d, &from) ? -1 : make_tuple(d, from);
#line 16699 "pcall.nw"
case OP_EMPTY_LIST: return push_container(d, pv_list_new(), 1, 1);
case OP_APPEND:
    return need(d, 2) ? -1 : fill_list(d, d->n - 1, d->n - 2);
case OP_APPENDS:
    if (pop_mark(d, &from) < 0 || below_mark(d, from) < 0)
        return -1;
    return fill_list(d, from, from - 1);
case OP_LIST:
    if (pop_mark(d, &from) < 0)
        return -1;
    push_container(d, pv_list_new(), 1, 1);
    return fill_list(d, from, d->n - 1);
#line 16761 "pcall.nw"
case OP_EMPTY_DICT: return push_container(d, pv_dict_new(), 1, 1);
case OP_SETITEM:
    return need(d, 3) ? -1 : fill_dict(d, d->n - 2, d->n - 3);
case OP_SETITEMS:
    if (pop_mark(d, &from) < 0 || below_mark(d, from) < 0)
        return -1;
    return fill_dict(d, from, from - 1);
case OP_DICT:
    if (pop_mark(d, &from) < 0)
        return -1;
    push_container(d, pv_dict_new(), 1, 1);
    return fill_dict(d, from, d->n - 1);
#line 16835 "pcall.nw"
case OP_MARK:
    
#line 16840 "pcall.nw"
if (d->nmarks >= PV_PICKLE_MAX_DEPTH)
    return bad(d, ": more than %d MARKs open",
               PV_PICKLE_MAX_DEPTH);
d->marks = grow(d->marks, &d->capmarks, d->nmarks + 1,
                sizeof *d->marks);
d->marks[d->nmarks].at = d->n;
d->marks[d->nmarks++].pos = d->op;
return 0;
#line 16851 "pcall.nw"
case OP_POP:
    if (d->n > floor_of(d)) {
        drop_to(d, d->n - 1);
        return 0;
    }
    return d->nmarks ? pop_mark(d, &from) : need(d, 1);
case OP_POP_MARK:
    if (pop_mark(d, &from) < 0)
        return -1;
    drop_to(d, from);
    return 0;
#line 16865 "pcall.nw"
case OP_DUP: {
    struct slot s;
    if (need(d, 1) < 0)
        return -1;
    s = d->stack[d->n - 1];
    return push(d, s.v ? pv_ref(s.v) : NULL, s.obj, s.tag);
}
#line 16881 "pcall.nw"
case OP_BINPUT: case OP_LONG_BINPUT: {
    uint64_t i;
    if (take_uint(d, d->code == OP_BINPUT ? 1 : 4, &i) < 0)
        return -1;
    d->arg = ARG_UINT;
    d->argu = i;
    return memo_put(d, i);
}
case OP_MEMOIZE:
    d->arg = ARG_MEMO;
    d->argu = d->nmemo;
    return memo_put(d, d->nmemo);
#line 16929 "pcall.nw"
case OP_BINGET: case OP_LONG_BINGET: {
    uint64_t i;
    if (take_uint(d, d->code == OP_BINGET ? 1 : 4, &i) < 0)
        return -1;
    d->arg = ARG_UINT;
    d->argu = i;
    return memo_get(d, i);
}
#line 16960 "pcall.nw"
case OP_PROTO: {
    uint64_t proto;
    if (d->op != 0)
        return refuse(d, "PROTO must be the first opcode");
    if (take_uint(d, 1, &proto) < 0)
        return -1;
    if (proto < 2 || proto > 5)
        return bad(d, ": unsupported protocol %" PRIu64 " (2 to 5 are "
                   "accepted)", proto);
    d->arg = ARG_UINT;
    d->argu = proto;
    return 0;
}
#line 16976 "pcall.nw"
case OP_FRAME: {
    uint64_t n;
    if (d->op < d->frame_end)
        return bad(d, " begins inside the frame that ends at offset "
                   "%zu", d->frame_end);
    if (take_uint(d, 8, &n) < 0)
        return -1;
    if (n > d->len - d->pos)
        return truncated(d, n - (d->len - d->pos), "FRAME");
    d->frame_end = d->pos + (size_t)n;
    d->arg = ARG_UINT;
    d->argu = n;
    return 0;
}
#line 16997 "pcall.nw"
case OP_STOP:
    if (d->nmarks)
        return bad(d, ": the MARK at offset %zu is still open",
                   d->marks[d->nmarks - 1].pos);
    if (d->n == 0)
        return bad(d, ": the stack is empty");
    if (d->n > 1)
        return bad(d, ": the stack holds %zu values, not 1", d->n);
    if (d->stack[0].tag == T_REFUSED)
        return 1;               /* listing past a refusal */
    if (d->stack[0].tag != T_VALUE)
        return not_a_value(d, &d->stack[0]);
    return 1;
#line 17285 "pcall.nw"
case OP_GLOBAL:       return load_global(d);
case OP_STACK_GLOBAL: return load_stack_global(d);
case OP_REDUCE:       return load_reduce(d);
case OP_INST:         return refuse_inst(d);
#line 16502 "pcall.nw"
    default:
        return refuse(d, "%s", ops[d->code].refused
                      ? ops[d->code].refused : "not a pickle opcode");
    }
}
#line 17383 "pcall.nw"
static void dec_free(struct dec *d)
{
    drop_to(d, 0);
    for (size_t i = 0; i < d->nmemo; i++)
        pv_free(d->memo[i].v);
    pv_mem_free(d->stack);
    pv_mem_free(d->marks);
    pv_mem_free(d->memo);
    pv_mem_free(d->objs);
}
#line 17396 "pcall.nw"
static void list_line(struct dec *d);
static int step_over(struct dec *d);

static pv *run(struct dec *d)
{
    int r;
    pv *v;
    new_obj(d, 0, 1);           /* entry 0: every scalar */
    while ((r = step(d)) == 0 || (r < 0 && step_over(d) == 0))
        
#line 17512 "pcall.nw"
if (d->listing)
    list_line(d);
#line 17406 "pcall.nw"
    if (r < 0) {
        
#line 17768 "pcall.nw"
if (d->listing && d->err == &d->later && d->later.msg[0] != '\0')
    fprintf(d->listing, "stopped: %s\n", d->later.msg);
#line 17408 "pcall.nw"
        return NULL;
    }
    d->done = 1;
    
#line 17512 "pcall.nw"
if (d->listing)
    list_line(d);
#line 17412 "pcall.nw"
    if (d->nrefused > 0)
        return NULL;            /* err holds the first refusal */
    if (d->pos != d->len) {
        size_t k = d->len - d->pos;
        fail(d->err, "%zu trailing byte%s after STOP at offset %zu",
             k, k == 1 ? "" : "s", d->op);
        return NULL;
    }
    if (d->used < d->nbufs) {
        fail(d->err, "%zu of the %zu out-of-band buffers were not "
             "used", d->nbufs - d->used, d->nbufs);
        return NULL;
    }
    v = d->stack[0].v;
    d->n = 0;
    return v;
}
#line 17432 "pcall.nw"
static void dec_init(struct dec *d, const void *data, size_t len,
                     pv_err *err, FILE *listing)
{
    memset(d, 0, sizeof *d);
    d->p = data;
    d->len = len;
    d->err = err;
    d->listing = listing;
    d->max_size = add_sat(PV_PICKLE_MAX_EXPANSION, len);
}

pv *pv_unpickle(const void *data, size_t len, pv_err *err)
{
    struct dec d;
    pv *v;
    if (data == NULL && len > 0)
        misuse("pv_unpickle", "NULL data");
    dec_init(&d, data, len, err, NULL);
    v = run(&d);
    dec_free(&d);
    return v;
}

pv *pv_unpickle_oob(const void *data, size_t len, pv *const *bufs,
                    size_t nbufs, pv_err *err)
{
    struct dec d;
    pv *v;
    if ((data == NULL && len > 0) || (bufs == NULL && nbufs > 0))
        misuse("pv_unpickle_oob", "NULL data");
    for (size_t i = 0; i < nbufs; i++)
        if (bufs[i] == NULL || !pv_is(bufs[i], PV_BYTES))
            misuse("pv_unpickle_oob", "a buffer is not a bytes");
    dec_init(&d, data, len, err, NULL);
    d.bufs = bufs;
    d.nbufs = nbufs;
    v = run(&d);
    dec_free(&d);
    return v;
}
#line 17517 "pcall.nw"
static void list_code(FILE *f, unsigned c)
{
    if (c >= 0x20 && c < 0x7f && c != '\\')
        fprintf(f, "%-4c", (int)c);
    else
        fprintf(f, "\\x%02x", c);
}
#line 17527 "pcall.nw"
static void list_line(struct dec *d)
{
    FILE *f = d->listing;
    const char *name = opname(d->code);
    const struct slot *top = d->n ? &d->stack[d->n - 1] : NULL;
    if (ops[d->code].proto > d->maxproto)
        d->maxproto = ops[d->code].proto;
    fprintf(f, "%5zu: ", d->op);
    list_code(f, d->code);
    fprintf(f, " %*s%s", (int)(4 * d->indent), "", name);
    if (d->arg != ARG_NONE || d->marked != SIZE_MAX)
        fprintf(f, "%*s", 10 - (int)strlen(name) > 0
                ? 10 - (int)strlen(name) : 0, "");
    
#line 17546 "pcall.nw"
if (d->arg == ARG_TOP && top != NULL) {
    fputc(' ', f);
    pv_fprint(f, top->v);
} else if (d->arg == ARG_UINT) {
    fprintf(f, " %" PRIu64, d->argu);
} else if (d->arg == ARG_MEMO) {
    fprintf(f, " (as %" PRIu64 ")", d->argu);
} else if (d->arg == ARG_GLOBAL && top != NULL) {
    fprintf(f, " '%s'", top->tag == T_ENCODE ? "_codecs encode"
                                             : "__builtin__ bytes");
} else if (d->arg == ARG_TEXT) {
    fprintf(f, " %s", d->argtext);
}
if (d->marked != SIZE_MAX)
    fprintf(f, " (MARK at %zu)", d->marked);
if (d->why[0] != '\0')
    fprintf(f, "  <- refused: %s", d->why);
#line 17541 "pcall.nw"
    fputc('\n', f);
}
#line 17571 "pcall.nw"
static int dis(const char *fn, const void *data, size_t len,
               FILE *out, pv_err *err, int go_on)
{
    struct dec d;
    pv *v;
    if ((data == NULL && len > 0) || out == NULL)
        misuse(fn, "NULL argument");
    dec_init(&d, data, len, err, out);
    d.go_on = go_on;
    v = run(&d);
    if (v != NULL || (go_on && d.done))
        fprintf(out, "highest protocol among opcodes = %d\n",
                d.maxproto);
    dec_free(&d);
    pv_free(v);
    if (v != NULL && (fflush(out) != 0 || ferror(out)))
        return fail(err, "cannot write the listing");
    return v != NULL ? 0 : -1;
}

int pv_pickle_dis(const void *data, size_t len, FILE *out,
                  pv_err *err)
{
    return dis("pv_pickle_dis", data, len, out, err, 0);
}

int pv_pickle_dis_all(const void *data, size_t len, FILE *out,
                      pv_err *err)
{
    return dis("pv_pickle_dis_all", data, len, out, err, 1);
}
#line 17635 "pcall.nw"
static int list_arg(struct dec *d);
static int refused_effect(struct dec *d);

static int step_over(struct dec *d)
{
    if (!d->go_on || d->why[0] == '\0' || ops[d->code].name == NULL)
        return -1;
    d->pos = d->op + 1;
    d->marked = SIZE_MAX;
    if (list_arg(d) < 0)
        return -1;
    return refused_effect(d);
}
#line 17657 "pcall.nw"
static int list_arg(struct dec *d)
{
    unsigned width = 0;
    uint64_t u;
    const unsigned char *b, *b2;
    size_t n, n2;
    char q[200], q2[200];
    switch (arg_kind(d->code, &width)) {
    
#line 17675 "pcall.nw"
case A_FIXED:
    if (take_uint(d, width, &u) < 0)
        return -1;
    snprintf(d->argtext, sizeof d->argtext, "%" PRIu64, u);
    break;
case A_COUNTED:
    if (take_uint(d, width, &u) < 0 || (b = take(d, u)) == NULL)
        return -1;
    quote(q, b, (size_t)u);
    snprintf(d->argtext, sizeof d->argtext, "%s'%s'%s",
             d->code == OP_BYTEARRAY8 ? "bytearray(b" : "", q,
             d->code == OP_BYTEARRAY8 ? ")" : "");
    break;
case A_LINE:
    if ((b = take_line(d, &n)) == NULL)
        return -1;
    
#line 17709 "pcall.nw"
if (d->code == OP_LONG && n > 0 && b[n - 1] == 'L')
    n--;
if (d->code == OP_STRING && n >= 2 && (b[0] == '\'' || b[0] == '"')
    && b[n - 1] == b[0])
    b++, n -= 2;
quote(q, b, n);
snprintf(d->argtext, sizeof d->argtext,
         d->code == OP_STRING || d->code == OP_UNICODE
         || d->code == OP_PERSID ? "'%s'" : "%s", q);
#line 17692 "pcall.nw"
    break;
case A_LINE2:
    if ((b = take_line(d, &n)) == NULL
        || (b2 = take_line(d, &n2)) == NULL)
        return -1;
    quote(q, b, n);
    quote(q2, b2, n2);
    snprintf(d->argtext, sizeof d->argtext, "'%s %s'", q, q2);
    break;
#line 17666 "pcall.nw"
    default:
        return 0;
    }
    d->arg = ARG_TEXT;
    return 0;
}
#line 17726 "pcall.nw"
static int text_memo(struct dec *d)
{
    char *end;
    unsigned long long i;
    if (d->argtext[0] < '0' || d->argtext[0] > '9')
        return bad(d, ": the memo index %s is not a number",
                   d->argtext);
    i = strtoull(d->argtext, &end, 10);
    if (*end != '\0')
        return bad(d, ": the memo index %s is not a number",
                   d->argtext);
    return d->code == OP_PUT ? memo_put(d, i) : memo_get(d, i);
}
#line 17742 "pcall.nw"
static int refused_effect(struct dec *d)
{
    int takes, gives;
    size_t from = 0;
    if (d->code == OP_PUT || d->code == OP_GET)
        return text_memo(d);
    effect(d->code, &takes, &gives);
    if (takes < 0) {
        if (pop_mark(d, &from) < 0)
            return -1;
        drop_to(d, from);
    } else {
        if (need(d, (size_t)takes) < 0)
            return -1;
        drop_to(d, d->n - (size_t)takes);
    }
    if (gives > 0)
        push(d, NULL, 0, T_REFUSED);
    return 0;
}
