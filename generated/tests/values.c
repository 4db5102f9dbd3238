#line 18109 "pcall.nw"
/* tests/values.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 18127 "pcall.nw"
#include "values.h"
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#line 19072 "pcall.nw"
#include <pthread.h>
#line 339 "pcall.nw"
static void test_values_brief(void)
{
    
#line 320 "pcall.nw"
pv *args = pv_lit("{'x': (1, 2, 3), 'y': (4, 5, 6)}");  /* new */
const pv *x = pv_dict_get_str(args, "x");        /* borrowed */
int64_t x1 = pv_as_int(pv_item(x, 1));           /* 2 */
pv *l = pv_list_new();                           /* new */
pv_list_append(l, pv_int(x1));          /* l steals the new int */
pv_list_append(l, pv_ref(args));        /* and a new reference */
char *s = pv_repr(l);   /* [2, {'x': (1, 2, 3), 'y': (4, 5, 6)}] */
#line 342 "pcall.nw"
    CU_ASSERT_EQUAL(x1, 2);
    CU_ASSERT_STRING_EQUAL(s, "[2, {'x': (1, 2, 3), 'y': (4, 5, 6)}]");
    
#line 329 "pcall.nw"
pv_free(args);             /* l still holds it: nothing is freed */
pv_free(l);                /* the int and the dict go with it */
free(s);
#line 345 "pcall.nw"
}
#line 18136 "pcall.nw"
/* Check repr(v) against the string Python prints, then drop v. */
#define PVT_REPR_IS(v, want)                                          \
    do {                                                              \
        pv *v_ = (v);                                                 \
        char *r_ = pv_repr(v_);                                       \
        const char *g_ = r_ != NULL ? r_ : "(pv_repr gave NULL)";     \
        if (strcmp(g_, (want)) != 0)                                  \
            fprintf(stderr, "\n  repr: got %s\n  want %s\n", g_,      \
                    (want));                                          \
        CU_ASSERT_PTR_NOT_NULL(r_);                                   \
        CU_ASSERT_STRING_EQUAL(g_, (want));                           \
        free(r_);                                                     \
        pv_free(v_);                                                  \
    } while (0)
#line 18154 "pcall.nw"
static void test_values_scalars(void)
{
    pv *t = pv_bool(7), *f = pv_bool(0), *i = pv_int(-42);
    pv *x = pv_float(2.5);
    CU_ASSERT(pv_kind_of(pv_none()) == PV_NONE);
    CU_ASSERT(pv_none() == pv_none());    /* one immortal None */
    CU_ASSERT(pv_is(t, PV_BOOL) && !pv_is(t, PV_INT));
    CU_ASSERT(pv_as_bool(t) == 1 && pv_as_bool(f) == 0);
    CU_ASSERT(pv_as_int(t) == 1 && pv_as_int(f) == 0);
    CU_ASSERT(pv_as_int(i) == -42 && pv_kind_of(i) == PV_INT);
    CU_ASSERT(pv_as_float(x) == 2.5 && pv_kind_of(x) == PV_FLOAT);
    CU_ASSERT_STRING_EQUAL(pv_kind_name(PV_NONE), "NoneType");
    CU_ASSERT_STRING_EQUAL(pv_kind_name(PV_BOOL), "bool");
    CU_ASSERT_STRING_EQUAL(pv_kind_name(PV_BYTES), "bytes");
    CU_ASSERT_STRING_EQUAL(pv_kind_name(PV_DICT), "dict");
    PVT_REPR_IS(t, "True");
    PVT_REPR_IS(f, "False");
    PVT_REPR_IS(i, "-42");
    PVT_REPR_IS(x, "2.5");
    PVT_REPR_IS(pv_none(), "None");
    PVT_REPR_IS(pv_int(INT64_MAX), "9223372036854775807");
    PVT_REPR_IS(pv_int(INT64_MIN), "-9223372036854775808");
}
#line 18187 "pcall.nw"
static void test_values_strings(void)
{
    size_t n;
    pv *s = pv_str("h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80");
    pv *z = pv_strn("a\0b", 3, NULL);
    pv *b = pv_bytes("\0\xff", 2);
    CU_ASSERT_EQUAL(pv_len(s), 8);   /* e-acute, euro, U+1F600 */
    CU_ASSERT_STRING_EQUAL(pv_str_data(s, &n), "h\xc3\xa9llo "
                           "\xe2\x82\xac\xf0\x9f\x98\x80");
    CU_ASSERT_EQUAL(n, 14);
    CU_ASSERT_FATAL(z != NULL);
    CU_ASSERT(pv_len(z) == 3 && memcmp(pv_str_data(z, &n), "a\0b",
                                       4) == 0 && n == 3);
    CU_ASSERT(pv_len(b) == 2 && pv_bytes_data(b, &n)[1] == 0xff);
    CU_ASSERT(pv_bytes_data(b, NULL)[2] == 0);   /* NUL after */
    PVT_REPR_IS(z, "'a\\x00b'");
    PVT_REPR_IS(pv_strn(NULL, 0, NULL), "''");
    PVT_REPR_IS(pv_bytes(NULL, 0), "b''");
    pv_free(s);
    pv_free(b);
}
#line 18215 "pcall.nw"
static void test_values_utf8(void)
{
    static const struct { const char *s; size_t at; } bad[] = {
        { "\xc0\x80", 0 },          /* overlong U+0000 */
        { "\xe0\x80\xaf", 0 },      /* overlong '/' */
        { "\xf0\x80\x80\xaf", 0 },  /* overlong '/' */
        { "\xed\xa0\x80", 0 },      /* surrogate U+D800 */
        { "x\xed\xbf\xbf", 1 },     /* surrogate U+DFFF */
        { "\xf4\x90\x80\x80", 0 },  /* U+110000 */
        { "\xf5\x80\x80\x80", 0 },
        { "ab\xe2\x82", 2 },        /* truncated */
        { "\x80", 0 },              /* lone continuation */
        { "a\xff", 1 },
        { "\xc3(", 0 },             /* bad continuation */
    };
    static const char *good[] = {
        "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf",
        "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x90\x80\x80",
        "\xf4\x8f\xbf\xbf",
    };
    
#line 18240 "pcall.nw"
for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    pv_err err;
    char want[PV_ERRMAX];
    size_t n = strlen(bad[i].s);
    snprintf(want, sizeof want,
             "invalid UTF-8 at byte offset %zu (0x%02x)", bad[i].at,
             (unsigned char)bad[i].s[bad[i].at]);
    CU_ASSERT(pv_strn(bad[i].s, n, &err) == NULL);
    CU_ASSERT_STRING_EQUAL(err.msg, want);
    CU_ASSERT(pv_strn(bad[i].s, n, NULL) == NULL);
}
for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
    pv *s = pv_strn(good[i], strlen(good[i]), NULL);
    CU_ASSERT_FATAL(s != NULL);
    CU_ASSERT_EQUAL(pv_len(s), 1);
    pv_free(s);
}
#line 18236 "pcall.nw"
}
#line 18265 "pcall.nw"
static void test_values_sequences(void)
{
    pv *t = pv_tuple(3, pv_int(1), pv_str("a"), pv_none());
    pv *u = pv_tuple_new(2), *l = pv_list_new();
    int64_t sum = 0;
    CU_ASSERT(pv_len(t) == 3 && pv_as_int(pv_item(t, 0)) == 1);
    CU_ASSERT(pv_item(t, 2) == pv_none());
    PVT_REPR_IS(pv_ref(u), "(None, None)");
    pv_tuple_set(u, 1, pv_float(0.5));
    pv_tuple_set(u, 0, t);                       /* steals t */
    PVT_REPR_IS(u, "((1, 'a', None), 0.5)");
    for (int i = 0; i < 1000; i++)
        pv_list_append(l, pv_int(i));
    for (size_t i = 0; i < pv_len(l); i++)
        sum += pv_as_int(pv_item(l, i));
    CU_ASSERT(pv_len(l) == 1000 && sum == 999 * 1000 / 2);
    pv_free(l);
    PVT_REPR_IS(pv_list(0), "[]");
    PVT_REPR_IS(pv_tuple(0), "()");
    PVT_REPR_IS(pv_list(2, pv_list(0), pv_tuple(0)), "[[], ()]");
}
#line 18301 "pcall.nw"
static void test_values_ownership(void)
{
    pv *shared = pv_str("shared"), *deep = pv_list_new(), *cur;
    pv *l = pv_list(2, pv_ref(shared), pv_ref(shared));
    pv *t = pv_tuple(1, pv_ref(shared)), *d = pv_dict_new();
    CU_ASSERT(pv_dict_set(d, pv_ref(shared), pv_ref(shared),
                          NULL) == 0);
    CU_ASSERT(pv_dict_set(d, pv_list(0), pv_ref(shared), NULL) < 0);
    pv_free(l);
    pv_free(d);
    CU_ASSERT(pv_item(t, 0) == shared);
    PVT_REPR_IS(t, "('shared',)");
    PVT_REPR_IS(shared, "'shared'");
    cur = deep;
    for (int i = 0; i < 200000; i++) {
        pv *inner = pv_list_new();
        pv_list_append(cur, inner);
        cur = inner;
    }
    pv_free(deep);
    for (int i = 0; i < 5; i++)
        pv_free(pv_ref(pv_none())), pv_free(pv_bool(1));
    pv_free(NULL);
    PVT_REPR_IS(pv_list(2, pv_none(), pv_bool(1)), "[None, True]");
}
#line 18338 "pcall.nw"
static void pvt_eq(pv *a, pv *b, int want, int line)
{
    int ab = pv_equal(a, b), ba = pv_equal(b, a);
    uint64_t ha, hb;
    if (ab != want || ba != want)
        fprintf(stderr, "\n  pcall.nw:%d: pv_equal gave %d, %d\n",
                line, ab, ba);
    CU_ASSERT(ab == want && ba == want);
    if (want && pv_hash(a, &ha) == 0) {
        CU_ASSERT(pv_hash(b, &hb) == 0 && ha == hb);
    }
    pv_free(a);
    pv_free(b);
}
#define PVT_EQ(a, b, want) pvt_eq((a), (b), (want), __LINE__)
#line 18356 "pcall.nw"
static void test_values_equal_numbers(void)
{
    PVT_EQ(pv_int(1), pv_float(1.0), 1);
    PVT_EQ(pv_bool(1), pv_int(1), 1);
    PVT_EQ(pv_bool(1), pv_float(1.0), 1);
    PVT_EQ(pv_bool(0), pv_float(-0.0), 1);
    PVT_EQ(pv_float(-0.0), pv_float(0.0), 1);
    PVT_EQ(pv_float(-0.0), pv_int(0), 1);
    PVT_EQ(pv_int(((int64_t)1 << 53) + 1), pv_float(0x1p53), 0);
    PVT_EQ(pv_int((int64_t)1 << 53), pv_float(0x1p53), 1);
    PVT_EQ(pv_int(INT64_MAX), pv_float(0x1p63), 0);
    PVT_EQ(pv_int(INT64_MIN), pv_float(-0x1p63), 1);
    PVT_EQ(pv_int(0), pv_float(0.5), 0);
    PVT_EQ(pv_int(INT64_MAX), pv_float(INFINITY), 0);
    PVT_EQ(pv_float(NAN), pv_float(NAN), 0);
    PVT_EQ(pv_int(2), pv_int(2), 1);
    PVT_EQ(pv_bool(0), pv_none(), 0);
    PVT_EQ(pv_none(), pv_none(), 1);
    pv *nan = pv_float(NAN);
    CU_ASSERT(!pv_equal(nan, nan));              /* even itself */
    PVT_EQ(pv_list(1, pv_ref(nan)), pv_list(1, pv_ref(nan)), 1);
    PVT_EQ(pv_list(1, nan), pv_list(1, pv_float(NAN)), 0);
}
#line 18382 "pcall.nw"
static pv *pvt_dict2(pv *k1, pv *v1, pv *k2, pv *v2)
{
    pv *d = pv_dict_new();
    CU_ASSERT(pv_dict_set(d, k1, v1, NULL) == 0);
    if (k2 != NULL)
        CU_ASSERT(pv_dict_set(d, k2, v2, NULL) == 0);
    return d;
}

static void test_values_equal_containers(void)
{
    PVT_EQ(pv_tuple(2, pv_int(1), pv_int(2)),
           pv_list(2, pv_int(1), pv_int(2)), 0);
    PVT_EQ(pv_tuple(2, pv_int(1), pv_int(2)),
           pv_tuple(2, pv_float(1.0), pv_bool(0)), 0);
    PVT_EQ(pv_tuple(2, pv_int(1), pv_int(0)),
           pv_tuple(2, pv_float(1.0), pv_bool(0)), 1);
    PVT_EQ(pv_list(0), pv_tuple(0), 0);
    PVT_EQ(pv_list(1, pv_int(1)), pv_list(2, pv_int(1), pv_int(1)), 0);
    PVT_EQ(pv_str("a"), pv_bytes("a", 1), 0);
    PVT_EQ(pv_str("abc"), pv_str("abd"), 0);
    PVT_EQ(pv_str("abc"), pv_strn("abc", 3, NULL), 1);
    PVT_EQ(pv_bytes("a\0", 2), pv_bytes("a", 1), 0);
}
#line 18412 "pcall.nw"
static void test_values_equal_dicts(void)
{
    PVT_EQ(pvt_dict2(pv_str("a"), pv_int(1), pv_str("b"), pv_int(2)),
           pvt_dict2(pv_str("b"), pv_int(2), pv_str("a"), pv_int(1)), 1);
    PVT_EQ(pvt_dict2(pv_str("a"), pv_int(1), NULL, NULL),
           pvt_dict2(pv_str("a"), pv_float(1.0), NULL, NULL), 1);
    PVT_EQ(pvt_dict2(pv_str("a"), pv_int(1), NULL, NULL),
           pvt_dict2(pv_str("a"), pv_int(2), NULL, NULL), 0);
    PVT_EQ(pvt_dict2(pv_str("a"), pv_int(1), NULL, NULL),
           pvt_dict2(pv_str("b"), pv_int(1), NULL, NULL), 0);
    PVT_EQ(pvt_dict2(pv_int(1), pv_str("x"), NULL, NULL),
           pvt_dict2(pv_float(1.0), pv_str("x"), NULL, NULL), 1);
    PVT_EQ(pvt_dict2(pv_int(1), pv_none(), NULL, NULL),
           pvt_dict2(pv_int(1), pv_none(), pv_int(2), pv_none()), 0);
    PVT_EQ(pv_dict_new(), pv_dict_new(), 1);
    PVT_EQ(pv_dict_new(), pv_list(0), 0);
}
#line 18443 "pcall.nw"
static uint64_t pvt_hash(pv *v)
{
    uint64_t h = 0;
    CU_ASSERT(pv_hash(v, &h) == 0);
    pv_free(v);
    return h;
}

static void test_values_hash_cpython(void)
{
    CU_ASSERT(pvt_hash(pv_int(1)) == 1);
    CU_ASSERT(pvt_hash(pv_bool(1)) == 1);
    CU_ASSERT(pvt_hash(pv_int(-1)) == (uint64_t)-2);
    CU_ASSERT(pvt_hash(pv_int(((int64_t)1 << 61) - 1)) == 0);
    CU_ASSERT(pvt_hash(pv_int((int64_t)1 << 61)) == 1);
    CU_ASSERT(pvt_hash(pv_int(INT64_MIN)) == (uint64_t)-4);
    CU_ASSERT(pvt_hash(pv_float(0.5)) == 1152921504606846976u);
    CU_ASSERT(pvt_hash(pv_float(1.5)) == 1152921504606846977u);
    CU_ASSERT(pvt_hash(pv_float(-0.0)) == 0);
    CU_ASSERT(pvt_hash(pv_float(INFINITY)) == 314159);
    CU_ASSERT(pvt_hash(pv_float(-INFINITY)) == (uint64_t)-314159);
    CU_ASSERT(pvt_hash(pv_float(1e300)) == 1224995262755759164u);
    CU_ASSERT(pvt_hash(pv_float(0x1p-1074)) == 16777216);
    CU_ASSERT(pvt_hash(pv_tuple(0)) == 5740354900026072187u);
    CU_ASSERT(pvt_hash(pv_tuple(2, pv_int(1), pv_int(2)))
              == (uint64_t)-3550055125485641917);
}
#line 18473 "pcall.nw"
static void test_values_hash_consistent(void)
{
    pv_err err;
    for (int e = 0; e < 63; e++)
        for (int64_t k = -3; k <= 3; k++) {
            int64_t i = (int64_t)((uint64_t)1 << e) + k;
            if ((double)i < 0x1p63 && (int64_t)(double)i == i)
                CU_ASSERT(pvt_hash(pv_int(i))
                          == pvt_hash(pv_float((double)i)));
        }
    CU_ASSERT(pv_hash(pv_none(), NULL) == 0);
    pv *l = pv_list(0), *d = pv_dict_new();
    pv *t = pv_tuple(2, pv_int(1), pv_tuple(1, pv_list(0)));
    CU_ASSERT(pv_hash(l, NULL) == -1 && pv_hash(d, NULL) == -1);
    CU_ASSERT(pv_hash(t, NULL) == -1);
    CU_ASSERT(pv_dict_set(d, t, pv_none(), &err) == -1);
    CU_ASSERT_STRING_EQUAL(err.msg, "unhashable type: 'list'");
    CU_ASSERT(pv_dict_set(d, pv_tuple(1, l), pv_none(), &err) == -1);
    CU_ASSERT(pv_dict_set(d, pv_dict_new(), pv_none(), &err) == -1);
    CU_ASSERT_STRING_EQUAL(err.msg, "unhashable type: 'dict'");
    CU_ASSERT(pv_len(d) == 0);
    pv_free(d);
}
#line 18509 "pcall.nw"
static void pvt_set(pv *d, pv *k, pv *v)
{
    CU_ASSERT(pv_dict_set(d, k, v, NULL) == 0);
}

static void test_values_dict(void)
{
    pv *d = pv_dict_new(), *one = pv_float(1.0), *nan = pv_float(NAN);
    pvt_set(d, pv_str("b"), pv_int(1));
    pvt_set(d, pv_str("a"), pv_int(2));
    pvt_set(d, pv_str("c"), pv_int(3));
    PVT_REPR_IS(pv_copy(d), "{'b': 1, 'a': 2, 'c': 3}");
    pvt_set(d, pv_str("a"), pv_int(20));
    PVT_REPR_IS(pv_copy(d), "{'b': 1, 'a': 20, 'c': 3}");
    pvt_set(d, pv_int(1), pv_str("int"));
    pvt_set(d, pv_bool(1), pv_str("bool"));
    pvt_set(d, pv_ref(one), pv_str("float"));
    PVT_REPR_IS(pv_copy(d), "{'b': 1, 'a': 20, 'c': 3, 1: 'float'}");
    
#line 18534 "pcall.nw"
CU_ASSERT(pv_len(d) == 4);
CU_ASSERT(pv_as_int(pv_dict_get_str(d, "a")) == 20);
CU_ASSERT(pv_dict_get_str(d, "zz") == NULL);
CU_ASSERT(pv_dict_get_str(d, "") == NULL);
CU_ASSERT(pv_dict_get(d, one) == pv_dict_value(d, 3));
CU_ASSERT_STRING_EQUAL(pv_str_data(pv_dict_key(d, 1), NULL), "a");
CU_ASSERT(pv_is(pv_dict_key(d, 3), PV_INT));
pv *l = pv_list(0);
CU_ASSERT(pv_dict_get(d, l) == NULL);          /* unhashable */
pv_free(l);
pvt_set(d, pv_tuple(2, pv_int(1), pv_str("x")), pv_str("t"));
pv *k = pv_tuple(2, pv_float(1.0), pv_str("x"));
CU_ASSERT(pv_dict_get(d, k) == pv_dict_value(d, 4));
pv_free(k);
pvt_set(d, pv_bytes("a", 1), pv_none());       /* b'a' != 'a' */
pvt_set(d, pv_ref(nan), pv_int(1));
pvt_set(d, pv_ref(nan), pv_int(2));            /* same object */
pvt_set(d, pv_float(NAN), pv_int(3));          /* another nan */
CU_ASSERT(pv_len(d) == 8);
CU_ASSERT(pv_as_int(pv_dict_get(d, nan)) == 2);
pv_free(nan);
PVT_REPR_IS(pv_copy(d), "{'b': 1, 'a': 20, 'c': 3, 1: 'float', "
            "(1, 'x'): 't', b'a': None, nan: 2, nan: 3}");
#line 18528 "pcall.nw"
    pv_free(one);
    pv_free(d);
}
#line 18565 "pcall.nw"
static void test_values_dict_big(void)
{
    enum { N = 100000 };
    pv *d = pv_dict_new(), *c;
    char key[32];
    int ok = 1;
    for (int64_t i = 0; i < N; i++) {
        snprintf(key, sizeof key, "k%" PRId64, i);
        pvt_set(d, pv_int(i << 32), pv_int(i));
        pvt_set(d, pv_str(key), pv_int(-i));
    }
    c = pv_copy(d);
    CU_ASSERT(pv_len(d) == 2 * N && pv_equal(c, d));
    for (int64_t i = 0; i < N && ok; i++) {
        pv *k = pv_int(i << 32);
        snprintf(key, sizeof key, "k%" PRId64, i);
        ok = pv_as_int(pv_dict_get(c, k)) == i
             && pv_as_int(pv_dict_get_str(d, key)) == -i
             && pv_as_int(pv_dict_key(d, (size_t)(2 * i))) == i << 32;
        pv_free(k);
    }
    CU_ASSERT(ok);
    pv_free(c);
    pv_free(d);
}
#line 18603 "pcall.nw"
static void test_values_repr_floats(void)
{
    static const struct { double d; const char *want; } t[] = {
        
#line 18615 "pcall.nw"
{ 0.0, "0.0" }, { -0.0, "-0.0" }, { 1.0, "1.0" }, { -1.5, "-1.5" },
{ 0x1.999999999999ap-4, "0.1" }, { 0x1.3333333333333p-2, "0.3" },
{ 0x1.3333333333334p-2, "0.30000000000000004" },
{ 0x1.5555555555555p-2, "0.3333333333333333" },
{ 0x1.5555555555555p-1, "0.6666666666666666" },
{ 0x1.2492492492492p-3, "0.14285714285714285" },
{ 0x1.1c37937e08000p+53, "1e+16" },
{ 0x1.c6bf526340000p+49, "1000000000000000.0" },
{ 0x1.1c37937e07fffp+53, "9999999999999998.0" },
{ 0x1.4f8b588e368f1p-17, "1e-05" },
{ 0x1.a36e2eb1c432dp-14, "0.0001" },
{ 0x1.a36d1bd105b06p-14, "9.9999e-05" },
{ 0x1.02e4b6ce5dc68p-13, "0.00012345" },
{ 0x1.1eb2d66005835p+997, "1.5e+300" },
{ 0x1.0f0cf064dd592p+73, "1e+22" }, { 0x1.52d02c7e14af6p+76, "1e+23" },
{ 0x1.d6f3454000000p+26, "123456789.0" },
{ 0x1.56a95319d63e1p+63, "1.2345678901234567e+19" },
{ 0x0.0000000000001p-1022, "5e-324" },
{ 0x0.8000000000000p-1022, "1.1125369292536007e-308" },
{ 0x1.0p-1022, "2.2250738585072014e-308" },
{ 0x1.fffffffffffffp+1023, "1.7976931348623157e+308" },
{ 0x1p-24, "5.960464477539063e-08" },
{ 0x1p-44, "5.684341886080802e-14" },
{ 0x1p53, "9007199254740992.0" }, { 0x1p63, "9.223372036854776e+18" },
{ 100.0, "100.0" }, { 0x1.249ad2594c37dp+332, "1e+100" },
{ 0x1.91eb851eb851fp+1, "3.14" }, { 0x1.1666666666666p+2, "4.35" },
{ 0x1.ad7f29abcaf48p-24, "1e-07" },
{ 0x1.edd2f1a9fbe77p+6, "123.456" },
{ INFINITY, "inf" }, { -INFINITY, "-inf" }, { NAN, "nan" },
#line 18607 "pcall.nw"
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        PVT_REPR_IS(pv_float(t[i].d), t[i].want);
    PVT_REPR_IS(pv_float(-NAN), "nan");
}
#line 18647 "pcall.nw"
static void test_values_repr_strings(void)
{
    static const struct { const char *s, *want; } t[] = {
        
#line 18658 "pcall.nw"
{ "", "''" }, { "abc", "'abc'" }, { "it's", "\"it's\"" },
{ "say \"hi\"", "'say \"hi\"'" },
{ "both ' and \"", "'both \\' and \"'" },
{ "back\\slash", "'back\\\\slash'" },
{ "\t\n\r", "'\\t\\n\\r'" },
{ "\x01\x1f\x7f", "'\\x01\\x1f\\x7f'" },
{ "\xc3\xa9", "'\xc3\xa9'" },                   /* U+00E9 */
{ "\xc2\xa0", "'\\xa0'" },                      /* no-break space */
{ "\xc2\xad", "'\\xad'" },                      /* soft hyphen */
{ "\xc2\x85", "'\\x85'" },                      /* C1 control */
{ "\xe2\x80\x8b", "'\\u200b'" },                /* Cf */
{ "\xe2\x80\xa8", "'\\u2028'" },                /* Zl */
{ "\xe3\x80\x80", "'\\u3000'" },                /* Zs */
{ "\xe4\xb8\xad", "'\xe4\xb8\xad'" },           /* U+4E2D */
{ "\xee\x80\x80", "'\\ue000'" },                /* private use */
{ "\xef\xbf\xbf", "'\\uffff'" },                /* noncharacter */
{ "\xcd\xb8", "'\\u0378'" },                    /* unassigned */
{ "\xf0\x9f\x98\x80", "'\xf0\x9f\x98\x80'" },   /* U+1F600 */
{ "\xf3\xa0\x80\x81", "'\\U000e0001'" },        /* tag, Cf */
{ "\xf4\x8f\xbf\xbf", "'\\U0010ffff'" },
{ " ~", "' ~'" },
#line 18651 "pcall.nw"
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        PVT_REPR_IS(pv_str(t[i].s), t[i].want);
}
#line 18682 "pcall.nw"
static void test_values_repr_bytes(void)
{
    PVT_REPR_IS(pv_bytes("", 0), "b''");
    PVT_REPR_IS(pv_bytes("it's", 4), "b\"it's\"");
    PVT_REPR_IS(pv_bytes("'\"", 2), "b'\\'\"'");
    PVT_REPR_IS(pv_bytes("\\", 1), "b'\\\\'");
    PVT_REPR_IS(pv_bytes("\t\n\r", 3), "b'\\t\\n\\r'");
    PVT_REPR_IS(pv_bytes("\0\xff\x7f\x80 ~", 6),
                "b'\\x00\\xff\\x7f\\x80 ~'");
    PVT_REPR_IS(pv_bytes("\xc3\xa9", 2), "b'\\xc3\\xa9'");
}
#line 18696 "pcall.nw"
static void test_values_repr_containers(void)
{
    pv *d = pv_dict_new(), *e = pv_dict_new();
    PVT_REPR_IS(pv_tuple(1, pv_int(1)), "(1,)");
    PVT_REPR_IS(pv_tuple(1, pv_tuple(0)), "((),)");
    PVT_REPR_IS(pv_list(1, pv_list(0)), "[[]]");
    PVT_REPR_IS(pv_dict_new(), "{}");
    pvt_set(d, pv_str("a"), pv_list(4, pv_int(1), pv_float(2.5),
                                     pv_none(), pv_bool(1)));
    PVT_REPR_IS(d, "{'a': [1, 2.5, None, True]}");
    pvt_set(e, pv_tuple(2, pv_int(1), pv_int(2)),
            pv_tuple(3, pv_str("x"), pv_bytes("y", 1), pv_dict_new()));
    PVT_REPR_IS(e, "{(1, 2): ('x', b'y', {})}");
    PVT_REPR_IS(pv_tuple(3, pv_int(1), pv_str("a'b"),
                         pv_list(2, pv_bool(0), pv_float(-0.0))),
                "(1, \"a'b\", [False, -0.0])");
}
#line 18726 "pcall.nw"
static void test_values_fprint(void)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    pv *v = pv_tuple(2, pv_str("x"), pv_float(1e16));
    CU_ASSERT_FATAL(f != NULL);
    CU_ASSERT(pv_fprint(f, v) == 0);
    fclose(f);
    CU_ASSERT_STRING_EQUAL(text, "('x', 1e+16)");
    free(text);
    pv_free(v);
}
#line 18747 "pcall.nw"
static void test_values_copy(void)
{
    pv *inner = pv_list(1, pv_int(1)), *d = pv_dict_new(), *c;
    pv *v = pv_tuple(3, pv_str("s"), inner, d);
    pvt_set(d, pv_str("k"), pv_list(0));
    c = pv_copy(v);
    CU_ASSERT(pv_equal(c, v));
    CU_ASSERT(pv_item(c, 0) == pv_item(v, 0));       /* shared str */
    CU_ASSERT(pv_item(c, 1) != inner && pv_item(c, 2) != d);
    pv_list_append(pv_item(c, 1), pv_int(2));
    pv_list_append(pv_dict_get_str(pv_item(c, 2), "k"), pv_none());
    pvt_set(pv_item(c, 2), pv_str("new"), pv_none());
    CU_ASSERT(!pv_equal(c, v));
    PVT_REPR_IS(v, "('s', [1], {'k': []})");
    PVT_REPR_IS(c, "('s', [1, 2], {'k': [None], 'new': None})");
}
#line 18840 "pcall.nw"
static void pvt_bad_index(void)
{
    pv_item(pv_tuple(1, pv_int(1)), 1);
}
static void pvt_bad_kind(void) { pv_as_int(pv_str("x")); }
static void pvt_bad_null(void) { pv_len(NULL); }
static void pvt_bad_len(void) { pv_len(pv_int(3)); }
static void pvt_bad_utf8(void) { pv_str("ok\xed\xa0\x80"); }
static void pvt_bad_self(void)
{
    pv *l = pv_list_new();
    pv_list_append(l, l);
}
static void pvt_bad_shared(void)
{
    pv *t = pv_ref(pv_tuple_new(1));
    pv_tuple_set(t, 0, pv_none());
}
static void pvt_bad_key(void) { pv_dict_key(pv_dict_new(), 0); }
static void pvt_bad_dict_self(void)
{
    pv *d = pv_dict_new();
    pv_dict_set(d, pv_int(1), d, NULL);
}
static void pvt_bad_kindname(void) { pv_kind_name((pv_kind)42); }
#line 18882 "pcall.nw"
static void pvt_oom_overflow(void)
{
    pv_tuple_new(((size_t)1 << 61) + 1);
}
static void pvt_oom_refused(void)
{
    pv_tuple_new((size_t)1 << 59);
}
#line 18893 "pcall.nw"
static void test_values_checked_errors(void)
{
    pvt_expect_abort(pvt_bad_index, "pcall: pv_item: index 1 out of "
                     "range for a tuple of length 1\n");
    pvt_expect_abort(pvt_bad_kind,
                     "pcall: pv_as_int: expected 'int', got 'str'\n");
    pvt_expect_abort(pvt_bad_null, "pcall: pv_len: NULL value\n");
    pvt_expect_abort(pvt_bad_len, "pcall: pv_len: object of type "
                     "'int' has no len()\n");
    pvt_expect_abort(pvt_bad_utf8, "pcall: pv_str: invalid UTF-8 at "
                     "byte offset 2\n");
    pvt_expect_abort(pvt_bad_self, "pcall: pv_list_append: appending "
                     "a list to itself\n");
    pvt_expect_abort(pvt_bad_shared, "pcall: pv_tuple_set: the tuple "
                     "is shared (2 references)\n");
    pvt_expect_abort(pvt_bad_key, "pcall: pv_dict_key: index 0 out of "
                     "range for a dict of length 0\n");
    pvt_expect_abort(pvt_bad_dict_self,
                     "pcall: pv_dict_set: a dict as its own value\n");
    pvt_expect_abort(pvt_bad_kindname,
                     "pcall: pv_kind_name: 42 is not a pv_kind\n");
    pvt_expect_abort(pvt_oom_overflow, "pcall: out of memory "
                     "(2305843009213693953 x 8 bytes)\n");
    pvt_expect_abort(pvt_oom_refused, "pcall: out of memory "
                     "(576460752303423488 x 8 bytes)\n");
}
#line 18954 "pcall.nw"
static void pvt_region_blocks(void)
{
    static max_align_t other[64];
    char *a, *b, *c;
    pv_arena_use(pvt_region, sizeof pvt_region);
    pv_arena_use(other, sizeof other);          /* does nothing */
    a = pv_mem_realloc(NULL, 10);
    PVT_CHECK(pvt_in_region(a));
    memcpy(a, "0123456789", 10);
    PVT_CHECK(pv_mem_realloc(a, 100) == a);     /* the last: grows */
    c = pv_mem_realloc(NULL, 1);
    PVT_CHECK(pvt_in_region(c) && c > a);       /* not in other */
    b = pv_mem_realloc(a, 200);                 /* not the last */
    PVT_CHECK(b != a && pvt_in_region(b)
              && memcmp(b, "0123456789", 10) == 0);
    PVT_CHECK(pv_mem_realloc(b, 50) == b);      /* shrinks in place */
    a = pv_mem_realloc(NULL, sizeof pvt_region);
    PVT_CHECK(a != NULL && !pvt_in_region(a));  /* too big: heap */
    pv_mem_free(a);
    pv_mem_free(b);                             /* both do nothing */
    pv_mem_free(c);
    abort();
}
#line 18980 "pcall.nw"
static void pvt_region_values(void)
{
    pv *v, *l;
    char *s;
    pv_arena_use(pvt_region, sizeof pvt_region);
    v = pv_tuple(2, pv_int(7), pv_str("seven"));
    PVT_CHECK(pvt_in_region(v));
    s = pv_repr(v);
    PVT_CHECK(!pvt_in_region(s) && strcmp(s, "(7, 'seven')") == 0);
    free(s);                                    /* must be heap */
    l = pv_list_new();
    for (int i = 0; i < 1000; i++)              /* 48 KB: spills */
        pv_list_append(l, pv_int(i));
    PVT_CHECK(!pvt_in_region(l) || !pvt_in_region(pv_item(l, 999)));
    PVT_CHECK(pv_len(l) == 1000 && pv_as_int(pv_item(l, 0)) == 0
              && pv_as_int(pv_item(l, 999)) == 999);
    pv_free(l);
    pv_free(v);
    abort();
}
#line 19010 "pcall.nw"
enum { PVT_THREADS = 4, PVT_BLOCKS = 200, PVT_BLOCK = 24 };
static unsigned char *pvt_blocks[PVT_THREADS][PVT_BLOCKS];

static void *pvt_region_thread(void *arg)
{
    unsigned char tag = (unsigned char)(uintptr_t)arg;
    for (int i = 0; i < PVT_BLOCKS; i++) {
        pvt_blocks[tag][i] = pv_mem_realloc(NULL, PVT_BLOCK);
        memset(pvt_blocks[tag][i], tag, PVT_BLOCK);
    }
    return NULL;
}

static void pvt_region_threads(void)
{
    static max_align_t big[(64 << 10) / sizeof(max_align_t)];
    pthread_t t[PVT_THREADS];
    pv_arena_use(big, sizeof big);
    for (uintptr_t k = 0; k < PVT_THREADS; k++)
        if (pthread_create(&t[k], NULL, pvt_region_thread,
                           (void *)k) != 0) {
            fputs("pthread_create failed\n", stderr);
            abort();
        }
    for (int k = 0; k < PVT_THREADS; k++)
        pthread_join(t[k], NULL);
    for (int k = 0; k < PVT_THREADS; k++)
        for (int i = 0; i < PVT_BLOCKS; i++)
            for (int j = 0; j < PVT_BLOCK; j++)
                if (pvt_blocks[k][i][j] != k) {
                    fprintf(stderr, "thread %d block %d: %d\n", k, i,
                            pvt_blocks[k][i][j]);
                    abort();
                }
    abort();
}
#line 19049 "pcall.nw"
static void pvt_region_null(void) { pv_arena_use(NULL, 16); }
static void pvt_region_odd(void)
{
    pv_arena_use((char *)pvt_region + 1, 16);
}

static void test_values_region(void)
{
    pvt_expect_abort(pvt_region_blocks, "");
    pvt_expect_abort(pvt_region_values, "");
    pvt_expect_abort(pvt_region_threads, "");
    pvt_expect_abort(pvt_region_null,
                     "pcall: pv_arena_use: NULL region\n");
    pvt_expect_abort(pvt_region_odd, "pcall: pv_arena_use: region "
                     "not aligned for any object\n");
}
#line 19096 "pcall.nw"
static int pvt_have_python(void)
{
    const char *path = getenv("PATH");
    char file[4096];
    while (path != NULL && *path != '\0') {
        const char *colon = strchr(path, ':');
        int n = colon ? (int)(colon - path) : (int)strlen(path);
        snprintf(file, sizeof file, "%.*s/python3", n, path);
        if (n > 0 && access(file, X_OK) == 0)
            return 1;
        path = colon ? colon + 1 : NULL;
    }
    printf("\n    (python3 not found on PATH: skipped) ");
    return 0;
}
#line 19117 "pcall.nw"
static uint64_t pvt_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static double pvt_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static size_t pvt_utf8(uint32_t c, char *out)
{
    if (c < 0x80)
        return out[0] = (char)c, 1;
    if (c < 0x800)
        return out[0] = (char)(0xc0 | c >> 6),
               out[1] = (char)(0x80 | (c & 0x3f)), 2;
    if (c < 0x10000)
        return out[0] = (char)(0xe0 | c >> 12),
               out[1] = (char)(0x80 | (c >> 6 & 0x3f)),
               out[2] = (char)(0x80 | (c & 0x3f)), 3;
    return out[0] = (char)(0xf0 | c >> 18),
           out[1] = (char)(0x80 | (c >> 12 & 0x3f)),
           out[2] = (char)(0x80 | (c >> 6 & 0x3f)),
           out[3] = (char)(0x80 | (c & 0x3f)), 4;
}
#line 19155 "pcall.nw"
static double pvt_rand_float(uint64_t *s)
{
    uint64_t r = pvt_rand(s);
    double d = 1.0;
    switch (r % 5) {
    case 0:                         /* any bits: nan, inf, subnormal */
        return pvt_bits(pvt_rand(s));
    case 1:                         /* short decimals */
        return (double)((int64_t)(pvt_rand(s) % 2000001) - 1000000)
               / (double)(1 + pvt_rand(s) % 1000);
    case 2:                         /* integers of any size */
        return (double)(int64_t)(pvt_rand(s) >> pvt_rand(s) % 64);
    case 3:                         /* powers of ten */
        for (int k = (int)(pvt_rand(s) % 60) - 30; k != 0;
             k += k < 0 ? 1 : -1)
            d = k < 0 ? d / 10 : d * 10;
        return r & 8 ? -d : d;
    default:                        /* small exponent, random digits */
        return pvt_bits((pvt_rand(s) & 0x800fffffffffffffu)
                        | (uint64_t)(1023 - 20 + r / 8 % 40) << 52);
    }
}
#line 19180 "pcall.nw"
static int64_t pvt_rand_int(uint64_t *s)
{
    uint64_t r = pvt_rand(s);
    switch (r % 4) {
    case 0:
        return (int64_t)(r >> 4) % 1000 - 500;
    case 1:
        return r & 16 ? INT64_MIN : INT64_MAX;
    case 2:
        return (int64_t)pvt_rand(s);
    default:
        return (int64_t)(pvt_rand(s) >> (r >> 8) % 64);
    }
}
#line 19202 "pcall.nw"
static pv *pvt_rand_str(uint64_t *s, FILE *py)
{
    static const uint32_t pool[] = {
        'a', 'Z', ' ', '\'', '"', '\\', '\t', '\n', '\r', 0, 0x1f,
        0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0xff, 0x100, 0x378,
        0x3b1, 0x1680, 0x200b, 0x2028, 0x20ac, 0x3000, 0x4e2d, 0xd7ff,
        0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001,
        0x10ffff,
    };
    char text[64];
    size_t n = 0, len = pvt_rand(s) % 9;
    for (size_t i = 0; i < len; i++)
        n += pvt_utf8(pool[pvt_rand(s) % (sizeof pool / sizeof *pool)],
                      text + n);
    fputs("bytes.fromhex('", py);
    for (size_t i = 0; i < n; i++)
        fprintf(py, "%02x", (unsigned char)text[i]);
    fputs("').decode()", py);
    return pv_strn(text, n, NULL);
}
#line 19225 "pcall.nw"
static pv *pvt_rand_bytes(uint64_t *s, FILE *py)
{
    static const unsigned char pool[] = {
        0, '\'', '"', '\\', '\t', '\n', '\r', 0x7f, 0x80, 0xff, ' ',
        '~', 'a',
    };
    unsigned char text[16];
    size_t n = pvt_rand(s) % 9;
    fputs("bytes.fromhex('", py);
    for (size_t i = 0; i < n; i++) {
        uint64_t r = pvt_rand(s);
        text[i] = r & 1 ? pool[r / 2 % sizeof pool] : (unsigned char)r;
        fprintf(py, "%02x", text[i]);
    }
    fputs("')", py);
    return pv_bytes(text, n);
}
#line 19253 "pcall.nw"
static pv *pvt_gen(uint64_t *s, FILE *py, int depth, int hashable,
                   int *numeric)
{
    unsigned k = (unsigned)(pvt_rand(s) % (depth >= 3 ? 6 : 10));
    if (hashable && (k == 7 || k == 8))
        k = 6;
    switch (k) {
    case 0:
        *numeric = 0;
        fputs("None", py);
        return pv_none();
    case 1:
        k = (unsigned)(pvt_rand(s) & 1);
        fputs(k ? "True" : "False", py);
        return pv_bool((int)k);
    
#line 19276 "pcall.nw"
case 2: {
    int64_t i = pvt_rand_int(s);
    fprintf(py, "%" PRId64, i);
    return pv_int(i);
}
case 3:
case 9: {
    double d = pvt_rand_float(s);
    if (isnan(d))
        *numeric = 0;
    fprintf(py, "float.fromhex('%a')", d);
    return pv_float(d);
}
case 4:
    *numeric = 0;
    return pvt_rand_str(s, py);
case 5:
    *numeric = 0;
    return pvt_rand_bytes(s, py);
#line 19269 "pcall.nw"
    default:
        
#line 19298 "pcall.nw"
{
    size_t n = pvt_rand(s) % 4;
    pv *v = k == 6 ? pv_tuple_new(n) : k == 7 ? pv_list_new()
                   : pv_dict_new();
    fputs(k == 6 ? "(" : k == 7 ? "[" : "{", py);
    if (k != 6)
        *numeric = 0;
    for (size_t i = 0; i < n; i++) {
        pv *item = pvt_gen(s, py, depth + 1, hashable || k == 8,
                           numeric);
        if (k == 6)
            pv_tuple_set(v, i, item);
        else if (k == 7)
            pv_list_append(v, item);
        else {
            fputs(": ", py);
            pv_dict_set(v, item,
                        pvt_gen(s, py, depth + 1, 0, numeric), NULL);
        }
        fputs(", ", py);
    }
    fputs(k == 6 ? ")" : k == 7 ? "]" : "}", py);
    return v;
}
#line 19271 "pcall.nw"
    }
}
#line 19328 "pcall.nw"
enum { PVT_ORACLE_MAX = 4000 };

static size_t pvt_oracle_values(FILE *py, pv **vals)
{
    uint64_t seed = 0x9e3779b97f4a7c15u;
    size_t n = 0;
    for (int e = 1; e < 2047; e++)           /* normal powers of 2 */
        vals[n++] = pv_float(pvt_bits((uint64_t)e << 52));
    for (int e = 0; e < 52; e++)             /* subnormal ones */
        vals[n++] = pv_float(pvt_bits((uint64_t)1 << e));
    for (int k = -30, b = 0; k <= 30; k++) { /* 10^k and neighbours */
        double d = 1.0;
        uint64_t bits;
        for (int j = k; j != 0; j += j < 0 ? 1 : -1)
            d = j < 0 ? d / 10 : d * 10;
        memcpy(&bits, &d, sizeof bits);
        for (b = -2; b <= 2; b++)
            vals[n++] = pv_float(pvt_bits(bits + (uint64_t)b));
    }
    for (size_t i = 0; i < n; i++)
        fprintf(py, "r(float.fromhex('%a'), 1)\n",
                pv_as_float(vals[i]));
    
#line 19356 "pcall.nw"
for (int i = 0; i < 600; i++) {
    int numeric = 1;
    fputs("r(", py);
    vals[n++] = pvt_gen(&seed, py, 0, 0, &numeric);
    fprintf(py, ", %d)\n", numeric);
}
#line 19351 "pcall.nw"
    return n;
}
#line 19370 "pcall.nw"
static const char pvt_oracle_prelude[] =
    "import sys\n"
    "w = sys.stdout.buffer.write\n"
    "def r(v, h):\n"
    "    w(repr(v).encode('utf-8') + b'\\n')\n"
    "    w((str(hash(v) % 2**64) if h else '-').encode() + b'\\n')\n";

static FILE *pvt_oracle_file(char *path, size_t size)
{
    const char *tmp = getenv("TMPDIR");
    int fd;
    FILE *py;
    snprintf(path, size, "%s/pvoracle.XXXXXX", tmp ? tmp : "/tmp");
    fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    py = fdopen(fd, "w");
    CU_ASSERT_FATAL(py != NULL);
    fputs(pvt_oracle_prelude, py);
    return py;
}
#line 19393 "pcall.nw"
static void test_values_oracle(void)
{
    static pv *vals[PVT_ORACLE_MAX];
    char path[256], cmd[300];
    size_t n, bad = 0;
    FILE *py, *out;
    if (!pvt_have_python())
        return;
    py = pvt_oracle_file(path, sizeof path);
    n = pvt_oracle_values(py, vals);
    CU_ASSERT_FATAL(fclose(py) == 0);
    snprintf(cmd, sizeof cmd, "python3 '%s'", path);
    fflush(stdout);
    out = popen(cmd, "r");
    CU_ASSERT_FATAL(out != NULL);
    
#line 19418 "pcall.nw"
char *line = NULL;
size_t cap = 0;
for (size_t i = 0; i < n; i++) {
    char *mine = pv_repr(vals[i]), hash[32] = "-";
    uint64_t h;
    ssize_t len = getline(&line, &cap, out);
    if (len > 0 && line[len - 1] == '\n')
        line[len - 1] = '\0';
    if (len <= 0 || strcmp(line, mine) != 0)
        if (bad++ < 10)
            fprintf(stderr, "\n  repr #%zu: python %s, pv %s", i,
                    len > 0 ? line : "(nothing)", mine);
    free(mine);
    len = getline(&line, &cap, out);
    if (len > 0 && line[0] != '-' && pv_hash(vals[i], &h) == 0)
        snprintf(hash, sizeof hash, "%" PRIu64 "\n", h);
    if (len <= 0 || (line[0] != '-' && strcmp(line, hash) != 0))
        if (bad++ < 10)
            fprintf(stderr, "\n  hash #%zu: python %s, pv %s", i,
                    len > 0 ? line : "(nothing)", hash);
}
free(line);
#line 19409 "pcall.nw"
    CU_ASSERT(pclose(out) == 0);
    unlink(path);
    for (size_t i = 0; i < n; i++)
        pv_free(vals[i]);
    CU_ASSERT_EQUAL(bad, 0);
}
#line 19457 "pcall.nw"
static int pvt_printable(uint32_t c)
{
    char text[4];
    pv *s = pv_strn(text, pvt_utf8(c, text), NULL);
    char *r = pv_repr(s);
    int yes = strchr(r, '\\') == NULL;
    free(r);
    pv_free(s);
    return yes;
}

static const char pvt_ranges_py[] =
    "python3 -c 'import unicodedata\n"
    "print(unicodedata.unidata_version)\n"
    "s = None\n"
    "for c in range(0x110000):\n"
    "    p = chr(c).isprintable()\n"
    "    if not p and s is None: s = c\n"
    "    if p and s is not None: print(s, c - 1); s = None\n"
    "print(s, 0x10ffff)'";
#line 19480 "pcall.nw"
static void test_values_printable(void)
{
    char line[64];
    unsigned long lo, hi;
    uint32_t next = 0x80;       /* first code point not yet checked */
    int quick = getenv("PCALL_VALGRIND") != NULL, ok = 1, same;
    FILE *p;
    if (!pvt_have_python())
        return;
    fflush(stdout);
    p = popen(pvt_ranges_py, "r");
    CU_ASSERT_FATAL(p != NULL);
    same = fgets(line, sizeof line, p) != NULL
           && strcmp(line, "14.0.0\n") == 0;
    if (!same)
        printf("\n    (python3 has Unicode %s: skipped) ", line);
    while (same && fgets(line, sizeof line, p) != NULL
           && sscanf(line, "%lu %lu", &lo, &hi) == 2)
        
#line 19507 "pcall.nw"
{
    for (uint32_t c = next; c <= hi; c++) {
        int want = c < lo;
        if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff))
            continue;
        if (quick && c != next && c != lo - 1 && c != lo && c != hi)
            continue;
        if (pvt_printable(c) != want && ok) {
            fprintf(stderr, "\n  U+%04X: python says %sprintable",
                    (unsigned)c, want ? "" : "not ");
            ok = 0;
        }
    }
    next = (uint32_t)hi + 1;
}
#line 19499 "pcall.nw"
    while (fgets(line, sizeof line, p) != NULL)
        ;
    CU_ASSERT(pclose(p) == 0);
    CU_ASSERT(ok);
}

#line 18115 "pcall.nw"
void register_values_tests(void)
{
    
#line 349 "pcall.nw"
TEST("values", test_values_brief);
#line 18180 "pcall.nw"
TEST("values", test_values_scalars);
#line 18260 "pcall.nw"
TEST("values", test_values_strings);
TEST("values", test_values_utf8);
#line 18289 "pcall.nw"
TEST("values", test_values_sequences);
#line 18329 "pcall.nw"
TEST("values", test_values_ownership);
#line 18432 "pcall.nw"
TEST("values", test_values_equal_numbers);
TEST("values", test_values_equal_containers);
TEST("values", test_values_equal_dicts);
#line 18499 "pcall.nw"
TEST("values", test_values_hash_cpython);
TEST("values", test_values_hash_consistent);
#line 18593 "pcall.nw"
TEST("values", test_values_dict);
TEST("values", test_values_dict_big);
#line 18716 "pcall.nw"
TEST("values", test_values_repr_floats);
TEST("values", test_values_repr_strings);
TEST("values", test_values_repr_bytes);
TEST("values", test_values_repr_containers);
#line 18766 "pcall.nw"
TEST("values", test_values_fprint);
TEST("values", test_values_copy);
#line 18922 "pcall.nw"
TEST("values", test_values_checked_errors);
#line 19068 "pcall.nw"
TEST("values", test_values_region);
#line 19443 "pcall.nw"
TEST("values", test_values_oracle);
#line 19525 "pcall.nw"
TEST("values", test_values_printable);
#line 18118 "pcall.nw"
}
