#line 20505 "pcall.nw"
/* tests/pickle.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 20521 "pcall.nw"
#include <math.h>
#include "literal.h"
#include "pickle.h"
#line 20532 "pcall.nw"
static unsigned char *pk_dumps(const pv *v, size_t *len)
{
    unsigned char *b = NULL;
    pv_err e;
    if (pv_pickle(v, &b, len, &e) < 0) {
        CU_FAIL(e.msg);
        *len = 0;
    }
    return b;
}

static const char *pk_error(const void *p, size_t n)
{
    static pv_err e;
    pv *v = pv_unpickle(p, n, &e);
    if (v == NULL)
        return e.msg;
    pv_free(v);
    return "(no error)";
}
#line 20555 "pcall.nw"
static char *pk_loads(const void *p, size_t n)
{
    pv_err e;
    pv *v = pv_unpickle(p, n, &e);
    char *r;
    if (v != NULL) {
        r = pv_repr(v);
        pv_free(v);
        return r;
    }
    r = malloc(strlen(e.msg) + 7);
    sprintf(r, "ERROR %s", e.msg);
    return r;
}
#line 20575 "pcall.nw"
struct pk_case {
    const char *data;
    size_t len;
    const char *want;
};
#define PK(s, want) { s, sizeof s - 1, want }

static void pk_check(const struct pk_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *got = pk_loads(c[i].data, c[i].len);
        if (strcmp(got, c[i].want) != 0)
            fprintf(stderr, "\ncase %zu: want %s\n         got  %s\n",
                    i, c[i].want, got);
        CU_ASSERT_STRING_EQUAL(got, c[i].want);
        free(got);
    }
}
#line 20606 "pcall.nw"
static const struct pk_case pk_exact[] = {
    PK("\x80\x04N.", "None"),
    PK("\x80\x04\x88.", "True"),
    PK("\x80\x04\x89.", "False"),
    PK("\x80\x04K\xff.", "255"),
    PK("\x80\x04\x95\x04\0\0\0\0\0\0\0M\x00\x01.", "256"),
    PK("\x80\x04\x95\x06\0\0\0\0\0\0\0J\x00\x00\x01\x00.", "65536"),
    PK("\x80\x04\x95\x06\0\0\0\0\0\0\0J\xff\xff\xff\xff.", "-1"),
    PK("\x80\x04\x95\x08\0\0\0\0\0\0\0\x8a\x05\x00\x00\x00\x80\x00.",
       "2147483648"),
    PK("\x80\x04\x95\x08\0\0\0\0\0\0\0\x8a\x05\xff\xff\xff\x7f\xff.",
       "-2147483649"),
    PK("\x80\x04\x95\x0b\0\0\0\0\0\0\0\x8a\x08"
       "\xff\xff\xff\xff\xff\xff\xff\x7f.", "9223372036854775807"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0G\x3f\xf8\0\0\0\0\0\0.", "1.5"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0G\x80\0\0\0\0\0\0\0.", "-0.0"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0G\x7f\xf0\0\0\0\0\0\0.", "1e999"),
    PK("\x80\x04).", "()"),
    
#line 20629 "pcall.nw"
PK("\x80\x04\x95\x08\0\0\0\0\0\0\0](K\x01K\x02" "e.", "[1, 2]"),
PK("\x80\x04\x95\x05\0\0\0\0\0\0\0]K\x01" "a.", "[1]"),
PK("\x80\x04\x95\x0b\0\0\0\0\0\0\0(K\x01K\x02K\x03K\x04t.",
   "(1, 2, 3, 4)"),
PK("\x80\x04\x95\x06\0\0\0\0\0\0\0N\x88\x89\x87\x85.",
   "((None, True, False),)"),
PK("\x80\x04\x95\x0c\0\0\0\0\0\0\0}\x8c\x01" "aK\x01" "C\x01x\x86s.",
   "{'a': (1, b'x')}"),
PK("\x80\x04\x95\x0c\0\0\0\0\0\0\0}\x8c\x01" "a](K\x01\x88" "es.",
   "{'a': [1, True]}"),
#line 20625 "pcall.nw"
};
#line 20646 "pcall.nw"
static void pk_expect_bytes(const pv *v, const char *want, size_t n)
{
    size_t len;
    unsigned char *b = pk_dumps(v, &len);
    int same = b != NULL && len == n && memcmp(b, want, n) == 0;
    if (!same) {
        char *r = pv_repr(v);
        fprintf(stderr, "\npv_pickle(%s): unexpected bytes\n", r);
        free(r);
    }
    CU_ASSERT(same);
    free(b);
}
#line 20662 "pcall.nw"
static void test_pickle_exact_bytes(void)
{
    size_t n = sizeof pk_exact / sizeof *pk_exact;
    for (size_t i = 0; i < n; i++) {
        pv *v = pv_lit(pk_exact[i].want);
        pk_expect_bytes(v, pk_exact[i].data, pk_exact[i].len);
        pv_free(v);
    }
    pv *min = pv_int(INT64_MIN);
    pk_expect_bytes(min, "\x80\x04\x95\x0b\0\0\0\0\0\0\0\x8a\x08"
                    "\0\0\0\0\0\0\0\x80.", 22);
    pv_free(min);
}
#line 20688 "pcall.nw"
static void pk_round_trip(pv *v)
{
    size_t len;
    unsigned char *b = pk_dumps(v, &len);
    char *want = pv_repr(v), *got = b ? pk_loads(b, len) : NULL;
    if (got == NULL || strcmp(want, got) != 0)
        fprintf(stderr, "\nround trip of %.200s\n gave %.200s\n", want,
                got ? got : "(nothing)");
    CU_ASSERT(got != NULL && strcmp(want, got) == 0);
    free(want);
    free(got);
    free(b);
    pv_free(v);
}
#line 20705 "pcall.nw"
static const char *const pk_values[] = {
    "None", "True", "False", "0", "1", "255", "256", "65535", "65536",
    "-1", "-256", "2147483647", "2147483648", "-2147483648",
    "-2147483649", "4294967296", "-4294967296", "140737488355328",
    "9223372036854775807", "-9223372036854775807", "0.0", "-0.0",
    "1e999", "-1e999", "5e-324", "0.1", "1.7976931348623157e308",
    "''", "'a'", "'\\x00\\n\\u2028'", "'\\U0001f600\\U0010ffff'",
    "'\\u20ac'", "b''", "b'\\x00\\xff'", "()", "(1,)", "(1, 2)",
    "(1, 2, 3)", "(1, 2, 3, 4)", "[]", "[[]]", "[(), [], {}]", "{}",
    "{(1, 'a'): [None], (): b'', -1.5: {'k': (True,)}}",
    "{1: 'a', 1.0: 'b', True: 'c'}",
};
#line 20720 "pcall.nw"
static pv *pk_big(int which)
{
    pv *v;
    char *s;
    switch (which) {
    case 0:
        v = pv_list_new();
        for (int i = -10000; i < 10000; i++)
            pv_list_append(v, pv_int((int64_t)i * 99991 * 65536));
        return v;
    case 1:
        s = malloc(70001);
        memset(s, 'x', 70000);
        s[70000] = '\0';
        v = pv_tuple(2, pv_str(s), pv_bytes(s, 70000));
        free(s);
        return v;
    
#line 20743 "pcall.nw"
case 2:
    v = pv_dict_new();
    for (int i = 0; i < 1100; i++) {
        char k[16];
        snprintf(k, sizeof k, "k%d", i);
        pv_dict_set(v, pv_str(k), pv_list(1, pv_int(i)), NULL);
    }
    return v;
case 3:                         /* exactly the deepest we accept */
    v = pv_list_new();
    for (int i = 1; i < PV_PICKLE_MAX_DEPTH; i++)
        v = pv_list(1, v);
    return v;
default:
    return pv_list(4, pv_float(NAN), pv_float(-NAN),
                   pv_float(INFINITY), pv_float(-0.0));
#line 20738 "pcall.nw"
    }
}
#line 20762 "pcall.nw"
static void test_pickle_round_trips(void)
{
    size_t n = sizeof pk_values / sizeof *pk_values;
    for (size_t i = 0; i < n; i++) {
        pk_round_trip(pv_lit(pk_values[i]));
    }
    for (int i = 0; i < 5; i++)
        pk_round_trip(pk_big(i));
}
#line 20779 "pcall.nw"
static void test_pickle_frames(void)
{
    size_t len, n = 0;
    pv *v = pk_big(0);
    unsigned char *b = pk_dumps(v, &len);
    CU_ASSERT(len > 2 * 65536);
    CU_ASSERT(b[2] == 0x95);
    for (int i = 7; i >= 0; i--)
        n = n << 8 | b[3 + i];
    CU_ASSERT(n >= 65536 && n < 65536 + 16);
    CU_ASSERT(b[3 + 8 + n] == 0x95);  /* the next frame follows */
    free(b);
    pv_free(v);
    v = pk_big(1);
    b = pk_dumps(v, &len);
    CU_ASSERT(memcmp(b, "\x80\x04X\x70\x11\x01\x00xxx", 10) == 0);
    free(b);
    pv_free(v);
}
#line 20810 "pcall.nw"
static const struct pk_case pk_lengths[] = {
    PK("\x80\x04\x8d\xff\xff\xff\xff\xff\xff\xff\xff" "ab",
       "ERROR truncated at offset 13 (needed 18446744073709551613 more "
       "bytes for BINUNICODE8)"),
    PK("\x80\x04\x8e\0\0\0\0\0\0\0\x80" "ab",
       "ERROR truncated at offset 13 (needed 9223372036854775806 more "
       "bytes for BINBYTES8)"),
    PK("\x80\x04" "B\xff\xff\xff\xff" "abc",
       "ERROR truncated at offset 10 (needed 4294967292 more bytes for "
       "BINBYTES)"),
    PK("\x80\x04X\xff\xff\xff\x7f",
       "ERROR truncated at offset 7 (needed 2147483647 more bytes for "
       "BINUNICODE)"),
    PK("\x80\x04" "C\xff" "abc",
       "ERROR truncated at offset 7 (needed 252 more bytes for "
       "SHORT_BINBYTES)"),
    PK("\x80\x04\x8b\xff\xff\xff\x7f\x01",
       "ERROR truncated at offset 8 (needed 2147483646 more bytes for "
       "LONG4)"),
    PK("\x80\x04\x8b\xff\xff\xff\xff\x01.",
       "ERROR LONG4 at offset 2: negative length -1"),
    PK("\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\xff" "N.",
       "ERROR truncated at offset 13 (needed 18446744073709551613 more "
       "bytes for FRAME)"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0N.",
       "ERROR truncated at offset 13 (needed 8 more bytes for FRAME)"),
    PK("\x80\x04\x96\x05\0\0\0\0\0\0\0" "abcde.",
       "ERROR opcode BYTEARRAY8 (0x96) at offset 2 is not allowed: "
       "bytearray is not a supported type"),
};

static const struct pk_case pk_memo[] = {
    PK("\x80\x04Nr\xff\xff\xff\xff.",
       "ERROR LONG_BINPUT at offset 3: memo index 4294967295 is beyond "
       "the next free index 0"),
    PK("\x80\x04Nq\x01.",
       "ERROR BINPUT at offset 3: memo index 1 is beyond the next free "
       "index 0"),
    PK("\x80\x04h\x03.",
       "ERROR BINGET at offset 2: memo entry 3 was never stored"),
    PK("\x80\x04j\xff\xff\xff\xff.",
       "ERROR LONG_BINGET at offset 2: memo entry 4294967295 was never "
       "stored"),
    PK("\x80\x04\x94.",
       "ERROR MEMOIZE at offset 2 needs 1 value on the stack, found 0"),
    PK("\x80\x04N\x94h\x00h\x00\x86.",
       "ERROR STOP at offset 9: the stack holds 2 values, not 1"),
    PK("\x80\x04Nq\x00" "0K\x05q\x00" "0h\x00.", "5"),
};
#line 20862 "pcall.nw"
static const struct pk_case pk_containers[] = {
    PK("\x80\x04}Na.",
       "ERROR APPEND at offset 4 needs a list, found dict"),
    PK("\x80\x04}(Ne.",
       "ERROR APPENDS at offset 5 needs a list, found dict"),
    PK("\x80\x04]NNs.",
       "ERROR SETITEM at offset 5 needs a dict, found list"),
    PK("\x80\x04](NNu.",
       "ERROR SETITEMS at offset 6 needs a dict, found list"),
    PK("\x80\x04}(NNNu.",
       "ERROR SETITEMS at offset 7: odd number of values (3) after the "
       "MARK at offset 3"),
    PK("\x80\x04(Nd.",
       "ERROR DICT at offset 4: odd number of values (1) after the MARK "
       "at offset 2"),
    PK("\x80\x04}]Ns.",
       "ERROR SETITEM at offset 5: unhashable type: 'list'"),
    PK("\x80\x04}}Ns.",
       "ERROR SETITEM at offset 5: unhashable type: 'dict'"),
    PK("\x80\x04}]\x85Ns.",
       "ERROR SETITEM at offset 6: unhashable type: 'list'"),
    PK("\x80\x04(]Nd.", "ERROR DICT at offset 5: unhashable type: 'list'"),
    PK("\x80\x04K\x01Na.",
       "ERROR APPEND at offset 5 needs a list, found int"),
    PK("\x80\x04N(e.",
       "ERROR APPENDS at offset 4 needs a list, found NoneType"),
    PK("\x80\x04)Na.",
       "ERROR APPEND at offset 4 needs a list, found tuple"),
    PK("\x80\x04(K\x01K\x02l.", "[1, 2]"),
    PK("\x80\x04(K\x01K\x02" "d.", "{1: 2}"),
    PK("\x80\x04(l(d(t\x87.", "([], {}, ())"),
    PK("\x80\x04]0N.", "None"),
    PK("\x80\x04N(0.", "None"),
    PK("\x80\x04N(NN1.", "None"),
};
#line 20907 "pcall.nw"
static const struct pk_case pk_cycles[] = {
    PK("\x80\x04]2a.",
       "ERROR APPEND at offset 4 would put a list inside itself (cyclic "
       "data is not supported)"),
    PK("\x80\x04]\x94h\x00" "a.",
       "ERROR APPEND at offset 6 would put a list inside itself (cyclic "
       "data is not supported)"),
    PK("\x80\x04]\x94]h\x00" "a\x94" "0h\x01" "a.",
       "ERROR APPEND at offset 12 would change a list already inside "
       "another container (cyclic data is not supported)"),
    PK("\x80\x04}\x94Nh\x00s.",
       "ERROR SETITEM at offset 7 would put a dict inside itself "
       "(cyclic data is not supported)"),
    PK("\x80\x04\x95\x06\0\0\0\0\0\0\0]\x94h\x00" "a.",
       "ERROR APPEND at offset 15 would put a list inside itself "
       "(cyclic data is not supported)"),
    PK("\x80\x04\x95\x08\0\0\0\0\0\0\0]\x94h\x00\x85\x94" "a.",
       "ERROR APPEND at offset 17 would change a list already inside "
       "another container (cyclic data is not supported)"),
    PK("\x80\x04\x95\x10\0\0\0\0\0\0\0]\x94(]\x94K\x01" "ah\x01h\x01"
       "\x85\x94" "e.",
       "[[1], [1], ([1],)]"),
};
#line 20933 "pcall.nw"
static const struct pk_case pk_ends[] = {
    PK("",
       "ERROR truncated at offset 0 (needed 1 more byte for the next "
       "opcode)"),
    PK("\x80\x04N",
       "ERROR truncated at offset 3 (needed 1 more byte for the next "
       "opcode)"),
    PK("\x80\x04N.N", "ERROR 1 trailing byte after STOP at offset 3"),
    PK("\x80\x04N.\0\0", "ERROR 2 trailing bytes after STOP at offset 3"),
    PK("\x80\x04NN.",
       "ERROR STOP at offset 4: the stack holds 2 values, not 1"),
    PK("\x80\x04.", "ERROR STOP at offset 2: the stack is empty"),
    PK("\x80\x04\x80\x04N.",
       "ERROR opcode PROTO (0x80) at offset 2 is not allowed: PROTO "
       "must be the first opcode"),
    PK("\x80\x06N.",
       "ERROR PROTO at offset 0: unsupported protocol 6 (2 to 5 are "
       "accepted)"),
    PK("\x80\x01N.",
       "ERROR PROTO at offset 0: unsupported protocol 1 (2 to 5 are "
       "accepted)"),
    PK("N\x80\x04.",
       "ERROR opcode PROTO (0x80) at offset 1 is not allowed: PROTO "
       "must be the first opcode"),
    PK("N.", "None"),
    PK("\x80\x05N.", "None"),
    PK("\x80\x04\x95\x01\0\0\0\0\0\0\0K\x01.",
       "ERROR BININT1 at offset 11 runs past the end of its frame at "
       "offset 12"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0N\x95\x01\0\0\0\0\0\0\0.",
       "ERROR FRAME at offset 12 begins inside the frame that ends at "
       "offset 21"),
    PK("\x80\x04\x95\x01\0\0\0\0\0\0\0N.", "None"),
    PK("\x80\x04\x95\x05\0\0\0\0\0\0\0" "c_codecs\nencode\n.",
       "ERROR GLOBAL at offset 11 runs past the end of its frame at "
       "offset 16"),
};
#line 20973 "pcall.nw"
static const struct pk_case pk_scalars[] = {
    PK("\x80\x04\x8c\x02\xc3\x28.",
       "ERROR SHORT_BINUNICODE at offset 2: invalid UTF-8 at byte "
       "offset 0 (0xc3)"),
    PK("\x80\x04\x8c\x03\xed\xa0\x80.",
       "ERROR SHORT_BINUNICODE at offset 2: invalid UTF-8 at byte "
       "offset 0 (0xed)"),
    PK("\x80\x04\x8c\x02\xc0\x80.",
       "ERROR SHORT_BINUNICODE at offset 2: invalid UTF-8 at byte "
       "offset 0 (0xc0)"),
    PK("\x80\x04\x8c\x04\xf4\x90\x80\x80.",
       "ERROR SHORT_BINUNICODE at offset 2: invalid UTF-8 at byte "
       "offset 0 (0xf4)"),
    PK("\x80\x04X\x03\0\0\0\xe2\x82.",
       "ERROR BINUNICODE at offset 2: invalid UTF-8 at byte offset 0 "
       "(0xe2)"),
    PK("\x80\x04\x95\x0c\0\0\0\0\0\0\0\x8a\x09\0\0\0\0\0\0\0\0\x01.",
       "ERROR integer too large for 64 bits at offset 11"),
    PK("\x80\x04\x95\x0c\0\0\0\0\0\0\0\x8a\x09"
       "\xff\xff\xff\xff\xff\xff\xff\x7f\xff.",
       "ERROR integer too large for 64 bits at offset 11"),
    PK("\x80\x04\x8a\x09\0\0\0\0\0\0\0\x80\x00.",
       "ERROR integer too large for 64 bits at offset 2"),
    PK("\x80\x04\x8a\x09\x01\0\0\0\0\0\0\0\0.", "1"),
    PK("\x80\x04\x8a\x09\xff\xff\xff\xff\xff\xff\xff\xff\xff.", "-1"),
    PK("\x80\x04\x8a\x00.", "0"),
    PK("\x80\x04\x8b\x01\0\0\0\x80.", "-128"),
    PK("\x80\x04\x8a\x02\xff\x7f.", "32767"),
    PK("\x80\x04\x8a\x10\xff\xff\xff\xff\xff\xff\xff\xff"
       "\xff\xff\xff\xff\xff\xff\xff\x7f.",
       "ERROR integer too large for 64 bits at offset 2"),
};
#line 21011 "pcall.nw"
static const struct pk_case pk_refused[] = {
    PK("\x80\x04" "b....",
       "ERROR opcode BUILD (0x62) at offset 2 is not allowed: it builds "
       "an instance of a class"),
    PK("\x80\x04i....",
       "ERROR opcode INST (0x69) at offset 2 is not allowed: it builds "
       "an instance of a class"),
    PK("\x80\x04o....",
       "ERROR opcode OBJ (0x6f) at offset 2 is not allowed: it builds "
       "an instance of a class"),
    PK("\x80\x04\x81....",
       "ERROR opcode NEWOBJ (0x81) at offset 2 is not allowed: it "
       "builds an instance of a class"),
    PK("\x80\x04\x92....",
       "ERROR opcode NEWOBJ_EX (0x92) at offset 2 is not allowed: it "
       "builds an instance of a class"),
    PK("\x80\x04\x82....",
       "ERROR opcode EXT1 (0x82) at offset 2 is not allowed: it names "
       "code by an extension number"),
    PK("\x80\x04\x83....",
       "ERROR opcode EXT2 (0x83) at offset 2 is not allowed: it names "
       "code by an extension number"),
    PK("\x80\x04\x84....",
       "ERROR opcode EXT4 (0x84) at offset 2 is not allowed: it names "
       "code by an extension number"),
    PK("\x80\x04P....",
       "ERROR opcode PERSID (0x50) at offset 2 is not allowed: it "
       "refers to an object outside the pickle"),
    PK("\x80\x04Q....",
       "ERROR opcode BINPERSID (0x51) at offset 2 is not allowed: it "
       "refers to an object outside the pickle"),
    PK("\x80\x04\x97....",
       "ERROR opcode NEXT_BUFFER (0x97) at offset 2 is not allowed: "
       "no out-of-band buffers were given"),
    PK("\x80\x04\x98....",
       "ERROR opcode READONLY_BUFFER (0x98) at offset 2 is not allowed: "
       "read-only views are not a supported type"),
    PK("\x80\x04\x96....",
       "ERROR opcode BYTEARRAY8 (0x96) at offset 2 is not allowed: "
       "bytearray is not a supported type"),
    PK("\x80\x04\x8f....",
       "ERROR opcode EMPTY_SET (0x8f) at offset 2 is not allowed: sets "
       "are not a supported type"),
    PK("\x80\x04\x90....",
       "ERROR opcode ADDITEMS (0x90) at offset 2 is not allowed: sets "
       "are not a supported type"),
    PK("\x80\x04\x91....",
       "ERROR opcode FROZENSET (0x91) at offset 2 is not allowed: sets "
       "are not a supported type"),
    PK("\x80\x04I....",
       "ERROR opcode INT (0x49) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04L....",
       "ERROR opcode LONG (0x4c) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04" "F....",
       "ERROR opcode FLOAT (0x46) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04S....",
       "ERROR opcode STRING (0x53) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04V....",
       "ERROR opcode UNICODE (0x56) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04g....",
       "ERROR opcode GET (0x67) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04p....",
       "ERROR opcode PUT (0x70) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x80\x04T....",
       "ERROR opcode BINSTRING (0x54) at offset 2 is not allowed: a "
       "Python 2 str is neither text nor bytes"),
    PK("\x80\x04U....",
       "ERROR opcode SHORT_BINSTRING (0x55) at offset 2 is not allowed: "
       "a Python 2 str is neither text nor bytes"),
    PK("\x80\x04\xff....",
       "ERROR opcode <unknown> (0xff) at offset 2 is not allowed: not a "
       "pickle opcode"),
    PK("\x80\x04\x99....",
       "ERROR opcode <unknown> (0x99) at offset 2 is not allowed: not a "
       "pickle opcode"),
    PK("\x80\x04\0....",
       "ERROR opcode <unknown> (0x00) at offset 2 is not allowed: not a "
       "pickle opcode"),
};
#line 21100 "pcall.nw"
static const struct pk_case pk_globals[] = {
    PK("\x80\x02" "cos\nsystem\n(S'echo hi'\ntR.",
       "ERROR opcode GLOBAL (0x63) at offset 2 is not allowed: it names "
       "'os system', not the protocol-2 spelling of bytes"),
    PK("\x80\x02" "cbuiltins\nbytes\n)R.",
       "ERROR opcode GLOBAL (0x63) at offset 2 is not allowed: it names "
       "'builtins bytes', not the protocol-2 spelling of bytes"),
    PK("\x80\x04\x8c\x02os\x8c\x06system\x93.",
       "ERROR opcode STACK_GLOBAL (0x93) at offset 14 is not allowed: "
       "it names 'os system', not the protocol-2 spelling of bytes"),
    PK("\x80\x04\x8c\x07_codecs\x8c\x06" "encode\x93\x8c\x02" "ab"
       "\x8c\x06latin1\x86R.",
       "b'ab'"),
    PK("\x80\x04\x8c\x0b__builtin__\x8c\x05" "bytes\x93)R.", "b''"),
    PK("\x80\x04K\x01N\x93.",
       "ERROR opcode STACK_GLOBAL (0x93) at offset 5 is not allowed: "
       "its operands are not two strs"),
    PK("\x80\x04N)R.",
       "ERROR opcode REDUCE (0x52) at offset 4 is not allowed: it calls "
       "a NoneType, not the protocol-2 spelling of bytes"),
    PK("\x80\x02]c_codecs\nencode\na.",
       "ERROR APPEND at offset 19: the global '_codecs encode' is not a "
       "value"),
    PK("\x80\x02" "c__builtin__\nbytes\n.",
       "ERROR STOP at offset 21: the global '__builtin__ bytes' is not "
       "a value"),
    PK("\x80\x02" "c__builtin__\nbytes\nK\x01\x85R.",
       "ERROR REDUCE at offset 24: __builtin__ bytes takes no arguments "
       "here"),
    PK("\x80\x02" "c_codecs\nencode\nX\x02\0\0\0" "abX\x04\0\0\0utf8"
       "\x86R.",
       "ERROR REDUCE at offset 35: _codecs encode takes (str, 'latin1') "
       "here"),
    
#line 21138 "pcall.nw"
PK("\x80\x02" "c_codecs\nencode\nX\x02\0\0\0\xc4\x80X\x06\0\0\0latin1"
   "\x86R.",
   "ERROR REDUCE at offset 37: _codecs encode: a code point above "
   "255"),
PK("\x80\x02" "c_codecs\nencode\nNR.",
   "ERROR REDUCE at offset 19: the arguments are not a tuple"),
PK("\x80\x02" "c_codecs\nenc",
   "ERROR truncated at offset 14 (needed 1 more byte for GLOBAL)"),
PK("\x80\x02" "c_codecs\nencode\nX\x03\0\0\0\xc3\xbf" "AX\x06\0\0\0"
   "latin1\x86R.",
   "b'\\xffA'"),
PK("\x80\x02" "c\xff\x01'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
   "\nname\n.",
   "ERROR opcode GLOBAL (0x63) at offset 2 is not allowed: it names "
   "'\\xff\\x01\\x27xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... name', "
   "not the protocol-2 spelling of bytes"),
PK("\x80\x02" "c_codecs\nencode\n\x85.",
   "ERROR TUPLE1 at offset 18: the global '_codecs encode' is not a "
   "value"),
PK("\x80\x02}c_codecs\nencode\nNs.",
   "ERROR SETITEM at offset 20: the global '_codecs encode' is not "
   "a value"),
PK("\x80\x02" "c_codecs\nencode\nNa.",
   "ERROR APPEND at offset 19 needs a list, found global '_codecs "
   "encode'"),
#line 21134 "pcall.nw"
};
#line 21166 "pcall.nw"
static void test_pickle_abuse(void)
{
#define PK_CHECK(t) pk_check(t, sizeof t / sizeof *t)
    PK_CHECK(pk_lengths);
    PK_CHECK(pk_memo);
    PK_CHECK(pk_containers);
    PK_CHECK(pk_cycles);
    PK_CHECK(pk_ends);
    PK_CHECK(pk_scalars);
    PK_CHECK(pk_refused);
    PK_CHECK(pk_globals);
}
#line 21190 "pcall.nw"
static const struct pk_case pk_bad_stack[] = {
    PK(".", "ERROR STOP at offset 0: the stack is empty"),
    PK("0", "ERROR POP at offset 0 needs 1 value on the stack, found 0"),
    PK("1", "ERROR POP_MARK at offset 0 needs a MARK, none is open"),
    PK("2", "ERROR DUP at offset 0 needs 1 value on the stack, found 0"),
    PK("(2",
       "ERROR DUP at offset 1 needs 1 value above the MARK at offset 0, "
       "found 0"),
    PK("R",
       "ERROR REDUCE at offset 0 needs 2 values on the stack, found 0"),
    PK(")R",
       "ERROR REDUCE at offset 1 needs 2 values on the stack, found 1"),
    PK("a",
       "ERROR APPEND at offset 0 needs 2 values on the stack, found 0"),
    PK("Na",
       "ERROR APPEND at offset 1 needs 2 values on the stack, found 1"),
    PK("b",
       "ERROR opcode BUILD (0x62) at offset 0 is not allowed: it builds "
       "an instance of a class"),
    PK("Nb",
       "ERROR opcode BUILD (0x62) at offset 1 is not allowed: it builds "
       "an instance of a class"),
    PK("d", "ERROR DICT at offset 0 needs a MARK, none is open"),
    PK("e", "ERROR APPENDS at offset 0 needs a MARK, none is open"),
    PK("(e",
       "ERROR APPENDS at offset 1 needs a value below its MARK at "
       "offset 0, found none"),
    PK("ibuiltins\nlist\n",
       "ERROR opcode INST (0x69) at offset 0 is not allowed: a class "
       "instance (builtins.list) is not data"),
    PK("l", "ERROR LIST at offset 0 needs a MARK, none is open"),
    PK("o",
       "ERROR opcode OBJ (0x6f) at offset 0 is not allowed: it builds "
       "an instance of a class"),
    PK("(o",
       "ERROR opcode OBJ (0x6f) at offset 1 is not allowed: it builds "
       "an instance of a class"),
    PK("p1\n",
       "ERROR opcode PUT (0x70) at offset 0 is not allowed: a text "
       "opcode of protocol 0"),
    PK("q\x00",
       "ERROR BINPUT at offset 0 needs 1 value on the stack, found 0"),
    PK("r\x00\x00\x00\x00",
       "ERROR LONG_BINPUT at offset 0 needs 1 value on the stack, found "
       "0"),
    PK("s",
       "ERROR SETITEM at offset 0 needs 3 values on the stack, found 0"),
    PK("Ns",
       "ERROR SETITEM at offset 1 needs 3 values on the stack, found 1"),
    PK("NNs",
       "ERROR SETITEM at offset 2 needs 3 values on the stack, found 2"),
    PK("t", "ERROR TUPLE at offset 0 needs a MARK, none is open"),
    PK("u", "ERROR SETITEMS at offset 0 needs a MARK, none is open"),
    PK("(u",
       "ERROR SETITEMS at offset 1 needs a value below its MARK at "
       "offset 0, found none"),
    PK("}(Nu",
       "ERROR SETITEMS at offset 3: odd number of values (1) after the "
       "MARK at offset 1"),
    PK("\x81",
       "ERROR opcode NEWOBJ (0x81) at offset 0 is not allowed: it "
       "builds an instance of a class"),
    PK(")\x81",
       "ERROR opcode NEWOBJ (0x81) at offset 1 is not allowed: it "
       "builds an instance of a class"),
    PK("\x85",
       "ERROR TUPLE1 at offset 0 needs 1 value on the stack, found 0"),
    PK("\x86",
       "ERROR TUPLE2 at offset 0 needs 2 values on the stack, found 0"),
    PK("N\x86",
       "ERROR TUPLE2 at offset 1 needs 2 values on the stack, found 1"),
    PK("\x87",
       "ERROR TUPLE3 at offset 0 needs 3 values on the stack, found 0"),
    PK("N\x87",
       "ERROR TUPLE3 at offset 1 needs 3 values on the stack, found 1"),
    PK("NN\x87",
       "ERROR TUPLE3 at offset 2 needs 3 values on the stack, found 2"),
    PK("\x90",
       "ERROR opcode ADDITEMS (0x90) at offset 0 is not allowed: sets "
       "are not a supported type"),
    PK("(\x90",
       "ERROR opcode ADDITEMS (0x90) at offset 1 is not allowed: sets "
       "are not a supported type"),
    PK("\x91",
       "ERROR opcode FROZENSET (0x91) at offset 0 is not allowed: sets "
       "are not a supported type"),
    PK("\x92",
       "ERROR opcode NEWOBJ_EX (0x92) at offset 0 is not allowed: it "
       "builds an instance of a class"),
    PK(")}\x92",
       "ERROR opcode NEWOBJ_EX (0x92) at offset 2 is not allowed: it "
       "builds an instance of a class"),
    PK("\x93",
       "ERROR STACK_GLOBAL at offset 0 needs 2 values on the stack, "
       "found 0"),
    PK("Vlist\n\x93",
       "ERROR opcode UNICODE (0x56) at offset 0 is not allowed: a text "
       "opcode of protocol 0"),
    PK("\x94",
       "ERROR MEMOIZE at offset 0 needs 1 value on the stack, found 0"),
};
#line 21294 "pcall.nw"
static const struct pk_case pk_bad_mark[] = {
    PK("N(.",
       "ERROR STOP at offset 2: the MARK at offset 1 is still open"),
    PK("N(2",
       "ERROR DUP at offset 2 needs 1 value above the MARK at offset 1, "
       "found 0"),
    PK("cbuiltins\nlist\n)(R",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("cbuiltins\nlist\n()R",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("]N(a",
       "ERROR APPEND at offset 3 needs 2 values above the MARK at "
       "offset 2, found 0"),
    PK("cbuiltins\nValueError\n)R}(b",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins ValueError', not the protocol-2 spelling of bytes"),
    PK("cbuiltins\nValueError\n)R(}b",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins ValueError', not the protocol-2 spelling of bytes"),
    PK("(Nd",
       "ERROR DICT at offset 2: odd number of values (1) after the MARK "
       "at offset 0"),
    PK("N(p1\n",
       "ERROR opcode PUT (0x70) at offset 2 is not allowed: a text "
       "opcode of protocol 0"),
    PK("N(q\x00",
       "ERROR BINPUT at offset 2 needs 1 value above the MARK at offset "
       "1, found 0"),
    PK("N(r\x00\x00\x00\x00",
       "ERROR LONG_BINPUT at offset 2 needs 1 value above the MARK at "
       "offset 1, found 0"),
    PK("}NN(s",
       "ERROR SETITEM at offset 4 needs 3 values above the MARK at "
       "offset 3, found 0"),
    PK("}N(Ns",
       "ERROR SETITEM at offset 4 needs 3 values above the MARK at "
       "offset 2, found 1"),
    PK("}(NNs",
       "ERROR SETITEM at offset 4 needs 3 values above the MARK at "
       "offset 1, found 2"),
    PK("}((u",
       "ERROR SETITEMS at offset 3 needs a value below its MARK at "
       "offset 2, found none"),
    PK("cbuiltins\nlist\n)(\x81",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("cbuiltins\nlist\n()\x81",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("N(\x85",
       "ERROR TUPLE1 at offset 2 needs 1 value above the MARK at offset "
       "1, found 0"),
    PK("NN(\x86",
       "ERROR TUPLE2 at offset 3 needs 2 values above the MARK at "
       "offset 2, found 0"),
    PK("N(N\x86",
       "ERROR TUPLE2 at offset 3 needs 2 values above the MARK at "
       "offset 1, found 1"),
    PK("NNN(\x87",
       "ERROR TUPLE3 at offset 4 needs 3 values above the MARK at "
       "offset 3, found 0"),
    PK("NN(N\x87",
       "ERROR TUPLE3 at offset 4 needs 3 values above the MARK at "
       "offset 2, found 1"),
    PK("N(NN\x87",
       "ERROR TUPLE3 at offset 4 needs 3 values above the MARK at "
       "offset 1, found 2"),
    PK("]((\x90",
       "ERROR opcode ADDITEMS (0x90) at offset 3 is not allowed: sets "
       "are not a supported type"),
    PK("cbuiltins\nlist\n)}(\x92",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("cbuiltins\nlist\n)(}\x92",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("cbuiltins\nlist\n()}\x92",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: it names "
       "'builtins list', not the protocol-2 spelling of bytes"),
    PK("Vbuiltins\n(Vlist\n\x93",
       "ERROR opcode UNICODE (0x56) at offset 0 is not allowed: a text "
       "opcode of protocol 0"),
    PK("Vbuiltins\nVlist\n(\x93",
       "ERROR opcode UNICODE (0x56) at offset 0 is not allowed: a text "
       "opcode of protocol 0"),
    PK("N(\x94",
       "ERROR MEMOIZE at offset 2 needs 1 value above the MARK at "
       "offset 1, found 0"),
};

static void test_pickle_cpython_bad(void)
{
    PK_CHECK(pk_bad_stack);
    PK_CHECK(pk_bad_mark);
}
#line 21411 "pcall.nw"
static const struct pk_case pk_cpython[] = {
    PK("\x80\x02]q\x00(c_codecs\nencode\nq\x01X\x02\0\0\0" "abq\x02"
       "X\x06\0\0\0latin1q\x03\x86q\x04Rq\x05h\x01X\x02\0\0\0"
       "cdq\x06h\x03\x86q\x07Rq\x08" "c__builtin__\nbytes\nq\x09)"
       "Rq\x0ah\x0a" "e.", "[b'ab', b'cd', b'', b'']"),
    PK("\x80\x03}q\x00(X\x01\0\0\0" "aq\x01K\x01G@\x04\0\0\0\0\0\0"
       "\x86q\x02X\x01\0\0\0" "bq\x03]q\x04(N\x88" "eu.",
       "{'a': (1, 2.5), 'b': [None, True]}"),
    PK("\x80\x05\x95#\0\0\0\0\0\0\0(C\x01x\x94\x8c\x01y\x94]\x94(K\x01"
       "\x8a\x06\0\0\0\0\0\x01" "eG\x80\0\0\0\0\0\0\0t\x94.",
       "(b'x', 'y', [1, 1099511627776], -0.0)"),
    PK("\x80\x04\x95\x10\0\0\0\0\0\0\0]\x94(]\x94K\x01" "ah\x01h\x01"
       "\x85\x94" "e.", "[[1], [1], ([1],)]"),
    PK("\x80\x02]q\x00(X\x03\0\0\0\xe2\x82\xacq\x01X\x01\0\0\0xq\x02"
       "e.", "['\xe2\x82\xac', 'x']"),
    PK("\x80\x04\x95\x0a\0\0\0\0\0\0\0G\x7f\xf8\0\0\0\0\0\0.", "nan"),
};

static void test_pickle_from_cpython(void)
{
    PK_CHECK(pk_cpython);
}
#line 21443 "pcall.nw"
static void pk_prefixes(const void *p, size_t len)
{
    size_t step = len < 4096 ? 1 : len / 100;
    for (size_t k = 0; k < len; k += k < 300 || len - k <= 16 ? 1
                                                             : step) {
        char want[64];
        const char *got = pk_error(p, k);
        snprintf(want, sizeof want, "truncated at offset %zu (", k);
        if (strncmp(got, want, strlen(want)) != 0) {
            fprintf(stderr, "\nprefix of %zu bytes of %zu: %s\n", k,
                    len, got);
            CU_FAIL("a prefix was not reported as truncated");
            return;
        }
    }
}
#line 21462 "pcall.nw"
static void test_pickle_truncated(void)
{
    size_t n = sizeof pk_values / sizeof *pk_values, len;
    for (size_t i = 0; i < sizeof pk_cpython / sizeof *pk_cpython; i++)
        pk_prefixes(pk_cpython[i].data, pk_cpython[i].len);
    for (size_t i = 0; i < n + 3; i++) {
        pv *v = i < n ? pv_lit(pk_values[i]) : pk_big((int)(i - n));
        unsigned char *b = pk_dumps(v, &len);
        pk_prefixes(b, len);
        free(b);
        pv_free(v);
    }
}
#line 21483 "pcall.nw"
static char *pk_repeat(const char *head, const char *unit, size_t u,
                       size_t times, const char *tail, size_t *len)
{
    size_t h = strlen(head), t = strlen(tail);
    char *b = malloc(2 + h + u * times + t), *q = b;
    memcpy(q, "\x80\x04", 2);
    memcpy(q += 2, head, h);
    q += h;
    for (size_t i = 0; i < times; i++, q += u)
        memcpy(q, unit, u);
    memcpy(q, tail, t);
    *len = (size_t)(q + t - b);
    return b;
}
#line 21507 "pcall.nw"
static void pk_expect(char *b, size_t len, const char *want)
{
    char *got = pk_loads(b, len);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "\nwant %s\ngot  %.300s\n", want, got);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    free(b);
}
#line 21519 "pcall.nw"
static void test_pickle_deep(void)
{
    size_t len, m = 1000000, k = 100000;
    char *b = pk_repeat("", "(", 1, m, ".", &len);
    pk_expect(b, len, "ERROR MARK at offset 1002: more than 1000 "
              "MARKs open");
    b = pk_repeat("]", "q\x00" "0]h\x00" "a", 7, m, ".", &len);
    pk_expect(b, len, "ERROR APPEND at offset 7002: nesting deeper "
              "than 1000");
    b = pk_repeat("", "]", 1, k, "", &len);
    b = realloc(b, len + k + 1);
    memset(b + len, 'a', k);
    b[len + k] = '.';
    pk_expect(b, len + k + 1, "ERROR APPEND at offset 101001: "
              "nesting deeper than 1000");
    b = pk_repeat(")", "\x85", 1, m, ".", &len);
    pk_expect(b, len, "ERROR TUPLE1 at offset 1002: nesting deeper "
              "than 1000");
    
#line 21542 "pcall.nw"
char *want = malloc(3 * 1000 + 1), *w = want;
for (int i = 1; i < 1000; i++)
    *w++ = '(';
w = stpcpy(w, "()");
for (int i = 1; i < 1000; i++)
    w = stpcpy(w, ",)");
b = pk_repeat(")", "\x85", 1, 999, ".", &len);
pk_expect(b, len, want);
free(want);
#line 21538 "pcall.nw"
}
#line 21562 "pcall.nw"
static char *pk_pairs(int levels, size_t pad, size_t *len)
{
    char *b = malloc(10 + pad + 4 * (size_t)levels), *q = b;
    q = stpcpy(q, "\x80\x04");
    if (pad > 0) {
        *q++ = 'B';
        for (int i = 0; i < 4; i++)
            *q++ = (char)(pad >> (8 * i) & 0xff);
        memset(q, 'x', pad);
        q += pad;
        *q++ = '0';
    }
    *q++ = ']';
    for (int i = 0; i < levels; i++) {
        memcpy(q, "\x94h", 2);
        q[2] = (char)i;
        q[3] = '\x86';
        q += 4;
    }
    *q++ = '.';
    *len = (size_t)(q - b);
    return b;
}
#line 21592 "pcall.nw"
static int pk_spine(const pv *v, int levels, pv_kind leaf)
{
    for (int i = 0; i < levels; i++) {
        if (!pv_is(v, PV_TUPLE) || pv_len(v) != 2
            || pv_item(v, 0) != pv_item(v, 1))
            return 0;
        v = pv_item(v, 0);
    }
    return pv_is(v, leaf);
}
#line 21612 "pcall.nw"
static char *pk_pairs_key(int levels, size_t pad, size_t *len)
{
    size_t n;
    char *p = pk_pairs(levels, pad, &n), *b = malloc(n + 3);
    memcpy(b, "\x80\x04}", 3);
    memcpy(b + 3, p + 2, n - 3);        /* all but PROTO and STOP */
    b[n - 1 - 4 * (size_t)levels] = ')';  /* a key: a tuple, not [] */
    memcpy(b + n, "Ns.", 3);
    *len = n + 3;
    free(p);
    return b;
}
#line 21633 "pcall.nw"
static void test_pickle_shared(void)
{
    size_t len;
    char *b = pk_pairs(16, 0, &len), *r;
    pv *v = pv_unpickle(b, len, NULL);
    CU_ASSERT_FATAL(v != NULL);
    CU_ASSERT(pv_is(v, PV_TUPLE) && pv_len(v) == 2);
    CU_ASSERT(pv_item(v, 0) == pv_item(v, 1));
    r = pv_repr(v);
    CU_ASSERT(strlen(r) == 6 * 65536 - 4);
    
#line 21652 "pcall.nw"
{
    char *want = strdup("[]");
    for (int i = 0; i < 16; i++) {
        char *w = malloc(2 * strlen(want) + 5);
        sprintf(w, "(%s, %s)", want, want);
        free(want);
        want = w;
    }
    CU_ASSERT_STRING_EQUAL(r, want);
    free(want);
}
#line 21644 "pcall.nw"
    free(r);
    pv_free(v);
    free(b);
    
#line 21666 "pcall.nw"
b = pk_pairs(60, 0, &len);
v = pv_unpickle(b, len, NULL);
CU_ASSERT(v != NULL && pk_spine(v, 60, PV_LIST));
pv_free(v);
free(b);
b = pk_repeat("]", "2\x86", 2, 60, ".", &len);
CU_ASSERT(len == 124);
v = pv_unpickle(b, len, NULL);
CU_ASSERT(v != NULL && pk_spine(v, 60, PV_LIST));
pv_free(v);
free(b);
#line 21682 "pcall.nw"
b = pk_pairs_key(10, 0, &len);
v = pv_unpickle(b, len, NULL);
CU_ASSERT(v != NULL && pv_len(v) == 1
          && pk_spine(pv_dict_key(v, 0), 10, PV_TUPLE));
pv_free(v);
free(b);
b = pk_pairs_key(24, 0, &len);
pk_expect(b, len, "ERROR SETITEM at offset 101: a key whose shared "
          "references expand to more than 16777319 values (memo "
          "abuse)");
b = pk_pairs_key(24, 1000, &len);
pk_expect(b, len, "ERROR SETITEM at offset 1107: a key whose shared "
          "references expand to more than 16778325 values (memo "
          "abuse)");
#line 21648 "pcall.nw"
}
#line 21703 "pcall.nw"
static void test_pickle_memo_limit(void)
{
    size_t len, m = PV_PICKLE_MAX_MEMO;
    char *b = pk_repeat("N", "\x94", 1, m + 1, ".", &len);
    pk_expect(b, len, "ERROR MEMOIZE at offset 1048579: the memo is "
              "full (1048576 entries)");
}
#line 21720 "pcall.nw"
static void test_pickle_encode_depth(void)
{
    pv *v = pv_list(1, pk_big(3));
    unsigned char *b;
    size_t len;
    pv_err e;
    CU_ASSERT_EQUAL(pv_pickle(v, &b, &len, &e), -1);
    CU_ASSERT_STRING_EQUAL(e.msg, "cannot pickle: a list nested "
                           "deeper than 1000");
    CU_ASSERT(b == NULL && len == 0);
    pv_free(v);
    
#line 21736 "pcall.nw"
fflush(NULL);
pid_t pid = fork();
if (pid == 0) {
    pv *a = pv_list_new(), *l = pv_list(1, pv_ref(a));
    pv_list_append(a, l);       /* a -> l -> a */
    _exit(pv_pickle(a, &b, &len, &e) == -1 && strcmp(e.msg,
          "cannot pickle: a list contains itself (cyclic data is "
          "not supported)") == 0 ? 0 : 1);
}
int status = 0;
CU_ASSERT(pid > 0 && waitpid(pid, &status, 0) == pid);
CU_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
#line 21732 "pcall.nw"
}
#line 21766 "pcall.nw"
static char *pk_dis(const void *p, size_t len, int *rc, char *msg)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    pv_err e;
    *rc = pv_pickle_dis(p, len, f, &e);
    fclose(f);
    strcpy(msg, *rc == 0 ? "" : e.msg);
    return text;
}
#line 21780 "pcall.nw"
static void test_pickle_dis(void)
{
    size_t len;
    int rc;
    char msg[PV_ERRMAX];
    pv *v = pv_lit("{'a': [1, True]}");
    unsigned char *b = pk_dumps(v, &len);
    char *text = pk_dis(b, len, &rc, msg);
    CU_ASSERT_EQUAL(rc, 0);
    CU_ASSERT_STRING_EQUAL(text,
        "    0: \\x80 PROTO      4\n"
        "    2: \\x95 FRAME      12\n"
        "   11: }    EMPTY_DICT\n"
        "   12: \\x8c SHORT_BINUNICODE 'a'\n"
        "   15: ]    EMPTY_LIST\n"
        "   16: (    MARK\n"
        "   17: K        BININT1    1\n"
        "   19: \\x88     NEWTRUE\n"
        "   20: e        APPENDS    (MARK at 16)\n"
        "   21: s    SETITEM\n"
        "   22: .    STOP\n"
        "highest protocol among opcodes = 4\n");
    
#line 21807 "pcall.nw"
free(text);
text = pk_dis("\x80\x02]cos\nsystem\n.", 19, &rc, msg);
CU_ASSERT_EQUAL(rc, -1);
CU_ASSERT_STRING_EQUAL(text,
    "    0: \\x80 PROTO      2\n"
    "    2: ]    EMPTY_LIST\n");
CU_ASSERT_STRING_EQUAL(msg, "opcode GLOBAL (0x63) at offset 3 is not "
                       "allowed: it names 'os system', not the "
                       "protocol-2 spelling of bytes");
free(text);
free(b);
pv_free(v);
#line 21803 "pcall.nw"
}
#line 21838 "pcall.nw"
static int pk_have_python(void)
{
    static int have = -1;
    if (have < 0)
        have = system("python3 -c 'import pickle' >/dev/null 2>&1")
               == 0;
    if (!have)
        printf("\n    python3 not found: oracle test skipped ");
    return have;
}
#line 21851 "pcall.nw"
static unsigned pk_digit(char c)
{
    return c >= 'a' ? (unsigned)(c - 'a' + 10) : (unsigned)(c - '0');
}

static unsigned char *pk_unhex(const char *s, size_t n, size_t *len)
{
    unsigned char *b = malloc(n / 2 + 1);
    for (size_t i = 0; i + 1 < n; i += 2)
        b[i / 2] = (unsigned char)(pk_digit(s[i]) << 4
                                   | pk_digit(s[i + 1]));
    *len = n / 2;
    return b;
}

static void pk_put_hex(FILE *f, const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%02x", b[i]);
    fputc('\n', f);
}
#line 21882 "pcall.nw"
static size_t pk_bad_reports;

/* "REPR\tHEX\tHEX\tHEX\tHEX": the number of pickles that disagree */
static size_t pk_check_line(char *line, size_t *checked)
{
    char *repr = line, *hex = strchr(line, '\t');
    size_t bad = 0;
    line[strcspn(line, "\n")] = '\0';
    if (hex == NULL)
        return 1;
    *hex++ = '\0';
    for (int proto = 2; *hex != '\0'; proto++) {
        size_t n = strcspn(hex, "\t"), len;
        unsigned char *b = pk_unhex(hex, n, &len);
        char *got = pk_loads(b, len);
        
#line 21907 "pcall.nw"
(*checked)++;
if (strcmp(got, repr) != 0) {
    bad++;
    if (pk_bad_reports++ < 5)
        fprintf(stderr, "\nprotocol %d: python %.300s\n"
                "            we     %.300s\n", proto, repr, got);
}
#line 21898 "pcall.nw"
        free(got);
        free(b);
        hex += n + (hex[n] == '\t');
    }
    return bad;
}
#line 21917 "pcall.nw"
static void test_pickle_oracle_from_python(void)
{
    FILE *p;
    char *line = NULL;
    size_t cap = 0, lines = 0, bad = 0, checked = 0;
    if (!pk_have_python())
        return;
    p = popen("python3 tests/pickle_oracle.py dumps "
              "tests/pickle_literals.txt", "r");
    CU_ASSERT_FATAL(p != NULL);
    while (getline(&line, &cap, p) > 0) {
        lines++;
        bad += pk_check_line(line, &checked);
    }
    free(line);
    CU_ASSERT_EQUAL(pclose(p), 0);
    CU_ASSERT_EQUAL(lines, 320 + 8);
    CU_ASSERT_EQUAL(checked, 4 * lines);
    CU_ASSERT_EQUAL(bad, 0);
}
#line 21948 "pcall.nw"
static size_t pk_read_values(pv ***values)
{
    FILE *f = fopen("tests/pickle_literals.txt", "r");
    char *line = NULL;
    size_t cap = 0, n = 0;
    *values = NULL;
    CU_ASSERT_FATAL(f != NULL);
    while (getline(&line, &cap, f) > 0) {
        pv_err e;
        line[strcspn(line, "\n")] = '\0';
        *values = realloc(*values, (n + 1) * sizeof **values);
        (*values)[n] = pv_parse(line, &e);
        if ((*values)[n] == NULL)
            fprintf(stderr, "\n%.100s: %s\n", line, e.msg);
        CU_ASSERT((*values)[n++] != NULL);
    }
    free(line);
    fclose(f);
    return n;
}
#line 21971 "pcall.nw"
static FILE *pk_tmpfile(char *path, size_t size)
{
    const char *dir = getenv("TMPDIR");
    int fd;
    snprintf(path, size, "%s/pickle-XXXXXX", dir ? dir : "/tmp");
    fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    return fdopen(fd, "w+");
}
#line 21983 "pcall.nw"
static void test_pickle_oracle_to_python(void)
{
    pv **v;
    size_t n, i = 0, len;
    char path[256], cmd[512], *line = NULL;
    FILE *f, *p;
    if (!pk_have_python())
        return;
    n = pk_read_values(&v);
    v = realloc(v, (n + 4) * sizeof *v);
    for (int k = 0; k < 5; k++)
        if (k != 3)
            v[n++] = pk_big(k);
    f = pk_tmpfile(path, sizeof path);
    
#line 22005 "pcall.nw"
for (i = 0; i < n; i++) {
    unsigned char *b = v[i] ? pk_dumps(v[i], &len) : NULL;
    pk_put_hex(f, b, b ? len : 0);
    free(b);
}
fclose(f);
snprintf(cmd, sizeof cmd, "python3 tests/pickle_oracle.py loads %s",
         path);
p = popen(cmd, "r");
for (i = 0, len = 0; p && getline(&line, &len, p) > 0; i++) {
    char *want = i < n && v[i] ? pv_repr(v[i]) : NULL;
    line[strcspn(line, "\n")] = '\0';
    if (want == NULL || strcmp(line, want) != 0)
        fprintf(stderr, "\nwe %.300s\npython %.300s\n",
                want ? want : "(no value)", line);
    CU_ASSERT(want != NULL && strcmp(line, want) == 0);
    free(want);
}
free(line);
CU_ASSERT(p != NULL && pclose(p) == 0);
CU_ASSERT_EQUAL(i, n);
unlink(path);
#line 21998 "pcall.nw"
    for (i = 0; i < n; i++)
        pv_free(v[i]);
    free(v);
}
#line 22036 "pcall.nw"
static const char *const pk_dis_values[] = {
    "None", "[1, 2.5, -3, 2147483648, 'a', b'b', ()]",
    "((1,), (1, 2), (1, 2, 3), (1, 2, 3, 4))",
    "{(1, 'x'): {'k': [True, False, None]}, -1e999: b''}",
    "'\\U0001f600\\n'", "[[[[]]], {}]",
};
#line 22059 "pcall.nw"
static void test_pickle_oracle_dis(void)
{
    size_t n = sizeof pk_dis_values / sizeof *pk_dis_values, len, size;
    char path[256], cmd[512], *ours = NULL, *theirs;
    FILE *f, *m, *p;
    if (!pk_have_python())
        return;
    f = pk_tmpfile(path, sizeof path);
    m = open_memstream(&ours, &size);
    for (size_t i = 0; i < n + 2; i++) {
        pv *v = i < n ? pv_lit(pk_dis_values[i])
                      : pk_big((int)(i - n + 1));
        unsigned char *b = pk_dumps(v, &len);
        pv_err e;
        fwrite(b, 1, len, f);
        CU_ASSERT_EQUAL(pv_pickle_dis(b, len, m, &e), 0);
        fputs("----\n", m);
        free(b);
        pv_free(v);
    }
    
#line 22084 "pcall.nw"
fclose(f);
fclose(m);
snprintf(cmd, sizeof cmd, "python3 tests/pickle_oracle.py dis %s",
         path);
p = popen(cmd, "r");
CU_ASSERT_FATAL(p != NULL);
theirs = pk_read_all(p);
CU_ASSERT_EQUAL(pclose(p), 0);
if (strcmp(ours, theirs) != 0) {
    size_t k = 0;
    while (ours[k] && ours[k] == theirs[k])
        k++;
    fprintf(stderr, "\nlistings differ at %zu:\nwe %.200s\n"
            "python %.200s\n", k, ours + k, theirs + k);
}
CU_ASSERT_STRING_EQUAL(ours, theirs);
free(ours);
free(theirs);
unlink(path);
#line 22080 "pcall.nw"
}
#line 22115 "pcall.nw"
static pv *pk_pairs_value(int levels)
{
    pv *t = pv_tuple_new(0);
    for (int i = 0; i < levels; i++)
        t = pv_tuple(2, pv_ref(t), t);
    return t;
}

static void test_pickle_memo_pairs(void)
{
    size_t len, len2;
    pv *t = pk_pairs_value(60), *d;
    const pv *x;
    unsigned char *b = pk_dumps(t, &len), *b2;
    CU_ASSERT_FATAL(b != NULL);
    CU_ASSERT(len < 300);
    d = pv_unpickle(b, len, NULL);
    CU_ASSERT_FATAL(d != NULL);
    x = d;
    CU_ASSERT(pk_spine(d, 59, PV_TUPLE));
    for (int i = 0; i < 59; i++)        /* down to ((), ()) */
        x = pv_item(x, 0);
    CU_ASSERT(pv_len(x) == 2 && pv_len(pv_item(x, 0)) == 0
              && pv_len(pv_item(x, 1)) == 0);
    CU_ASSERT(pv_equal(d, d));              /* at once: the same */
    b2 = pk_dumps(d, &len2);
    CU_ASSERT(b2 != NULL && len2 == len && memcmp(b, b2, len) == 0);
    free(b2);
    free(b);
    pv_free(d);
    pv_free(t);
}
#line 22158 "pcall.nw"
static void test_pickle_memo_bytes(void)
{
    pv *a = pv_list(1, pv_int(1)), *v = pv_list(2, pv_ref(a), a);
    pk_expect_bytes(v, "\x80\x04\x95\x0b\0\0\0\0\0\0\0](]\x94K\x01"
                    "ah\x00" "e.", 22);
    pv_free(v);
    v = pv_lit("[[1], [1]]");
    pk_expect_bytes(v, "\x80\x04\x95\x0c\0\0\0\0\0\0\0](]K\x01" "a]K"
                    "\x01" "ae.", 23);
    pv_free(v);
    a = pv_list(1, pv_int(1));          /* two references, one place */
    v = pv_list(2, pv_ref(a), pv_lit("[1]"));
    pk_expect_bytes(v, "\x80\x04\x95\x0c\0\0\0\0\0\0\0](]K\x01" "a]K"
                    "\x01" "ae.", 23);
    pv_free(v);
    pv_free(a);
}
#line 22185 "pcall.nw"
static void pk_shape(const pv *v, const pv **seen, size_t *n, FILE *f)
{
    pv_kind k = pv_kind_of(v);
    int items = k == PV_TUPLE || k == PV_LIST || k == PV_DICT;
    if (!items && k != PV_STR && k != PV_BYTES)
        return;
    if (k == PV_TUPLE ? pv_len(v) == 0 : !items && pv_len(v) < 2)
        return;
    for (size_t i = 0; i < *n; i++)
        if (seen[i] == v) {
            fprintf(f, " %zu", i);
            return;
        }
    CU_ASSERT_FATAL(*n < 1024);
    fprintf(f, " %zu", *n);
    seen[(*n)++] = v;
    for (size_t i = 0; items && i < pv_len(v); i++) {
        if (k == PV_DICT)
            pk_shape(pv_dict_key(v, i), seen, n, f);
        pk_shape(k == PV_DICT ? pv_dict_value(v, i) : pv_item(v, i),
                 seen, n, f);
    }
}

/* "REPR\tSHAPE" of v, as pickle_oracle.py sharing prints it */
static char *pk_repr_shape(const pv *v)
{
    const pv *seen[1024];
    size_t n = 0, size;
    char *text = NULL, *r = pv_repr(v);
    FILE *f = open_memstream(&text, &size);
    fprintf(f, "%s\t", r);
    free(r);
    pk_shape(v, seen, &n, f);
    fclose(f);
    return text;
}
#line 22229 "pcall.nw"
static pv *pk_shared(int which)
{
    pv *a = pv_list(2, pv_int(1), pv_str("xy")), *d = pv_dict_new(), *v;
    pv_dict_set(d, pv_str("k"), pv_ref(a), NULL);
    switch (which) {
    case 0:
        v = pv_str("shared");
        return pv_list(8, pv_ref(a), pv_ref(a), pv_ref(d), pv_ref(d),
                       pv_ref(v), v, pv_tuple(2, a, d),
                       pv_str("other"));
    case 1:
        v = pv_list_new();
        for (int i = 0; i < 300; i++) {
            char w[16];
            pv *x = pv_str((snprintf(w, sizeof w, "s%d", i), w));
            pv_list_append(v, pv_ref(x));
            pv_list_append(v, x);
        }
        break;
    
#line 22257 "pcall.nw"
case 2: {
    pv *b = pv_bytes("bb", 2);
    v = pv_tuple(3, pv_ref(b), pv_list(1, pv_ref(b)), b);
    break;
}
default: {
    pv *t = pv_tuple(2, pv_str("ab"), pv_int(3));
    v = pv_dict_new();
    pv_dict_set(v, pv_ref(t), t, NULL);
    break;
}
#line 22249 "pcall.nw"
    }
    pv_free(a);
    pv_free(d);
    return v;
}
#line 22274 "pcall.nw"
static void test_pickle_memo_shapes(void)
{
    char path[256], cmd[512], *line = NULL, *want[4];
    size_t len, cap = 0, i;
    FILE *f = pk_tmpfile(path, sizeof path), *p;
    for (i = 0; i < 4; i++) {
        pv *v = pk_shared((int)i), *d;
        unsigned char *b = pk_dumps(v, &len);
        want[i] = pk_repr_shape(v);
        d = pv_unpickle(b, len, NULL);
        CU_ASSERT_FATAL(d != NULL);
        char *got = pk_repr_shape(d);
        CU_ASSERT_STRING_EQUAL(got, want[i]);
        pk_put_hex(f, b, len);
        free(got);
        free(b);
        pv_free(d);
        pv_free(v);
    }
    fclose(f);
    
#line 22299 "pcall.nw"
if (pk_have_python()) {
    snprintf(cmd, sizeof cmd, "python3 tests/pickle_oracle.py sharing "
             "%s", path);
    p = popen(cmd, "r");
    CU_ASSERT_FATAL(p != NULL);
    for (i = 0; getline(&line, &cap, p) > 0; i++) {
        line[strcspn(line, "\n")] = '\0';
        if (i >= 4 || strcmp(line, want[i]) != 0)
            fprintf(stderr, "\npython %.300s\nwe     %.300s\n", line,
                    i < 4 ? want[i] : "(nothing)");
        CU_ASSERT(i < 4 && strcmp(line, want[i]) == 0);
    }
    CU_ASSERT_EQUAL(i, 4);
    CU_ASSERT_EQUAL(pclose(p), 0);
    free(line);
}
for (i = 0; i < 4; i++)
    free(want[i]);
unlink(path);
#line 22295 "pcall.nw"
}
#line 22327 "pcall.nw"
static void test_pickle_memo_oob_depth(void)
{
    pv *v = pv_bytes("0123456789", 10), *d, *buf, *deep;
    unsigned char *b;
    pv_pickle_buffer *bufs;
    size_t len, n;
    pv_err e;
    v = pv_list(2, pv_ref(v), v);
    CU_ASSERT_FATAL(pv_pickle_oob(v, 8, &b, &len, &bufs, &n, &e) == 0);
    CU_ASSERT_FATAL(n == 1);
    buf = pv_bytes(bufs[0].data, bufs[0].len);
    d = pv_unpickle_oob(b, len, &buf, 1, &e);
    CU_ASSERT(d != NULL && pv_item(d, 0) == pv_item(d, 1)
              && pv_item(d, 0) == buf);
    pv_free(d);
    pv_free(buf);
    free(b);
    free(bufs);
    pv_free(v);
    
#line 22351 "pcall.nw"
deep = pv_list_new();
for (int i = 1; i < 600; i++)
    deep = pv_list(1, deep);
v = pv_list(1, pv_ref(deep));
for (int i = 1; i < 499; i++)
    v = pv_list(1, v);
v = pv_list(2, deep, v);
CU_ASSERT_EQUAL(pv_pickle(v, &b, &len, &e), -1);
CU_ASSERT_STRING_EQUAL(e.msg, "cannot pickle: a list nested deeper "
                       "than 1000");
pv_free(v);
#line 22347 "pcall.nw"
}
#line 22370 "pcall.nw"
static pv *pk_pairs_target(const pv *args, const pv *kwargs)
{
    const pv *n = pcall_arg(args, kwargs, 0, "levels");
    return pk_pairs_value((int)pv_as_int(n));
}

static void test_pcall_shared_result(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(pk_pairs_target, .iargs = pv_lit("((60,), (3,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 2);
    CU_ASSERT(pk_spine(pv_item(r, 0), 59, PV_TUPLE));
    CU_ASSERT(pk_spine(pv_item(r, 1), 2, PV_TUPLE));
    pv_free(r);
    pcall_error_free(err);
}
#line 22437 "pcall.nw"
static void test_pickle_tool(void)
{
    char path[256], cmd[1024], want[1024];
    FILE *f;
    if (getenv("PCALL_PICKLE") == NULL) {
        printf("\n    $PCALL_PICKLE not set: tool test skipped ");
        return;
    }
    pk_tool("\"$PCALL_PICKLE\" dumps '[1, (2.5, None), {b\"k\": -3}]'"
            " | \"$PCALL_PICKLE\" repr -", 0,
            "[1, (2.5, None), {b'k': -3}]\n");
    f = pk_tmpfile(path, sizeof path);
    fclose(f);
    
#line 22457 "pcall.nw"
snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" dumps \"{'a': [1, True]}\""
         " > %s", path);
pk_tool(cmd, 0, "");
{
    size_t len, got;
    pv *v = pv_lit("{'a': [1, True]}");
    unsigned char *b = pk_dumps(v, &len), buf[64];
    f = fopen(path, "rb");
    got = fread(buf, 1, sizeof buf, f);
    fclose(f);
    CU_ASSERT(got == len && memcmp(buf, b, len) == 0);
    free(b);
    pv_free(v);
}
snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" dis %s | tail -2", path);
pk_tool(cmd, 0, "   22: .    STOP\n"
        "highest protocol among opcodes = 4\n");
#line 22451 "pcall.nw"
    
#line 22477 "pcall.nw"
f = fopen(path, "wb");
fwrite("\x80\x04\x95\x0c\0\0\0\0\0\0", 1, 10, f);
fclose(f);
snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" repr %s 2>&1", path);
snprintf(want, sizeof want, "pcall-pickle: %s: truncated at offset "
         "10 (needed 1 more byte for FRAME)\n", path);
pk_tool(cmd, 1, want);
pk_tool("\"$PCALL_PICKLE\" repr /nonexistent/x 2>&1", 1,
        "pcall-pickle: /nonexistent/x: No such file or directory\n");
pk_tool("\"$PCALL_PICKLE\" repr / 2>&1", 1,
        "pcall-pickle: /: Is a directory\n");
pk_tool("printf '\\200\\002]cos\\nsystem\\n.' | \"$PCALL_PICKLE\" dis -"
        " 2>&1", 1, "    0: \\x80 PROTO      2\n"
        "    2: ]    EMPTY_LIST\n"
        "    3: c    GLOBAL     'os system'  <- refused: it names "
        "'os system', not the protocol-2 spelling of bytes\n"
        "stopped: STOP at offset 14: the stack holds 2 values, not 1\n"
        "pcall-pickle: -: opcode GLOBAL (0x63) at offset 3 is not "
        "allowed: it names 'os system', not the protocol-2 spelling of "
        "bytes\n");
#line 22505 "pcall.nw"
{
    const char *bad[] = { "[1,", "{[]: 1}", "1 +" };
    for (int i = 0; i < 3; i++) {
        pv_err e;
        CU_ASSERT(pv_parse(bad[i], &e) == NULL);
        snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" dumps '%s' 2>&1",
                 bad[i]);
        snprintf(want, sizeof want, "pcall-pickle: %s\n", e.msg);
        pk_tool(cmd, 1, want);
    }
}
#line 22519 "pcall.nw"
{
    const char *usage = "usage: pcall-pickle repr FILE|-\n"
                        "       pcall-pickle dis FILE|-\n"
                        "       pcall-pickle dumps LITERAL\n"
                        "       pcall-pickle --help | --version\n";
    char frob[256];
    snprintf(frob, sizeof frob, "pcall-pickle: unknown command "
             "'frob'\n%s", usage);
    pk_tool("\"$PCALL_PICKLE\" 2>&1", 2, usage);
    pk_tool("\"$PCALL_PICKLE\" frob x 2>&1", 2, frob);
    pk_tool("\"$PCALL_PICKLE\" frob x 2>/dev/null", 2, "");
    pk_tool("\"$PCALL_PICKLE\" repr a b 2>&1", 2, usage);
    pk_tool("\"$PCALL_PICKLE\" dumps 2>&1", 2, usage);
    
#line 22540 "pcall.nw"
pk_tool("\"$PCALL_PICKLE\" --help 2>/dev/null", 0, usage);
pk_tool("\"$PCALL_PICKLE\" -h 2>/dev/null", 0, usage);
pk_tool("\"$PCALL_PICKLE\" --help 2>&1 >/dev/null", 0, "");
#line 22533 "pcall.nw"
}
#line 22452 "pcall.nw"
    unlink(path);
}
#line 22553 "pcall.nw"
static void test_pickle_tool_shared(void)
{
    char path[256], cmd[1024], want[1024];
    size_t len;
    char *b = pk_pairs(60, 0, &len);
    FILE *f;
    if (getenv("PCALL_PICKLE") == NULL) {
        free(b);
        return;
    }
    f = pk_tmpfile(path, sizeof path);
    fwrite(b, 1, len, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "timeout 20 \"$PCALL_PICKLE\" repr %s "
             "2>&1", path);
    snprintf(want, sizeof want, "pcall-pickle: %s: shared "
             "references expand to more than 16777460 values; the "
             "repr is not printed\n", path);
    pk_tool(cmd, 1, want);
    snprintf(cmd, sizeof cmd, "timeout 20 \"$PCALL_PICKLE\" dis %s "
             "| tail -1", path);
    pk_tool(cmd, 0, "highest protocol among opcodes = 4\n");
    unlink(path);
    free(b);
}
#line 22585 "pcall.nw"
static void test_pickle_tool_large(void)
{
    char path[256], cmd[1024], *want, *got, *big;
    size_t len, n = 4 << 20;
    unsigned char *b;
    pv *v;
    int st;
    FILE *f;
    if (getenv("PCALL_PICKLE") == NULL)
        return;
    big = malloc(n);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)('a' + i % 26);
    v = pv_list(2, pv_bytes(big, n), pv_str("end"));
    free(big);
    
#line 22605 "pcall.nw"
b = pk_dumps(v, &len);
f = pk_tmpfile(path, sizeof path);
fwrite(b, 1, len, f);
fclose(f);
snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" repr - < %s", path);
got = pk_sh(cmd, &st);
want = pv_repr(v);
CU_ASSERT_EQUAL(st, 0);
CU_ASSERT(strlen(got) == strlen(want) + 1
          && strncmp(got, want, strlen(want)) == 0);
unlink(path);
free(got);
free(want);
free(b);
pv_free(v);
#line 22601 "pcall.nw"
}
#line 22630 "pcall.nw"
static const struct pk_case pk_points[] = {
    PK("ccopy_reg\n_reconstructor\np0\n(c__main__\nPoint\np1\n"
       "c__builtin__\nobject\np2\nNtp3\nRp4\n.",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: a class "
       "instance (__main__.Point) is not data"),
    PK("ccopy_reg\n_reconstructor\nq\x00(c__main__\nPoint\nq\x01"
       "c__builtin__\nobject\nq\x02Ntq\x03Rq\x04.",
       "ERROR opcode GLOBAL (0x63) at offset 0 is not allowed: a class "
       "instance (__main__.Point) is not data"),
    PK("\x80\x02" "c__main__\nPoint\nq\x00)\x81q\x01.",
       "ERROR opcode GLOBAL (0x63) at offset 2 is not allowed: a class "
       "instance (__main__.Point) is not data"),
    PK("\x80\x05\x95\x19\0\0\0\0\0\0\0\x8c\x08__main__\x94\x8c\x05"
       "Point\x94\x93\x94)\x81\x94.",
       "ERROR opcode STACK_GLOBAL (0x93) at offset 30 is not allowed: "
       "a class instance (__main__.Point) is not data"),
};

static void test_pickle_class_instance(void)
{
    pk_check(pk_points, sizeof pk_points / sizeof *pk_points);
}
#line 22660 "pcall.nw"
static char *pk_dis_all(const void *p, size_t len, int *rc, char *msg)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    pv_err e;
    *rc = pv_pickle_dis_all(p, len, f, &e);
    fclose(f);
    strcpy(msg, *rc == 0 ? "" : e.msg);
    return text;
}

static void test_pickle_dis_all(void)
{
    int rc, rc2;
    char msg[PV_ERRMAX], msg2[PV_ERRMAX], *text, *text2;
    const struct pk_case *c = &pk_points[2];
    text = pk_dis_all(c->data, c->len, &rc, msg);
    CU_ASSERT_EQUAL(rc, -1);
    CU_ASSERT_STRING_EQUAL(msg, c->want + 6);
    CU_ASSERT_PTR_NOT_NULL(strstr(text, "   24: .    STOP\n"
                                  "highest protocol among opcodes = 2\n"));
    free(text);
    
#line 22689 "pcall.nw"
text = pk_dis_all("\x80\x02" "cos\nsystem\n\xff", 14, &rc, msg);
CU_ASSERT_EQUAL(rc, -1);
CU_ASSERT_STRING_EQUAL(text,
    "    0: \\x80 PROTO      2\n"
    "    2: c    GLOBAL     'os system'  <- refused: it names 'os "
    "system', not the protocol-2 spelling of bytes\n"
    "stopped: opcode <unknown> (0xff) at offset 13 is not allowed: not "
    "a pickle opcode\n");
CU_ASSERT_STRING_EQUAL(msg, "opcode GLOBAL (0x63) at offset 2 is not "
                       "allowed: it names 'os system', not the "
                       "protocol-2 spelling of bytes");
free(text);
#line 22708 "pcall.nw"
text = pk_dis_all("\x80\x02" "cos\nsystem\n", 13, &rc, msg);
CU_ASSERT_EQUAL(rc, -1);
CU_ASSERT_STRING_EQUAL(text,
    "    0: \\x80 PROTO      2\n"
    "    2: c    GLOBAL     'os system'  <- refused: it names 'os "
    "system', not the protocol-2 spelling of bytes\n"
    "stopped: truncated at offset 13 (needed 1 more byte for the next "
    "opcode)\n");
free(text);
#line 22684 "pcall.nw"
    
#line 22720 "pcall.nw"
{
    size_t len;
    pv *v = pv_lit("[(1, 'a'), {b'k': [None, 2.5]}]");
    unsigned char *b = pk_dumps(v, &len);
    text = pk_dis_all(b, len, &rc, msg);
    text2 = pk_dis(b, len, &rc2, msg2);
    CU_ASSERT(rc == 0 && rc2 == 0);
    CU_ASSERT_STRING_EQUAL(text, text2);
    free(text);
    free(text2);
    free(b);
    pv_free(v);
}
#line 22685 "pcall.nw"
}
#line 22742 "pcall.nw"
static void test_pickle_tool_dis_all(void)
{
    char path[256], cmd[1024], want[1024];
    size_t n = sizeof pk_points / sizeof *pk_points;
    if (getenv("PCALL_PICKLE") == NULL)
        return;
    pk_tool("\"$PCALL_PICKLE\" --version 2>&1", 0,
            "pcall-pickle 1.0.0\n");
    for (size_t i = 0; i < n; i++) {
        FILE *f = pk_tmpfile(path, sizeof path);
        fwrite(pk_points[i].data, 1, pk_points[i].len, f);
        fclose(f);
        snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" dis %s 2>&1 "
                 ">/dev/null", path);
        snprintf(want, sizeof want, "pcall-pickle: %s: %s\n", path,
                 pk_points[i].want + 6);
        pk_tool(cmd, 1, want);
        
#line 22766 "pcall.nw"
if (pk_have_python()) {
    snprintf(cmd, sizeof cmd, "\"$PCALL_PICKLE\" dis %s 2>/dev/null"
             " | sed 's/  <- refused: .*//' | python3 -c 'import io, "
             "sys, pickletools; o = io.StringIO(); pickletools.dis(open("
             "sys.argv[1], \"rb\"), o); print(o.getvalue() == "
             "sys.stdin.read())' %s", path, path);
    pk_tool(cmd, 0, "True\n");
}
#line 22760 "pcall.nw"
        unlink(path);
    }
}
#line 22804 "pcall.nw"
static pv *pk_fill(int c, size_t n)
{
    unsigned char *d;
    pv *b = pv_bytes_new(n, &d);
    CU_ASSERT_FATAL(b != NULL);
    memset(d, c, n);
    return b;
}

static pv *pk_oob_value(void)
{
    char s[3000];
    memset(s, 'x', sizeof s - 1);
    s[sizeof s - 1] = '\0';
    return pv_tuple(4, pk_fill('A', 2000),
                    pv_list(2, pv_bytes("short", 5),
                            pk_fill('B', 1000)),
                    pv_str(s), pk_fill('C', 1500));
}

/* The three long bytes of pk_oob_value, in the pickle's order. */
static const pv *pk_oob_item(const pv *v, size_t k)
{
    return k == 0 ? pv_item(v, 0)
         : k == 1 ? pv_item(pv_item(v, 1), 1) : pv_item(v, 3);
}
#line 22833 "pcall.nw"
static void test_pickle_oob(void)
{
    pv *v = pk_oob_value(), *copies[4], *w;
    unsigned char *out;
    pv_pickle_buffer *bufs;
    size_t len, nbufs;
    pv_err e;
    CU_ASSERT_FATAL(pv_pickle_oob(v, 1000, &out, &len, &bufs, &nbufs,
                                  NULL) == 0);
    CU_ASSERT_EQUAL(out[1], 5);
    CU_ASSERT_EQUAL_FATAL(nbufs, 3);
    for (size_t k = 0; k < 3; k++) {
        size_t n;
        const unsigned char *d = pv_bytes_data(pk_oob_item(v, k), &n);
        CU_ASSERT(bufs[k].data == d && bufs[k].len == n);
        copies[k] = pv_bytes(bufs[k].data, bufs[k].len);
    }
    copies[3] = pv_bytes("", 0);
    w = pv_unpickle_oob(out, len, copies, 3, &e);
    CU_ASSERT_FATAL(w != NULL);
    CU_ASSERT(pv_equal(v, w) == 1);
    for (size_t k = 0; k < 3; k++)
        CU_ASSERT_PTR_EQUAL(pk_oob_item(w, k), copies[k]);
    pv_free(w);
    
#line 22868 "pcall.nw"
CU_ASSERT_PTR_NULL(pv_unpickle_oob(out, len, copies, 2, &e));
CU_ASSERT(strstr(e.msg, "NEXT_BUFFER at offset ") == e.msg
          && strstr(e.msg, ": all 2 out-of-band buffers are used"));
CU_ASSERT_PTR_NULL(pv_unpickle_oob(out, len, copies, 4, &e));
CU_ASSERT_STRING_EQUAL(e.msg, "1 of the 4 out-of-band buffers were "
                       "not used");
CU_ASSERT_PTR_NULL(pv_unpickle(out, len, &e));
CU_ASSERT(strstr(e.msg, "is not allowed: no out-of-band buffers "
                 "were given") != NULL);
#line 22858 "pcall.nw"
    
#line 22883 "pcall.nw"
if (pk_have_python()) {
    char path[2048], cmd[4200], *line = NULL, *want = pv_repr(v);
    size_t cap = 0;
    FILE *f, *p;
    snprintf(path, sizeof path, "%s/pkoob.XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    f = fdopen(mkstemp(path), "w");
    CU_ASSERT_FATAL(f != NULL);
    pk_put_hex(f, out, len);
    for (size_t k = 0; k < 3; k++)
        pk_put_hex(f, bufs[k].data, bufs[k].len);
    CU_ASSERT_FATAL(fclose(f) == 0);
    snprintf(cmd, sizeof cmd, "python3 -c 'import pickle, sys; "
             "h = open(sys.argv[1]).read().split(); "
             "print(repr(pickle.loads(bytes.fromhex(h[0]), buffers="
             "[bytes.fromhex(x) for x in h[1:]])))' '%s'", path);
    p = popen(cmd, "r");
    CU_ASSERT_FATAL(p != NULL);
    CU_ASSERT(getline(&line, &cap, p) > 0);
    CU_ASSERT(pclose(p) == 0);
    if (line != NULL)
        line[strcspn(line, "\n")] = '\0';
    CU_ASSERT(line != NULL && strcmp(line, want) == 0);
    unlink(path);
    free(line);
    free(want);
}
#line 22859 "pcall.nw"
    for (size_t k = 0; k < 4; k++)
        pv_free(copies[k]);
    free(out);
    free(bufs);
    pv_free(v);
}
#line 22924 "pcall.nw"
static void pkr_in_child(void)
{
    pv *v = pv_tuple(2, pv_str("big"), pv_bytes("0123456789", 10));
    unsigned char *a, *b;
    pv_pickle_buffer *ba, *bb;
    size_t la, lb, na, nb;
    pv_arena_use(pvt_region, sizeof pvt_region);
    PVT_CHECK(pv_pickle_oob(v, 4, &a, &la, &ba, &na, NULL) == 0);
    PVT_CHECK(pv_pickle_oob_region(v, 4, &b, &lb, &bb, &nb, NULL)
              == 0);
    PVT_CHECK(pvt_in_region(b) && pvt_in_region(bb)
              && !pvt_in_region(a) && !pvt_in_region(ba));
    PVT_CHECK(la == lb && memcmp(a, b, la) == 0 && na == 1 && nb == 1
              && bb[0].len == 10 && bb[0].data == ba[0].data);
    free(a);
    free(ba);
    pv_mem_free(b);
    pv_mem_free(bb);
    pv_free(v);
    abort();
}

static void pkr_null(void)
{
    pv_pickle_oob_region(NULL, 0, NULL, NULL, NULL, NULL, NULL);
}

static void test_pickle_oob_region(void)
{
    pvt_expect_abort(pkr_in_child, "");
    pvt_expect_abort(pkr_null, "pv_pickle_oob_region: NULL argument\n");
}

#line 20511 "pcall.nw"
void register_pickle_tests(void)
{
    
#line 21394 "pcall.nw"
TEST("pickle", test_pickle_exact_bytes);
TEST("pickle", test_pickle_round_trips);
TEST("pickle", test_pickle_frames);
TEST("pickle", test_pickle_abuse);
TEST("pickle", test_pickle_cpython_bad);
#line 21751 "pcall.nw"
TEST("pickle", test_pickle_from_cpython);
TEST("pickle", test_pickle_truncated);
TEST("pickle", test_pickle_deep);
TEST("pickle", test_pickle_shared);
TEST("pickle", test_pickle_memo_limit);
TEST("pickle", test_pickle_encode_depth);
#line 22391 "pcall.nw"
TEST("pcall", test_pcall_shared_result);
TEST("pickle", test_pickle_memo_pairs);
TEST("pickle", test_pickle_memo_bytes);
TEST("pickle", test_pickle_memo_shapes);
TEST("pickle", test_pickle_memo_oob_depth);
#line 22777 "pcall.nw"
TEST("pickle", test_pickle_class_instance);
TEST("pickle", test_pickle_dis_all);
TEST("pickle", test_pickle_tool_dis_all);
#line 22783 "pcall.nw"
TEST("pickle", test_pickle_dis);
TEST("pickle", test_pickle_oracle_from_python);
TEST("pickle", test_pickle_oracle_to_python);
TEST("pickle", test_pickle_oracle_dis);
TEST("pickle", test_pickle_tool);
TEST("pickle", test_pickle_tool_large);
TEST("pickle", test_pickle_tool_shared);
#line 22913 "pcall.nw"
TEST("pickle", test_pickle_oob);
#line 22959 "pcall.nw"
TEST("pickle", test_pickle_oob_region);
#line 20514 "pcall.nw"
}
