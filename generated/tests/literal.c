#line 19536 "pcall.nw"
/* tests/literal.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 19553 "pcall.nw"
#include "literal.h"
#include <fcntl.h>
#include <sys/resource.h>
#line 19559 "pcall.nw"
static int lit_ok(const char *src, const char *want)
{
    pv_err e;
    pv *v = pv_parse(src, &e);
    char *r = v != NULL ? pv_repr(v) : NULL;
    int good = r != NULL && strcmp(r, want) == 0;

    if (!good)
        fprintf(stderr, "\n  pv_parse(\"%s\"): got %s, want %s\n",
                src, r != NULL ? r : e.msg, want);
    CU_ASSERT(good);
    free(r);
    pv_free(v);
    return good;
}

static int lit_bad(const char *src, const char *want)
{
    pv_err e;
    pv *v = pv_parse(src, &e);
    int good = v == NULL && strcmp(e.msg, want) == 0;

    if (!good)
        fprintf(stderr, "\n  pv_parse(\"%s\"): got %s, want %s\n",
                src, v != NULL ? "a value" : e.msg, want);
    CU_ASSERT(good);
    pv_free(v);
    return good;
}
#line 19591 "pcall.nw"
static void lit_table(const char *const (*t)[2], size_t n, int ok)
{
    for (size_t k = 0; k < n; k++)
        (ok ? lit_ok : lit_bad)(t[k][0], t[k][1]);
}
#define LIT_OK(t) lit_table((t), sizeof (t) / sizeof (t)[0], 1)
#define LIT_BAD(t) lit_table((t), sizeof (t) / sizeof (t)[0], 0)
#line 19606 "pcall.nw"
static const char *const lit_scalars[][2] = {
    {"None", "None"}, {"True", "True"}, {"False", "False"},
    {"  None  ", "None"}, {"\n\n1\n\n", "1"}, {"1 # one", "1"},
    {"# c\n2", "2"}, {"\t3", "3"},
    {"0", "0"}, {"00", "0"}, {"0_0", "0"}, {"-0", "0"}, {"7", "7"},
    {"1_000", "1000"}, {"1_000_000", "1000000"}, {"0x1F", "31"},
    {"0XfF", "255"}, {"0x_ff", "255"}, {"0o17", "15"},
    {"0O7_7", "63"}, {"0b101", "5"}, {"0B_1_0", "2"},
    {"+5", "5"}, {"-5", "-5"}, {"--1", "1"}, {"- - -1", "-1"},
    {"+-+3", "-3"}, {"-(1)", "-1"}, {"-(-(2))", "2"},
    {"9223372036854775807", "9223372036854775807"},
    {"-9223372036854775808", "-9223372036854775808"},
    {"(-9223372036854775808)", "-9223372036854775808"},
    {"-0x8000000000000000", "-9223372036854775808"},
    {"0x7fff_ffff_ffff_ffff", "9223372036854775807"},
    {"-(9223372036854775807)", "-9223372036854775807"},
};

static const char *const lit_floats[][2] = {
    {"1.5", "1.5"}, {"1.", "1.0"}, {".5", "0.5"},
    {"1e5", "100000.0"}, {"1E-5", "1e-05"}, {"1_0.5", "10.5"},
    {"1e16", "1e+16"}, {"1e15", "1000000000000000.0"},
    {"0.1", "0.1"}, {"-0.0", "-0.0"}, {"+.5e+1", "5.0"},
    {"1.e5", "100000.0"}, {"1e5_0", "1e+50"}, {"007.5", "7.5"},
    {"00e1", "0.0"}, {"0_7.5", "7.5"}, {"1e999", "inf"},
    {"-1e999", "-inf"}, {"1e-400", "0.0"}, {"-(1.5)", "-1.5"},
    {"123456789012345678901234567890.0", "1.2345678901234568e+29"},
    {"0.30000000000000004", "0.30000000000000004"},
    {"5e-324", "5e-324"}, {"1_000.000_5", "1000.0005"},
};

static void test_literal_numbers(void)
{
    LIT_OK(lit_scalars);
    LIT_OK(lit_floats);
}
#line 19654 "pcall.nw"
static const char *const lit_strings[][2] = {
    {"'abc'", "'abc'"}, {"\"abc\"", "'abc'"}, {"''", "''"},
    {"\"it's\"", "\"it's\""}, {"'say \"hi\"'", "'say \"hi\"'"},
    {"'a\\'b'", "\"a'b\""}, {"'\\\\'", "'\\\\'"},
    {"'\\a\\b\\f\\n\\r\\t\\v'", "'\\x07\\x08\\x0c\\n\\r\\t\\x0b'"},
    {"'\\0'", "'\\x00'"}, {"'\\101\\x41\\u0041\\U00000041'", "'AAAA'"},
    {"'\\u00e9'", "'\xc3\xa9'"}, {"'\\xe9'", "'\xc3\xa9'"},
    {"'\\777'", "'\xc7\xbf'"}, {"'\\d\\8'", "'\\\\d\\\\8'"},
    {"'a\\\nb'", "'ab'"}, {"'''a\nb'''", "'a\\nb'"},
    {"\"\"\"x\"y\"\"\"", "'x\"y'"}, {"'''a\r\nb\rc'''", "'a\\nb\\nc'"},
    {"r'\\n'", "'\\\\n'"}, {"R'\\''", "\"\\\\'\""},
    {"r'a\\\nb'", "'a\\\\\\nb'"}, {"u'x'", "'x'"}, {"U\"x\"", "'x'"},
    {"'\xc3\xa9'", "'\xc3\xa9'"}, {"'\\U0001F600'", "'\xf0\x9f\x98\x80'"},
    {"'\t'", "'\\t'"}, {"'\\x7f'", "'\\x7f'"}, {"''''''", "''"},
    {"'''a'b'''", "\"a'b\""}, {"'\\\r\nx'", "'x'"},
};

static const char *const lit_bytes[][2] = {
    {"b'abc'", "b'abc'"}, {"B'\\x00\\xff'", "b'\\x00\\xff'"},
    {"b'\\u0041'", "b'\\\\u0041'"}, {"b'\\N{x}'", "b'\\\\N{x}'"},
    {"b'\\101\\377'", "b'A\\xff'"}, {"rb'\\x'", "b'\\\\x'"},
    {"Br'a'", "b'a'"}, {"bR'a'", "b'a'"}, {"b''", "b''"},
    {"'a' \"b\"", "'ab'"}, {"('a'\n 'b')", "'ab'"},
    {"b'a' b'b'", "b'ab'"}, {"'a' r'\\n' '''c'''", "'a\\\\nc'"},
    {"['a' 'b', 'c']", "['ab', 'c']"}, {"'a' # c\n", "'a'"},
};

static void test_literal_strings(void)
{
    LIT_OK(lit_strings);
    LIT_OK(lit_bytes);
}
#line 19698 "pcall.nw"
static const char *const lit_containers[][2] = {
    {"()", "()"}, {"(1,)", "(1,)"}, {"(1)", "1"}, {"((1))", "1"},
    {"(1, 2)", "(1, 2)"}, {"(1, 2,)", "(1, 2)"}, {"[]", "[]"},
    {"[1,]", "[1]"}, {"{}", "{}"}, {"{'a': 1,}", "{'a': 1}"},
    {"1, 2", "(1, 2)"}, {"1,", "(1,)"}, {"1, \\\n 2", "(1, 2)"},
    {"-1, -2.5", "(-1, -2.5)"},
    {"((1, 2, 3), {'a': 1})", "((1, 2, 3), {'a': 1})"},
    {"{'a': 1, 'b': [4.5, None, True]}",
     "{'a': 1, 'b': [4.5, None, True]}"},
    {"[\n  1,\n  2,  # two\n]", "[1, 2]"},
    {"( ( ) , [ ] , { } )", "((), [], {})"},
    {"{(1, 2): 'x', 3.5: b'y', None: 0}",
     "{(1, 2): 'x', 3.5: b'y', None: 0}"},
    {"[[[]]]", "[[[]]]"}, {"{'a': {'b': {'c': ()}}}",
                          "{'a': {'b': {'c': ()}}}"},
    {"(\r\n1,\r\n)", "(1,)"}, {"[1,\\\n2]", "[1, 2]"},
    {"[1,\\\r\n2]", "[1, 2]"},
    {"{1: 'a', 2: 'b', 1: 'c'}", "{1: 'c', 2: 'b'}"},
    {"{1: 2, 1.0: 3, True: 4}", "{1: 4}"},
    {"{'b': 1, 'a': 2, 'b': 3}", "{'b': 3, 'a': 2}"},
    {"{(1, 2): 0, (1, 2): 1}", "{(1, 2): 1}"},
    {"{False: 1, 0: 2, 0.0: 3}", "{False: 3}"},
};

static void test_literal_containers(void)
{
    LIT_OK(lit_containers);
}
#line 19738 "pcall.nw"
static const char *const lit_syntax_errors[][2] = {
    {"(1, 2 x)", "column 7: expected ',' or ')', found 'x'"},
    {"", "column 1: unexpected end of input, expected a value"},
    {"   ", "column 4: unexpected end of input, expected a value"},
    {"[1, 2", "column 6: unexpected end of input, expected ',' or ']'"},
    {"[1,", "column 4: unexpected end of input, expected a value or ']'"},
    {"[,]", "column 2: expected a value or ']', found ','"},
    {"[1 2]", "column 4: expected ',' or ']', found '2'"},
    {"[1,,2]", "column 4: expected a value or ']', found ','"},
    {"[1, 2)", "column 6: expected ',' or ']', found ')'"},
    {"(1, 2]", "column 6: expected ',' or ')', found ']'"},
    {"(1,\n 2", "line 2, column 3: unexpected end of input, expected "
     "',' or ')'"},
    {"{1: 2", "column 6: unexpected end of input, expected ',' or '}'"},
    {"{1 2}", "column 4: expected ':', found '2'"},
    {"{1: }", "column 5: expected a value, found '}'"},
    {"{1: 2, 3}", "column 9: expected ':', found '}'"},
    {"{'a': 1, **x}", "column 10: expected a key or '}', found '*'"},
    {"[1] [2]", "column 5: expected ',' or end of input, found '['"},
    {"1\n2", "line 2, column 1: expected end of input, found '2'"},
    {"'a'\n'b'", "line 2, column 1: expected end of input, found a "
     "string"},
    {"[1,\n 2,\n x]", "line 3, column 2: expected a value or ']', "
     "found 'x'"},
    {"[1,\r\n x]", "line 2, column 2: expected a value or ']', "
     "found 'x'"},
    {"[1,\r 2,\r\n\r\n x]", "line 4, column 2: expected a value or "
     "']', found 'x'"},
    {"[1 abcdefghijklmnopqrstuvwxyz]", "column 4: expected ',' or ']', "
     "found 'abcdefghijklmnopqrstuvwx...'"},
    {")", "column 1: expected a value, found ')'"},
    {"1 + 2", "column 3: expected ',' or end of input, found '+'"},
    {"1.2.3", "column 4: expected ',' or end of input, found '.3'"},
    {"x", "column 1: expected a value, found 'x'"},
    {"inf", "column 1: expected a value, found 'inf'"},
    {"none", "column 1: expected a value, found 'none'"},
    {"-inf", "column 2: expected a number, found 'inf'"},
    {"-", "column 2: unexpected end of input, expected a number"},
    {"\\", "column 1: expected a value, found '\\'"},
    {"\x01", "column 1: expected a value, found control character "
     "0x01"},
    {"\xc3\xa9", "column 1: expected a value, found '\xc3\xa9' "
     "(U+00E9)"},
    {"'\xc3\xa9' x", "column 5: expected ',' or end of input, found "
     "'x'"},
};
#line 19787 "pcall.nw"
static const char *const lit_rule_errors[][2] = {
    {"{1, 2}", "column 1: sets are not supported (a {...} display "
     "without ':' is a set)"},
    {"[{1}]", "column 2: sets are not supported (a {...} display "
     "without ':' is a set)"},
    {"-'a'", "column 2: expected a number after unary '-', found a "
     "value of type 'str'"},
    {"-None", "column 2: expected a number after unary '-', found a "
     "value of type 'NoneType'"},
    {"+True", "column 2: expected a number after unary '+', found a "
     "value of type 'bool'"},
    {"-[1]", "column 2: expected a number after unary '-', found a "
     "value of type 'list'"},
    {"007", "column 1: leading zeros are not permitted in the decimal "
     "integer '007'; use an 0o prefix for octal"},
    {"0_7", "column 1: leading zeros are not permitted in the decimal "
     "integer '0_7'; use an 0o prefix for octal"},
    {"1__0", "column 1: invalid decimal literal '1__0'"},
    {"1_", "column 1: invalid decimal literal '1_'"},
    {"1_.5", "column 1: invalid decimal literal '1_.5'"},
    {"1._5", "column 1: invalid decimal literal '1._5'"},
    {"1e", "column 1: invalid decimal literal '1e'"},
    {"1e+", "column 1: invalid decimal literal '1e'"},
    {"1abc", "column 1: invalid decimal literal '1abc'"},
    {"0x", "column 1: invalid hexadecimal literal '0x'"},
    {"0x_", "column 1: invalid hexadecimal literal '0x_'"},
    {"0xg", "column 1: invalid hexadecimal literal '0xg'"},
    {"0x1__2", "column 1: invalid hexadecimal literal '0x1__2'"},
    {"0b2", "column 1: invalid binary literal '0b2'"},
    {"0o8", "column 1: invalid octal literal '0o8'"},
    {"1j", "column 1: complex numbers are not supported"},
    {"[1.5J]", "column 2: complex numbers are not supported"},
};
#line 19823 "pcall.nw"
static const char *const lit_range_errors[][2] = {
    {"9223372036854775808", "column 1: integer 9223372036854775808 "
     "does not fit in 64 bits"},
    {"-9223372036854775809", "column 2: integer -9223372036854775809 "
     "does not fit in 64 bits"},
    {"0x1_0000_0000_0000_0000", "column 1: integer "
     "0x1_0000_0000_0000_0000 does not fit in 64 bits"},
    {"-(-9223372036854775808)", "column 2: integer "
     "9223372036854775808 does not fit in 64 bits"},
    {"(9223372036854775808)", "column 2: integer "
     "9223372036854775808 does not fit in 64 bits"},
    {"123456789012345678901234567890123456789012345", "column 1: "
     "integer 1234567890123456789012345678901234567890... does not "
     "fit in 64 bits"},
    {"{[1]: 2}", "column 2: unhashable type: 'list'"},
    {"{(1, [2]): 3}", "column 2: unhashable type: 'list'"},
};
#line 19843 "pcall.nw"
static const char *const lit_string_errors[][2] = {
    {"'abc", "column 5: unexpected end of input, expected \"'\" to "
     "close the string at column 1"},
    {"\"abc", "column 5: unexpected end of input, expected '\"' to "
     "close the string at column 1"},
    {"'''abc''", "column 9: unexpected end of input, expected \"'''\" "
     "to close the string at column 1"},
    {"[r'\\']", "column 7: unexpected end of input, expected \"'\" to "
     "close the string at column 2"},
    {"'ab\ncd'", "line 1, column 4: expected \"'\" to close the string "
     "at line 1, column 1, found end of line"},
    {"'\\x4'", "column 5: expected 2 hex digits after '\\x', found "
     "\"'\""},
    {"'\\u12g4'", "column 6: expected 4 hex digits after '\\u', found "
     "'g'"},
    {"'\\U0011ffff'", "column 2: '\\U0011ffff' is beyond '\\U0010ffff',"
     " the largest code point"},
    {"'\\ud800'", "column 2: '\\ud800' is a surrogate, which a UTF-8 "
     "str cannot hold"},
    {"'\\N{DIGIT ONE}'", "column 2: \\N{...} escapes are not "
     "supported"},
    {"b'\\777'", "column 3: octal escape '\\777' is beyond '\\377', "
     "the largest byte"},
    {"b'\xc3\xa9'", "column 3: expected ASCII characters in a bytes "
     "literal, found '\xc3\xa9' (U+00E9)"},
    {"'a' b'b'", "column 5: cannot mix str and bytes literals"},
    {"b'a' 'b'", "column 6: cannot mix str and bytes literals"},
    {"f'x'", "column 1: f-strings are not supported"},
    {"[1, Rf'x']", "column 5: f-strings are not supported"},
    {"ur'x'", "column 1: expected a value, found 'ur'"},
};
#line 19879 "pcall.nw"
static const char *const lit_input_errors[][2] = {
    {"\xff", "column 1: invalid UTF-8 (byte 0xff)"},
    {"'\xc3\xa9\xe9'", "column 3: invalid UTF-8 (byte 0xe9)"},
    {"'\xed\xa0\x80'", "column 2: invalid UTF-8 (byte 0xed)"},
    {"\xc0\x80", "column 1: invalid UTF-8 (byte 0xc0)"},
    {"'\xf4\x90\x80\x80'", "column 2: invalid UTF-8 (byte 0xf4)"},
    {"[1,\n 2] # \xc3\xa9 \xff", "line 2, column 9: invalid UTF-8 "
     "(byte 0xff)"},
};

static void test_literal_errors(void)
{
    pv_err e;

    LIT_BAD(lit_syntax_errors);
    LIT_BAD(lit_rule_errors);
    LIT_BAD(lit_range_errors);
    LIT_BAD(lit_string_errors);
    LIT_BAD(lit_input_errors);
    CU_ASSERT_PTR_NULL(pv_parsen("[1, \0]", 6, &e));
    CU_ASSERT_STRING_EQUAL(e.msg, "column 5: the input contains a NUL "
                           "byte");
    CU_ASSERT_PTR_NULL(pv_parse("[1", NULL));    /* err may be NULL */
}
#line 19913 "pcall.nw"
static void test_literal_parsen(void)
{
    pv_err e;
    pv *v = pv_parsen("[1, 2]garbage", 6, &e);
    char *r = v != NULL ? pv_repr(v) : NULL;

    CU_ASSERT_STRING_EQUAL(r != NULL ? r : e.msg, "[1, 2]");
    free(r);
    pv_free(v);
    v = pv_parsen("12345", 2, &e);
    CU_ASSERT(v != NULL && pv_as_int(v) == 12);
    pv_free(v);
    CU_ASSERT_PTR_NULL(pv_parsen("'abc'", 4, &e));
    CU_ASSERT_STRING_EQUAL(e.msg, "column 5: unexpected end of input, "
                           "expected \"'\" to close the string at "
                           "column 1");
}
#line 19941 "pcall.nw"
static char *lit_nest(const char *open, size_t n, const char *mid,
                      const char *close)
{
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = malloc(n * (lo + lc) + lm + 1), *q = s;

    CU_ASSERT_FATAL(s != NULL);
    for (size_t k = 0; k < n; k++, q += lo)
        memcpy(q, open, lo);
    memcpy(q, mid, lm);
    q += lm;
    for (size_t k = 0; k < n; k++, q += lc)
        memcpy(q, close, lc);
    *q = '\0';
    return s;
}
#line 19960 "pcall.nw"
static void lit_nest_ok(const char *open, size_t n, const char *mid,
                        const char *close, const char *want)
{
    char *s = lit_nest(open, n, mid, close);

    lit_ok(s, want != NULL ? want : s);
    free(s);
}

static void lit_nest_bad(const char *open, size_t n, const char *mid,
                         const char *close, const char *want)
{
    char *s = lit_nest(open, n, mid, close);

    lit_bad(s, want);
    free(s);
}
#line 19980 "pcall.nw"
static void test_literal_depth(void)
{
    const char *deep201 = "column 201: brackets nested deeper than "
                          "200 levels";

    lit_nest_ok("[", 200, "", "]", NULL);
    lit_nest_ok("(", 200, "1", ",)", NULL);
    lit_nest_ok("(", 200, "1,", ")", "(1,)");
    lit_nest_ok("(", 200, "-1", ")", "-1");
    lit_nest_ok("-(", 150, "1", ")", "1");
    lit_nest_ok("-", 100001, "1", "", "-1");
    lit_nest_bad("[", 201, "", "]", deep201);
    lit_nest_bad("(", 201, "1", ")", deep201);
    lit_nest_bad("[", 100000, "", "", deep201);
    lit_nest_bad("{1: ", 201, "2", "}",
                 "column 801: brackets nested deeper than 200 levels");
    lit_nest_bad("{'a': ", 100000, "", "",
                 "column 1201: brackets nested deeper than 200 "
                 "levels");
}
#line 20012 "pcall.nw"
static const char *const lit_valid[] = {
    "((1, 2, 3), {'a': 1})",
    "{'a': 1, 'b': [4.5, None, True]}",
    "[b'x\\x00', r'\\d', '''a\nb''', \"c\\u00e9\\U0001F600\"]",
    "-9223372036854775808", "0x_ff", "1_000.5e-3, -.5E+3",
    "('a' 'b', u'\\u00e9', (1,), ())", "[\n 1,  # c\n 2,\n]",
    "{(1, 2): {3: [4, (5,)]}, None: False}", "1, 2.5, 'x',",
    "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'",
};

static int lit_clean_error(const pv_err *e)
{
    return (strncmp(e->msg, "column ", 7) == 0
            || strncmp(e->msg, "line ", 5) == 0)
           && strchr(e->msg, '\n') == NULL
           && strlen(e->msg) < PV_ERRMAX - 1;
}
#line 20032 "pcall.nw"
static void test_literal_truncated(void)
{
    size_t nv = sizeof lit_valid / sizeof lit_valid[0];

    for (size_t j = 0; j < nv; j++) {
        const char *s = lit_valid[j];
        for (size_t k = 0; k <= strlen(s); k++) {
            pv_err e;
            pv *v = pv_parsen(s, k, &e);
            if (v == NULL && !lit_clean_error(&e))
                fprintf(stderr, "\n  prefix %zu of %s: %s\n", k, s,
                        e.msg);
            CU_ASSERT(v != NULL || lit_clean_error(&e));
            CU_ASSERT(k < strlen(s) || v != NULL);
            pv_free(v);
        }
    }
    lit_bad("((1, 2, 3), {'a': 1}", "column 21: unexpected end of "
            "input, expected ',' or ')'");
    lit_bad("{'a': 1, 'b': [4.5, None, Tr", "column 27: expected a "
            "value or ']', found 'Tr'");
    lit_bad("[b'x\\x", "column 7: unexpected end of input, expected "
            "2 hex digits after '\\x'");
}
#line 20072 "pcall.nw"
static uint64_t lit_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void lit_garbage(uint64_t *seed, char *src, size_t *len)
{
    static const char alpha[] = "()[]{},:'\"\\ \n\t#-+._0123456789"
                                "xobeEjJrRbBuUfNTF\xc3\xa9";
    size_t n = lit_rand(seed) % 40;

    for (size_t k = 0; k < n; k++)
        src[k] = lit_rand(seed) % 16 == 0
                 ? (char)(lit_rand(seed) & 0xFF)
                 : alpha[lit_rand(seed) % (sizeof alpha - 1)];
    *len = n;
}
#line 20095 "pcall.nw"
static void lit_mutate(uint64_t *seed, char *src, size_t *len)
{
    size_t nv = sizeof lit_valid / sizeof lit_valid[0];
    const char *s = lit_valid[lit_rand(seed) % nv];
    size_t n = strlen(s), at = lit_rand(seed) % (n + 1);
    char c = (char)(lit_rand(seed) & 0xFF);

    memcpy(src, s, n);
    switch (lit_rand(seed) % 3) {
    case 0:                                     /* replace */
        if (at < n)
            src[at] = c;
        break;
    case 1:                                     /* insert */
        memmove(src + at + 1, src + at, n - at);
        src[at] = c;
        n++;
        break;
    default:                                    /* delete */
        if (at < n)
            memmove(src + at, src + at + 1, n - at - 1), n--;
    }
    *len = n;
}
#line 20122 "pcall.nw"
static void lit_check_any(const char *src, size_t len)
{
    pv_err e;
    pv *v = pv_parsen(src, len, &e), *w;
    char *r, *r2;

    if (v == NULL) {
        CU_ASSERT(lit_clean_error(&e));
        return;
    }
    r = pv_repr(v);
    if (strstr(r, "inf") == NULL) {     /* inf has no literal */
        w = pv_parse(r, &e);
        r2 = w != NULL ? pv_repr(w) : NULL;
        if (r2 == NULL || strcmp(r, r2) != 0)
            fprintf(stderr, "\n  %s reparsed: %s\n", r,
                    r2 != NULL ? r2 : e.msg);
        CU_ASSERT(r2 != NULL && strcmp(r, r2) == 0);
        free(r2);
        pv_free(w);
    }
    free(r);
    pv_free(v);
}
#line 20149 "pcall.nw"
static void test_literal_garbage(void)
{
    uint64_t seed = 0x9E3779B97F4A7C15u;
    char src[256];
    size_t len;

    for (int k = 0; k < 3000; k++) {
        lit_garbage(&seed, src, &len);
        lit_check_any(src, len);
    }
    for (int k = 0; k < 3000; k++) {
        lit_mutate(&seed, src, &len);
        lit_check_any(src, len);
    }
}
#line 20179 "pcall.nw"
static void lit_put_utf8(char *s, size_t *n, uint32_t c)
{
    if (c < 0x80)
        s[(*n)++] = (char)c;
    else if (c < 0x800) {
        s[(*n)++] = (char)(0xC0 | (c >> 6));
        s[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s[(*n)++] = (char)(0xE0 | (c >> 12));
        s[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        s[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else {
        s[(*n)++] = (char)(0xF0 | (c >> 18));
        s[(*n)++] = (char)(0x80 | ((c >> 12) & 0x3F));
        s[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        s[(*n)++] = (char)(0x80 | (c & 0x3F));
    }
}
#line 20200 "pcall.nw"
static pv *lit_rand_str(uint64_t *seed)
{
    static const uint32_t top[] = { 0x80, 0x100, 0x800, 0x10000,
                                    0x110000 };
    char s[8 * 4];
    size_t n = 0, len = lit_rand(seed) % 8;
    pv_err e;

    for (size_t k = 0; k < len; k++) {
        uint32_t c = (uint32_t)(lit_rand(seed) % top[lit_rand(seed)
                                                     % 5]);
        if (c >= 0xD800 && c <= 0xDFFF)
            c = '?';
        lit_put_utf8(s, &n, c);
    }
    return pv_strn(s, n, &e);
}
#line 20220 "pcall.nw"
static pv *lit_rand_scalar(uint64_t *seed)
{
    uint64_t r = lit_rand(seed);
    unsigned char b[8];
    double d;

    switch (lit_rand(seed) % 6) {
    case 0:
        return r % 2 ? pv_none() : pv_bool((int)(r / 2 % 2));
    case 1:
        return pv_int((int64_t)r >> (r % 64));
    case 2:
        memcpy(&d, &r, sizeof d);
        return pv_float(d - d == 0 ? d : 1.5);   /* no inf, no NaN */
    case 3:
        for (size_t k = 0; k < sizeof b; k++)
            b[k] = (unsigned char)lit_rand(seed);
        return pv_bytes(b, r % (sizeof b + 1));
    default:
        return lit_rand_str(seed);
    }
}
#line 20245 "pcall.nw"
static pv *lit_rand_value(uint64_t *seed, int depth)
{
    size_t n = lit_rand(seed) % 4;
    pv *v;

    switch (depth > 0 ? lit_rand(seed) % 5 : 0) {
    case 0: case 1:
        return lit_rand_scalar(seed);
    case 2:
        v = pv_tuple_new(n);
        for (size_t k = 0; k < n; k++)
            pv_tuple_set(v, k, lit_rand_value(seed, depth - 1));
        return v;
    case 3:
        v = pv_list_new();
        for (size_t k = 0; k < n; k++)
            pv_list_append(v, lit_rand_value(seed, depth - 1));
        return v;
    default:
        v = pv_dict_new();
        for (size_t k = 0; k < n; k++)
            pv_dict_set(v, lit_rand(seed) % 2 ? lit_rand_str(seed)
                        : pv_int((int64_t)lit_rand(seed)),
                        lit_rand_value(seed, depth - 1), NULL);
        return v;
    }
}
#line 20275 "pcall.nw"
static void test_literal_roundtrip(void)
{
    uint64_t seed = 42;

    for (int k = 0; k < 2000; k++) {
        pv *v = lit_rand_value(&seed, 4);
        char *r = pv_repr(v);

        lit_ok(r, r);
        free(r);
        pv_free(v);
    }
}
#line 20299 "pcall.nw"
static void test_literal_lit(void)
{
    pv *v = pv_lit("[1, (2, 3)]");
    char *r = pv_repr(v);
    int status = 0;
    pid_t pid;

    CU_ASSERT_STRING_EQUAL(r, "[1, (2, 3)]");
    free(r);
    pv_free(v);
    fflush(NULL);
    pid = fork();
    if (pid == 0) {
        struct rlimit no = { 0, 0 };
        int fd = open("/dev/null", O_WRONLY);
        setrlimit(RLIMIT_CORE, &no);
        if (fd >= 0)
            dup2(fd, 2);
        pv_lit("[1,");
        _exit(0);
    }
    CU_ASSERT_FATAL(pid > 0);
    CU_ASSERT(waitpid(pid, &status, 0) == pid);
    CU_ASSERT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
}
#line 20346 "pcall.nw"
static const char *const lit_oracle[] = {
    "None", "True", "False", "0", "00", "0_0", "7", "-7", "+7",
    "1_000", "0x1F", "0XfF", "0x_ff", "0o17", "0O7_7", "0b101",
    "0B_1_0", "9223372036854775807", "-9223372036854775808", "-(1)",
    "(-5)", "1.5", "1.", "-1.", "+.5", ".5", "1e5", "1E-5", "1_0.5",
    "1e16", "1e15", "0.1", "-0.0", "1.e5", "1e5_0", "007.5", "00e1",
    "0_7.5", "1e999", "-1e999", "1e-400", "0.30000000000000004",
    "123456789012345678901234567890.0", "2.2250738585072014e-308",
    "5e-324", "1.7976931348623157e308", "1e22", "1e23",
    "123456.789e3", "3.141592653589793", "1/3",
    
#line 20363 "pcall.nw"
"'abc'", "\"abc\"", "''", "\"it's\"", "'say \"hi\"'", "'a\\'b'",
"'both \\' and \"'", "'\\\\'", "'\\a\\b\\f\\n\\r\\t\\v'", "'\\0'",
"'\\101\\x41\\u0041\\U00000041'", "'\\u00e9'", "'\\xe9'",
"'a\\\nb'", "'''a\nb'''", "\"\"\"x\"y\"\"\"", "r'\\n'", "R'\\''",
"u'x'", "U\"x\"", "b'abc'", "B'\\x00\\xff'", "b'\\101\\377'",
"rb'\\x'", "Br'a'", "bR'a'", "'a' \"b\"", "('a'\n 'b')",
"b'a' b'b'", "'a' r'\\n' '''c'''", "'\xc3\xa9'", "'\\U0001F600'",
"'\xf0\x9f\x98\x80'", "'\\x7f'", "'\\t'", "'\t'",
"'\\x00\\x1f\\x80\\xa0\\xad'", "'\\u2028\\u0085'", "'\\ufeff'",
"b'\\x80'", "b\"'\"", "b'\"'", "b'\\''", "'\\''", "\"\\\"\"",
"'\xe6\x97\xa5\xe6\x9c\xac'", "'\\u0300'", "'\\U000e0001'",
"'\\ud7ff'", "'\\ue000'", "'\\uffff'", "'\\U0010ffff'", "''''''",
"\"\"\"\"\"\"", "'''a'b'''", "'''a''b'''", "'''\r\n'''",
#line 20357 "pcall.nw"
    
#line 20379 "pcall.nw"
"()", "(1,)", "(1)", "((1))", "(1, 2)", "(1, 2,)", "[]", "[1,]",
"{}", "{'a': 1,}", "1, 2", "1,", "((1, 2, 3), {'a': 1})",
"{'a': 1, 'b': [4.5, None, True]}", "[\n  1,\n  2,  # two\n]",
"( ( ) , [ ] , { } )", "{(1, 2): 'x', 3.5: b'y', None: 0}",
"[[[]]]", "{'a': {'b': {'c': ()}}}", "1, \\\n 2", "-1, -2.5",
"{1: 'a', 2: 'b', 1: 'c'}", "{1: 2, 1.0: 3, True: 4}",
"{'b': 1, 'a': 2, 'b': 3}", "{(1, 2): 0, (1, 2): 1}",
"{False: 1, 0: 2, 0.0: 3}", "[(), ((),), [[]], {}]",
"{'x': (1,), 'y': [2, 3], 'z': {'w': b''}}", "(((1, 2),),)",
"[1, 2, 3,]", "{1.5: 2, -0.0: 3, 0: 4}", "{None: None}",
"[True, False, None]", "[-1, +2, -3.5, +4e1]", "{'k': -(1)}",
"(\n)", "[\n]", "{\n}", "  1", "\t1", "1 # comment",
"(1 # c\n, 2)",
#line 20358 "pcall.nw"
    
#line 20395 "pcall.nw"
"", " ", "[", "]", "(1 2)", "[1,,2]", "{1: }", "'abc", "inf",
"nan", "1.2.3", "'\\x4'", "x", "{'a' 1}", "-'a'", "- None",
"-True", "f'x'", "'a' b'b'", "\"\"\"abc\"\"", "1 + 2",
"True False", "007", "1__0", "1_", "0x", "0b2", "1._5", "1e",
"'\\U00110000'", "1\n2", "'a'\n'b'", "[1] [2]", "{**{}}",
"{'a': 1, **x}", "(1)(2)", "[1][0]", "None.x", "1 if 1 else 2",
"lambda: 1", "[x for x in ()]", "{[1]: 2}", "{(1, [2]): 3}",
"1;2", "@", "$", "?", "'\\N{BOGUS NAME}'", "r'\\'", "b'\xc3\xa9'",
"ur'x'", "rr'x'", "bu'x'", "\\", "-", "--", "+", "(,)", "{,}",
"[,]", "(1,,)", "1,,", ",", "{1: 2, 3}", "{1:2:3}", "0o8", "0b",
"1__0.5", "1_e5", "1e_5", "'\\u12'", "b'a' 'b'", "[1,\n 2,\n x]",
#line 20359 "pcall.nw"
};
#line 20409 "pcall.nw"
static const char lit_oracle_py[] =
    "import ast, sys\n"
    "data = open(sys.argv[1], \"rb\").read()\n"
    "for s in data.split(b\"\\0\")[:-1]:\n"
    "    try:\n"
    "        r = \"OK \" + repr(ast.literal_eval(s.decode()))\n"
    "    except Exception:\n"
    "        r = \"ERR\"\n"
    "    sys.stdout.buffer.write(r.encode() + b\"\\n\")\n";

/* Write the literals, NUL-separated, to a new temporary file. */
static int lit_oracle_file(char *path, size_t size)
{
    const char *dir = getenv("TMPDIR");
    size_t n = sizeof lit_oracle / sizeof lit_oracle[0];
    FILE *f;
    int fd;

    snprintf(path, size, "%s/oracle.XXXXXX", dir ? dir : "/tmp");
    if ((fd = mkstemp(path)) < 0 || (f = fdopen(fd, "w")) == NULL)
        return -1;
    for (size_t k = 0; k < n; k++)
        fwrite(lit_oracle[k], 1, strlen(lit_oracle[k]) + 1, f);
    return fclose(f);
}
#line 20437 "pcall.nw"
/* Compare our answer for s with Python's line "OK repr" or "ERR". */
static void lit_oracle_check(const char *s, const char *py)
{
    pv_err e;
    pv *v = pv_parse(s, &e);
    char *r = v != NULL ? pv_repr(v) : NULL;
    int good = strcmp(py, "ERR") == 0
               ? v == NULL
               : r != NULL && strncmp(py, "OK ", 3) == 0
                 && strcmp(py + 3, r) == 0;

    if (!good)
        fprintf(stderr, "\n  oracle: %s: python says %s, we say %s\n",
                s, py, r != NULL ? r : e.msg);
    CU_ASSERT(good);
    free(r);
    pv_free(v);
}
#line 20458 "pcall.nw"
static void test_literal_oracle(void)
{
    size_t n = sizeof lit_oracle / sizeof lit_oracle[0], k = 0;
    char path[256], cmd[1024], *line = NULL;
    size_t cap = 0;
    ssize_t got;
    FILE *py;

    CU_ASSERT_FATAL(lit_oracle_file(path, sizeof path) == 0);
    snprintf(cmd, sizeof cmd, "python3 -W ignore -c '%s' '%s' "
             "2>/dev/null", lit_oracle_py, path);
    fflush(NULL);
    py = popen(cmd, "r");
    CU_ASSERT_FATAL(py != NULL);
    while (k < n && (got = getline(&line, &cap, py)) > 0) {
        if (line[got - 1] == '\n')
            line[got - 1] = '\0';
        lit_oracle_check(lit_oracle[k++], line);
    }
    free(line);
    
#line 20483 "pcall.nw"
int status = pclose(py);
unlink(path);
if (k == 0 && status != 0) {
    printf("skipped: no python3 ");
    return;
}
CU_ASSERT(k == n);
CU_ASSERT(status == 0);
#line 20479 "pcall.nw"
}

#line 19542 "pcall.nw"
void register_literal_tests(void)
{
    
#line 19645 "pcall.nw"
TEST("literal", test_literal_numbers);
#line 19689 "pcall.nw"
TEST("literal", test_literal_strings);
#line 19729 "pcall.nw"
TEST("literal", test_literal_containers);
#line 19906 "pcall.nw"
TEST("literal", test_literal_errors);
#line 19933 "pcall.nw"
TEST("literal", test_literal_parsen);
#line 20003 "pcall.nw"
TEST("literal", test_literal_depth);
#line 20059 "pcall.nw"
TEST("literal", test_literal_truncated);
#line 20167 "pcall.nw"
TEST("literal", test_literal_garbage);
#line 20291 "pcall.nw"
TEST("literal", test_literal_roundtrip);
#line 20327 "pcall.nw"
TEST("literal", test_literal_lit);
#line 20494 "pcall.nw"
TEST("literal", test_literal_oracle);
#line 19545 "pcall.nw"
}
