#line 12996 "pcall.nw"
/* literal.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 13005 "pcall.nw"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "literal.h"
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 13092 "pcall.nw"
#include <stdarg.h>
#line 13869 "pcall.nw"
#include <locale.h>
#line 13014 "pcall.nw"
typedef struct lit_parser {
    const char *s;      /* the input; not NUL-terminated */
    size_t n;           /* its length in bytes */
    size_t i;           /* offset of the next byte to read */
    int depth;          /* brackets open at s[i] */
    pv_err *err;        /* the caller's error buffer, or NULL */
} lit_parser;
#line 13216 "pcall.nw"
typedef struct lit_buf {
    char *data;         /* malloc'd, not NUL-terminated */
    size_t len, cap;    /* bytes used, bytes allocated */
} lit_buf;
#line 13940 "pcall.nw"
enum { PFX_RAW = 1, PFX_BYTES = 2, PFX_U = 4, PFX_F = 8 };
#line 13178 "pcall.nw"
static size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
static int string_prefix(const lit_parser *p, size_t at, int *flags);
static int starts_number(const lit_parser *p, size_t at);
#line 13395 "pcall.nw"
static pv *parse_value(lit_parser *p, const char *what);
static pv *parse_primary(lit_parser *p, const char *what);
static pv *apply_sign(lit_parser *p, pv *v, int neg, int op,
                      size_t at);
static pv *parse_name(lit_parser *p, const char *what);
static pv *parse_number(lit_parser *p, int neg);
static pv *parse_strings(lit_parser *p);
static pv *parse_list(lit_parser *p);
static pv *parse_paren(lit_parser *p);
static pv *parse_dict(lit_parser *p);
#line 13755 "pcall.nw"
static pv *parse_radix(lit_parser *p, int neg, int base);
static pv *parse_decimal(lit_parser *p, int neg);
#line 13810 "pcall.nw"
static pv *make_int(lit_parser *p, size_t at, size_t from,
                    size_t end, int base, int neg);
static pv *make_float(lit_parser *p, size_t at, size_t end, int neg);
#line 14002 "pcall.nw"
static int scan_string(lit_parser *p, size_t plen, int flags,
                       lit_buf *b);
#line 14050 "pcall.nw"
static int unclosed(lit_parser *p, size_t start, int q, int triple);
static int take_char(lit_parser *p, int flags, lit_buf *b);
static int raw_backslash(lit_parser *p, int flags, lit_buf *b);
static int read_escape(lit_parser *p, int flags, lit_buf *b);
#line 14152 "pcall.nw"
static int octal_escape(lit_parser *p, int bytes, lit_buf *b);
static int hex_escape(lit_parser *p, int ndig, int bytes, lit_buf *b);
static void put_utf8(lit_buf *b, uint32_t c);
#line 13027 "pcall.nw"
static int byte_at(const lit_parser *p, size_t at)
{
    return at < p->n ? (unsigned char)p->s[at] : 0;
}

static int peek(const lit_parser *p)
{
    return byte_at(p, p->i);
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* A byte that continues a name or a number: Python's identifiers
   may hold non-ASCII letters, but ours never need to. */
static int is_word(int c)
{
    return is_digit(c) || c == '_' || (c >= 'a' && c <= 'z')
           || (c >= 'A' && c <= 'Z');
}
#line 13060 "pcall.nw"
/* Write where byte at is: "column C", or "line L, column C" when
   the input has more than one line.  "\r\n" and a lone "\r" end a
   line as "\n" does. */
static void locate(const lit_parser *p, size_t at, char *out,
                   size_t size)
{
    size_t line = 1, col = 1;
    int lines = memchr(p->s, '\n', p->n) != NULL
                || memchr(p->s, '\r', p->n) != NULL;

    for (size_t j = 0; j < at && j < p->n; j++) {
        int c = byte_at(p, j);
        if (c == '\r' && byte_at(p, j + 1) == '\n')
            continue;
        if (c == '\n' || c == '\r')
            line++, col = 1;
        else if ((c & 0xC0) != 0x80)
            col++;
    }
    if (lines)
        snprintf(out, size, "line %zu, column %zu", line, col);
    else
        snprintf(out, size, "column %zu", col);
}
#line 13096 "pcall.nw"
static pv *lit_error(lit_parser *p, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static pv *lit_error(lit_parser *p, size_t at, const char *fmt, ...)
{
    char where[64];
    va_list ap;
    int k;

    if (p->err == NULL)
        return NULL;
    locate(p, at, where, sizeof where);
    k = snprintf(p->err->msg, PV_ERRMAX, "%s: ", where);
    va_start(ap, fmt);
    vsnprintf(p->err->msg + k, PV_ERRMAX - (size_t)k, fmt, ap);
    va_end(ap);
    return NULL;
}
#line 13126 "pcall.nw"
static void describe_char(const lit_parser *p, size_t at, char *out,
                          size_t size)
{
    int c = byte_at(p, at);
    uint32_t cp = 0;
    size_t len;

    if (at >= p->n)
        snprintf(out, size, "end of input");
    else if (c == '\n' || c == '\r')
        snprintf(out, size, "end of line");
    else if (c == '\'')
        snprintf(out, size, "\"'\"");
    else if (c < 0x20 || c == 0x7f)
        snprintf(out, size, "control character 0x%02x", c);
    else if (c < 0x80)
        snprintf(out, size, "'%c'", c);
    else {
        len = utf8_decode(p->s + at, p->n - at, &cp);
        snprintf(out, size, "'%.*s' (U+%04X)", (int)len, p->s + at,
                 (unsigned)cp);
    }
}
#line 13152 "pcall.nw"
static void describe_token(const lit_parser *p, size_t at, char *out,
                           size_t size)
{
    int flags, c = byte_at(p, at), number = starts_number(p, at);
    size_t end = at;

    if (string_prefix(p, at, &flags) >= 0) {
        snprintf(out, size, "%s", flags & PFX_BYTES
                 ? "a bytes literal" : "a string");
        return;
    }
    if (!number && !is_word(c)) {
        describe_char(p, at, out, size);
        return;
    }
    while (is_word(byte_at(p, end))
           || (number && byte_at(p, end) == '.'))
        end++;
    if (end - at > 24)
        snprintf(out, size, "'%.24s...'", p->s + at);
    else
        snprintf(out, size, "'%.*s'", (int)(end - at), p->s + at);
}
#line 13188 "pcall.nw"
static pv *lit_expected(lit_parser *p, const char *what)
{
    char found[64];

    if (p->i >= p->n)
        return lit_error(p, p->i, "unexpected end of input, expected %s",
                         what);
    describe_token(p, p->i, found, sizeof found);
    return lit_error(p, p->i, "expected %s, found %s", what, found);
}

static pv *lit_expected_char(lit_parser *p, size_t at, const char *what)
{
    char found[64];

    if (at >= p->n)
        return lit_error(p, at, "unexpected end of input, expected %s",
                         what);
    describe_char(p, at, found, sizeof found);
    return lit_error(p, at, "expected %s, found %s", what, found);
}
#line 13223 "pcall.nw"
static void *lit_realloc(void *old, size_t size)
{
    void *q = realloc(old, size);

    if (q == NULL) {
        char msg[64];
        snprintf(msg, sizeof msg, "out of memory (%zu bytes)", size);
        pv_error_raise("MemoryError", msg);     /* in a pcall child */
        fprintf(stderr, "pcall: %s\n", msg);
        abort();
    }
    return q;
}

static void lit_buf_add(lit_buf *b, int c)
{
    if (b->len == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 64;
        b->data = lit_realloc(b->data, b->cap);
    }
    b->data[b->len++] = (char)c;
}
#line 13258 "pcall.nw"
/* Decode the UTF-8 sequence at s (n bytes available): its length,
   with the code point in *cp, or 0 if it is not valid. */
static size_t utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len;
    uint32_t c, min;

    if (n == 0)
        return 0;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] < 0xC2 || u[0] > 0xF4)
        return 0;
    
#line 13294 "pcall.nw"
if (u[0] < 0xE0)
    len = 2, c = u[0] & 0x1F, min = 0x80;
else if (u[0] < 0xF0)
    len = 3, c = u[0] & 0x0F, min = 0x800;
else
    len = 4, c = u[0] & 0x07, min = 0x10000;
#line 13275 "pcall.nw"
    if (n < len)
        return 0;
    for (size_t k = 1; k < len; k++) {
        if ((u[k] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}
#line 13303 "pcall.nw"
static int check_input(lit_parser *p)
{
    uint32_t cp;
    size_t i = 0, len;

    while (i < p->n) {
        int c = byte_at(p, i);
        if (c == 0) {
            lit_error(p, i, "the input contains a NUL byte");
            return -1;
        }
        len = c < 0x80 ? 1 : utf8_decode(p->s + i, p->n - i, &cp);
        if (len == 0) {
            lit_error(p, i, "invalid UTF-8 (byte 0x%02x)", c);
            return -1;
        }
        i += len;
    }
    return 0;
}
#line 13331 "pcall.nw"
static void skip_ws(lit_parser *p, int lines)
{
    for (;;) {
        int c = peek(p), next = byte_at(p, p->i + 1);
        if (c == ' ' || c == '\t' || c == '\f')
            p->i++;
        else if (c == '#')
            while (peek(p) != 0 && peek(p) != '\n'
                   && peek(p) != '\r')
                p->i++;
        else if (c == '\\' && (next == '\n' || next == '\r')) {
            p->i += 2;
            if (next == '\r' && peek(p) == '\n')
                p->i++;
        } else if ((c == '\n' || c == '\r') && lines)
            p->i++;
        else
            return;
    }
}

static void skip_space(lit_parser *p)
{
    skip_ws(p, p->depth > 0);
}

static int at_line_end(const lit_parser *p)
{
    return peek(p) == 0 || peek(p) == '\n' || peek(p) == '\r';
}
#line 13371 "pcall.nw"
static pv *parse_value(lit_parser *p, const char *what)
{
    int neg = 0, op = 0;
    size_t at;
    pv *v;

    while (peek(p) == '-' || peek(p) == '+') {
        op = peek(p);
        neg ^= op == '-';
        p->i++;
        skip_space(p);
    }
    if (op == 0)
        return parse_primary(p, what);
    if (starts_number(p, p->i))
        return parse_number(p, neg);
    at = p->i;
    if ((v = parse_primary(p, "a number")) == NULL)
        return NULL;
    return apply_sign(p, v, neg, op, at);
}
#line 13413 "pcall.nw"
static pv *apply_sign(lit_parser *p, pv *v, int neg, int op,
                      size_t at)
{
    pv_kind k = pv_kind_of(v);
    pv *r = NULL;

    if (k == PV_INT && neg && pv_as_int(v) == INT64_MIN)
        lit_error(p, at, "integer 9223372036854775808 does not fit in "
                  "64 bits");
    else if (k == PV_INT)
        r = pv_int(neg ? -pv_as_int(v) : pv_as_int(v));
    else if (k == PV_FLOAT)
        r = pv_float(neg ? -pv_as_float(v) : pv_as_float(v));
    else
        lit_error(p, at, "expected a number after unary '%c', found a "
                  "value of type '%s'", op, pv_kind_name(k));
    pv_free(v);
    return r;
}
#line 13438 "pcall.nw"
static int starts_number(const lit_parser *p, size_t at)
{
    return is_digit(byte_at(p, at))
           || (byte_at(p, at) == '.' && is_digit(byte_at(p, at + 1)));
}

static pv *parse_primary(lit_parser *p, const char *what)
{
    int flags, c = peek(p);

    if (c == '[')
        return parse_list(p);
    if (c == '(')
        return parse_paren(p);
    if (c == '{')
        return parse_dict(p);
    if (starts_number(p, p->i))
        return parse_number(p, 0);
    if (string_prefix(p, p->i, &flags) >= 0)
        return parse_strings(p);
    if (is_word(c))
        return parse_name(p, what);
    return lit_expected(p, what);
}
#line 13467 "pcall.nw"
static int word_is(const lit_parser *p, size_t at, size_t end,
                   const char *w)
{
    return end - at == strlen(w) && memcmp(p->s + at, w, end - at) == 0;
}

static pv *parse_name(lit_parser *p, const char *what)
{
    size_t at = p->i, end = at;
    pv *v;

    while (is_word(byte_at(p, end)))
        end++;
    if (word_is(p, at, end, "None"))
        v = pv_none();
    else if (word_is(p, at, end, "True"))
        v = pv_bool(1);
    else if (word_is(p, at, end, "False"))
        v = pv_bool(0);
    else
        return lit_expected(p, what);
    p->i = end;
    skip_space(p);
    return v;
}
#line 13503 "pcall.nw"
static int enter_bracket(lit_parser *p)
{
    if (p->depth >= PV_PARSE_MAXDEPTH) {
        lit_error(p, p->i, "brackets nested deeper than %d levels",
                  PV_PARSE_MAXDEPTH);
        return -1;
    }
    p->depth++;
    p->i++;
    skip_space(p);
    return 0;
}

static void leave_bracket(lit_parser *p)
{
    p->depth--;
    p->i++;
    skip_space(p);
}
#line 13529 "pcall.nw"
static int parse_items(lit_parser *p, pv *l, int close)
{
    char what[32], sep[32];
    pv *v;

    snprintf(what, sizeof what, "a value or '%c'", close);
    snprintf(sep, sizeof sep, "',' or '%c'", close);
    while (peek(p) != close) {
        if ((v = parse_value(p, what)) == NULL)
            return -1;
        pv_list_append(l, v);
        if (peek(p) == ',') {
            p->i++;
            skip_space(p);
        } else if (peek(p) != close) {
            lit_expected(p, sep);
            return -1;
        }
    }
    return 0;
}
#line 13553 "pcall.nw"
static pv *parse_list(lit_parser *p)
{
    pv *l;

    if (enter_bracket(p) < 0)
        return NULL;
    l = pv_list_new();
    if (parse_items(p, l, ']') < 0) {
        pv_free(l);
        return NULL;
    }
    leave_bracket(p);
    return l;
}
#line 13573 "pcall.nw"
static pv *list_to_tuple(pv *l)
{
    size_t n = pv_len(l);
    pv *t = pv_tuple_new(n);

    for (size_t k = 0; k < n; k++)
        pv_tuple_set(t, k, pv_ref(pv_item(l, k)));
    pv_free(l);
    return t;
}
#line 13590 "pcall.nw"
static pv *parse_paren(lit_parser *p)
{
    pv *first, *l;

    if (enter_bracket(p) < 0)
        return NULL;
    if (peek(p) == ')') {
        leave_bracket(p);
        return pv_tuple_new(0);
    }
    if ((first = parse_value(p, "a value or ')'")) == NULL)
        return NULL;
    if (peek(p) == ')') {
        leave_bracket(p);
        return first;
    }
    if (peek(p) != ',') {
        pv_free(first);
        return lit_expected(p, "',' or ')'");
    }
    
#line 13615 "pcall.nw"
l = pv_list_new();
pv_list_append(l, first);
p->i++;
skip_space(p);
if (parse_items(p, l, ')') < 0) {
    pv_free(l);
    return NULL;
}
leave_bracket(p);
return list_to_tuple(l);
#line 13611 "pcall.nw"
}
#line 13637 "pcall.nw"
static int parse_pair(lit_parser *p, pv *d, size_t open)
{
    size_t at = p->i;
    pv_err e;
    pv *k, *v;

    if ((k = parse_value(p, "a key or '}'")) == NULL)
        return -1;
    if (pv_len(d) == 0 && (peek(p) == ',' || peek(p) == '}')) {
        pv_free(k);
        lit_error(p, open, "sets are not supported (a {...} display "
                  "without ':' is a set)");
        return -1;
    }
    if (peek(p) != ':') {
        pv_free(k);
        lit_expected(p, "':'");
        return -1;
    }
    p->i++;
    skip_space(p);
    
#line 13663 "pcall.nw"
if ((v = parse_value(p, "a value")) == NULL) {
    pv_free(k);
    return -1;
}
if (pv_dict_set(d, k, v, &e) < 0) {     /* it stole k and v */
    lit_error(p, at, "%s", e.msg);
    return -1;
}
return 0;
#line 13659 "pcall.nw"
}
#line 13675 "pcall.nw"
static pv *parse_dict(lit_parser *p)
{
    size_t open = p->i;
    pv *d;

    if (enter_bracket(p) < 0)
        return NULL;
    d = pv_dict_new();
    while (peek(p) != '}') {
        if (parse_pair(p, d, open) < 0) {
            pv_free(d);
            return NULL;
        }
        if (peek(p) == ',') {
            p->i++;
            skip_space(p);
        } else if (peek(p) != '}') {
            pv_free(d);
            return lit_expected(p, "',' or '}'");
        }
    }
    leave_bracket(p);
    return d;
}
#line 13708 "pcall.nw"
/* The value of c as a digit of any base up to 36, or 99. */
static int digit_value(int c)
{
    if (is_digit(c))
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return (c | 0x20) - 'a' + 10;
    return 99;
}

/* digit { ["_"] digit } in base, from at: the offset after the
   last digit, or at itself if there is no digit there. */
static size_t scan_digits(const lit_parser *p, size_t at, int base)
{
    size_t end = at;

    while (digit_value(byte_at(p, end)) < base
           || (end > at && byte_at(p, end) == '_'
               && digit_value(byte_at(p, end + 1)) < base))
        end++;
    return end;
}
#line 13736 "pcall.nw"
static pv *bad_number(lit_parser *p, size_t at, const char *kind)
{
    char text[64];

    describe_token(p, at, text, sizeof text);
    return lit_error(p, at, "invalid %s literal %s", kind, text);
}

static pv *parse_number(lit_parser *p, int neg)
{
    int x = byte_at(p, p->i + 1) | 0x20;

    if (peek(p) == '0' && (x == 'x' || x == 'o' || x == 'b'))
        return parse_radix(p, neg, x == 'x' ? 16 : x == 'o' ? 8 : 2);
    return parse_decimal(p, neg);
}
#line 13762 "pcall.nw"
static pv *parse_radix(lit_parser *p, int neg, int base)
{
    size_t at = p->i, d = at + 2, end;

    if (byte_at(p, d) == '_' && digit_value(byte_at(p, d + 1)) < base)
        d++;
    end = scan_digits(p, d, base);
    if (end == d || is_word(byte_at(p, end)))
        return bad_number(p, at, base == 16 ? "hexadecimal"
                          : base == 8 ? "octal" : "binary");
    return make_int(p, at, d, end, base, neg);
}
#line 13782 "pcall.nw"
static pv *parse_decimal(lit_parser *p, int neg)
{
    size_t at = p->i, end = scan_digits(p, at, 10), e;
    int isfloat = 0;

    if (byte_at(p, end) == '.') {
        isfloat = 1;
        end = scan_digits(p, end + 1, 10);
    }
    if ((byte_at(p, end) | 0x20) == 'e') {
        e = end + 1;
        if (byte_at(p, e) == '+' || byte_at(p, e) == '-')
            e++;
        if (is_digit(byte_at(p, e)))
            isfloat = 1, end = scan_digits(p, e, 10);
    }
    if ((byte_at(p, end) | 0x20) == 'j')
        return lit_error(p, at, "complex numbers are not supported");
    if (is_word(byte_at(p, end)))
        return bad_number(p, at, "decimal");
    if (isfloat)
        return make_float(p, at, end, neg);
    
#line 13817 "pcall.nw"
if (peek(p) == '0')
    for (size_t k = at; k < end; k++)
        if (byte_at(p, k) > '0' && byte_at(p, k) <= '9')
            return lit_error(p, at, "leading zeros are not permitted in "
                             "the decimal integer '%.*s'; use an 0o "
                             "prefix for octal", (int)(end - at),
                             p->s + at);
#line 13805 "pcall.nw"
    return make_int(p, at, at, end, 10, neg);
}
#line 13836 "pcall.nw"
static pv *make_int(lit_parser *p, size_t at, size_t from,
                    size_t end, int base, int neg)
{
    uint64_t mag = 0, lim = (uint64_t)INT64_MAX + (neg ? 1 : 0);
    uint64_t b = (uint64_t)base, d;
    int shown = end - at > 40 ? 40 : (int)(end - at);

    for (size_t k = from; k < end; k++) {
        if ((d = (uint64_t)digit_value(byte_at(p, k))) >= b)
            continue;                   /* an underscore */
        if (mag > (lim - d) / b)
            return lit_error(p, at, "integer %s%.*s%s does not fit "
                             "in 64 bits", neg ? "-" : "", shown,
                             p->s + at, end - at > 40 ? "..." : "");
        mag = mag * b + d;
    }
    p->i = end;
    skip_space(p);
    if (!neg)
        return pv_int((int64_t)mag);
    return pv_int(mag > (uint64_t)INT64_MAX ? INT64_MIN
                                            : -(int64_t)mag);
}
#line 13873 "pcall.nw"
static pv *make_float(lit_parser *p, size_t at, size_t end, int neg)
{
    const char *point = localeconv()->decimal_point;
    size_t plen = strlen(point), n = 0;
    char *text = lit_realloc(NULL, end - at + plen + 1);
    double d;

    for (size_t k = at; k < end; k++) {
        char c = p->s[k];
        if (c == '.')
            memcpy(text + n, point, plen), n += plen;
        else if (c != '_')
            text[n++] = c;
    }
    text[n] = '\0';
    d = strtod(text, NULL);
    free(text);
    p->i = end;
    skip_space(p);
    return pv_float(neg ? -d : d);
}
#line 13944 "pcall.nw"
static int string_prefix(const lit_parser *p, size_t at, int *flags)
{
    int f = 0, k, c, bit;

    for (k = 0; k < 3; k++) {
        c = byte_at(p, at + (size_t)k);
        if (c == '\'' || c == '"')
            break;
        c |= 0x20;
        bit = c == 'r' ? PFX_RAW : c == 'b' ? PFX_BYTES
            : c == 'u' ? PFX_U : c == 'f' ? PFX_F : 0;
        if (bit == 0 || (f & bit) != 0)
            return -1;
        f |= bit;
    }
    if (k == 3 || ((f & PFX_U) && f != PFX_U)
        || ((f & PFX_BYTES) && (f & PFX_F)))
        return -1;
    *flags = f;
    return k;
}
#line 13972 "pcall.nw"
static pv *parse_strings(lit_parser *p)
{
    lit_buf b = { NULL, 0, 0 };
    int flags, kind = -1, len;
    pv_err e;
    pv *v = NULL;

    while ((len = string_prefix(p, p->i, &flags)) >= 0) {
        int bytes = (flags & PFX_BYTES) != 0;
        if (flags & PFX_F) {
            lit_error(p, p->i, "f-strings are not supported");
            goto out;
        }
        if (kind >= 0 && bytes != kind) {
            lit_error(p, p->i, "cannot mix str and bytes literals");
            goto out;
        }
        kind = bytes;
        if (scan_string(p, (size_t)len, flags, &b) < 0)
            goto out;
        skip_space(p);
    }
    
#line 14010 "pcall.nw"
if (kind == 1)
    v = pv_bytes(b.data ? b.data : "", b.len);
else if ((v = pv_strn(b.data ? b.data : "", b.len, &e)) == NULL)
    lit_error(p, p->i, "%s", e.msg);
#line 13995 "pcall.nw"
out:
    free(b.data);
    return v;
}
#line 14021 "pcall.nw"
static int scan_string(lit_parser *p, size_t plen, int flags,
                       lit_buf *b)
{
    size_t start = p->i, open = start + plen;
    int q = byte_at(p, open), c, rc;
    int triple = byte_at(p, open + 1) == q && byte_at(p, open + 2) == q;

    p->i = open + (triple ? 3 : 1);
    for (;;) {
        c = peek(p);
        if (c == q && (!triple || (byte_at(p, p->i + 1) == q
                                   && byte_at(p, p->i + 2) == q))) {
            p->i += triple ? 3 : 1;
            return 0;
        }
        if (c == 0 || (!triple && (c == '\n' || c == '\r')))
            return unclosed(p, start, q, triple);
        if (c == '\\')
            rc = flags & PFX_RAW ? raw_backslash(p, flags, b)
                                 : read_escape(p, flags, b);
        else
            rc = take_char(p, flags, b);
        if (rc < 0)
            return -1;
    }
}
#line 14060 "pcall.nw"
static int unclosed(lit_parser *p, size_t start, int q, int triple)
{
    char close[8], where[64], what[128];

    if (q == '\'')
        snprintf(close, sizeof close, "\"%s\"", triple ? "'''" : "'");
    else
        snprintf(close, sizeof close, "'%s'",
                 triple ? "\"\"\"" : "\"");
    locate(p, start, where, sizeof where);
    snprintf(what, sizeof what, "%s to close the string at %s",
             close, where);
    lit_expected_char(p, p->i, what);
    return -1;
}
#line 14082 "pcall.nw"
static int take_char(lit_parser *p, int flags, lit_buf *b)
{
    int c = peek(p);

    if (c == '\r') {
        lit_buf_add(b, '\n');
        p->i += byte_at(p, p->i + 1) == '\n' ? 2 : 1;
        return 0;
    }
    if (c >= 0x80 && (flags & PFX_BYTES)) {
        lit_expected_char(p, p->i, "ASCII characters in a bytes literal");
        return -1;
    }
    lit_buf_add(b, c);
    p->i++;
    return 0;
}

static int raw_backslash(lit_parser *p, int flags, lit_buf *b)
{
    lit_buf_add(b, '\\');
    p->i++;
    return p->i < p->n ? take_char(p, flags, b) : 0;
}
#line 14113 "pcall.nw"
static int read_escape(lit_parser *p, int flags, lit_buf *b)
{
    static const char from[] = "\\'\"abfnrtv";
    static const char to[] = "\\'\"\a\b\f\n\r\t\v";
    int bytes = flags & PFX_BYTES, c = byte_at(p, p->i + 1);
    const char *k = c != 0 ? strchr(from, c) : NULL;

    if (c == '\n' || c == '\r') {
        p->i += 2;
        if (c == '\r' && peek(p) == '\n')
            p->i++;
        return 0;
    }
    if (k != NULL) {
        lit_buf_add(b, to[k - from]);
        p->i += 2;
        return 0;
    }
    
#line 14136 "pcall.nw"
if (c >= '0' && c <= '7')
    return octal_escape(p, bytes, b);
if (c == 'x')
    return hex_escape(p, 2, bytes, b);
if (!bytes && (c == 'u' || c == 'U'))
    return hex_escape(p, c == 'u' ? 4 : 8, 0, b);
if (!bytes && c == 'N') {
    lit_error(p, p->i, "\\N{...} escapes are not supported");
    return -1;
}
lit_buf_add(b, '\\');               /* unknown: keep the backslash */
p->i++;
return 0;
#line 14132 "pcall.nw"
}
#line 14160 "pcall.nw"
static int octal_escape(lit_parser *p, int bytes, lit_buf *b)
{
    size_t at = p->i, k = at + 1;
    uint32_t v = 0;

    while (k < at + 4 && byte_at(p, k) >= '0' && byte_at(p, k) <= '7')
        v = v * 8 + (uint32_t)(byte_at(p, k++) - '0');
    if (bytes && v > 0xFF) {
        lit_error(p, at, "octal escape '%.*s' is beyond '\\377', the "
                  "largest byte", (int)(k - at), p->s + at);
        return -1;
    }
    if (bytes)
        lit_buf_add(b, (int)v);
    else
        put_utf8(b, v);
    p->i = k;
    return 0;
}
#line 14185 "pcall.nw"
static int hex_escape(lit_parser *p, int ndig, int bytes, lit_buf *b)
{
    size_t at = p->i, k = at + 2;
    uint32_t v = 0;
    char what[48];

    for (int j = 0; j < ndig; j++, k++) {
        int d = digit_value(byte_at(p, k));
        if (d >= 16) {
            snprintf(what, sizeof what, "%d hex digits after '\\%c'",
                     ndig, byte_at(p, at + 1));
            lit_expected_char(p, k, what);
            return -1;
        }
        v = v * 16 + (uint32_t)d;
    }
    
#line 14212 "pcall.nw"
if (v >= 0xD800 && v <= 0xDFFF) {
    lit_error(p, at, "'%.*s' is a surrogate, which a UTF-8 str cannot "
              "hold", ndig + 2, p->s + at);
    return -1;
}
if (v > 0x10FFFF) {
    lit_error(p, at, "'%.*s' is beyond '\\U0010ffff', the largest code "
              "point", ndig + 2, p->s + at);
    return -1;
}
#line 14202 "pcall.nw"
    if (bytes)
        lit_buf_add(b, (int)v);
    else
        put_utf8(b, v);
    p->i = k;
    return 0;
}
#line 14227 "pcall.nw"
static void put_utf8(lit_buf *b, uint32_t c)
{
    if (c < 0x80) {
        lit_buf_add(b, (int)c);
        return;
    }
    if (c < 0x800)
        lit_buf_add(b, (int)(0xC0 | (c >> 6)));
    else {
        if (c < 0x10000)
            lit_buf_add(b, (int)(0xE0 | (c >> 12)));
        else {
            lit_buf_add(b, (int)(0xF0 | (c >> 18)));
            lit_buf_add(b, (int)(0x80 | ((c >> 12) & 0x3F)));
        }
        lit_buf_add(b, (int)(0x80 | ((c >> 6) & 0x3F)));
    }
    lit_buf_add(b, (int)(0x80 | (c & 0x3F)));
}
#line 14254 "pcall.nw"
static pv *parse_top(lit_parser *p)
{
    pv *v, *l;

    skip_ws(p, 1);
    if ((v = parse_value(p, "a value")) == NULL)
        return NULL;
    if (peek(p) == ',') {
        
#line 14278 "pcall.nw"
l = pv_list_new();
pv_list_append(l, v);
while (peek(p) == ',') {
    p->i++;
    skip_space(p);
    if (at_line_end(p))
        break;
    if ((v = parse_value(p, "a value or end of input")) == NULL) {
        pv_free(l);
        return NULL;
    }
    pv_list_append(l, v);
}
v = list_to_tuple(l);
#line 14263 "pcall.nw"
    }
    if (!at_line_end(p)) {
        pv_free(v);
        return lit_expected(p, "',' or end of input");
    }
    skip_ws(p, 1);
    if (p->i < p->n) {
        pv_free(v);
        return lit_expected(p, "end of input");
    }
    return v;
}
#line 14300 "pcall.nw"
static _Noreturn void lit_misuse(const char *type, const char *msg)
{
    pv_error_raise(type, msg);          /* in a pcall child */
    fprintf(stderr, "%s\n", msg);
    abort();
}

pv *pv_parsen(const char *src, size_t n, pv_err *err)
{
    lit_parser p = { src, n, 0, 0, err };

    if (src == NULL)
        lit_misuse("TypeError", "pv_parsen: src is NULL");
    if (check_input(&p) < 0)
        return NULL;
    return parse_top(&p);
}

pv *pv_parse(const char *src, pv_err *err)
{
    if (src == NULL)
        lit_misuse("TypeError", "pv_parse: src is NULL");
    return pv_parsen(src, strlen(src), err);
}
#line 14333 "pcall.nw"
pv *pv_lit(const char *src)
{
    pv_err e;
    pv *v;

    if (src == NULL)
        lit_misuse("TypeError", "pv_lit: src is NULL");
    if ((v = pv_parse(src, &e)) == NULL) {
        char msg[1024];
        snprintf(msg, sizeof msg, "pv_lit: %s\n    in: %s", e.msg,
                 src);
        lit_misuse("ValueError", msg);
    }
    return v;
}
