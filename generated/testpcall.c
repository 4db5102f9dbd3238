#line 27930 "pcall.nw"
/* testpcall.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <CUnit/Basic.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#line 16371 "pcall.nw"
#include "values.h"
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#line 17313 "pcall.nw"
#include <pthread.h>
#line 17777 "pcall.nw"
#include "literal.h"
#include <fcntl.h>
#include <sys/resource.h>
#line 18728 "pcall.nw"
#include <math.h>
#include "literal.h"
#include "pickle.h"
#line 21014 "pcall.nw"
#include "zipargs.h"
#line 21337 "pcall.nw"
#include "proc.h"
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#line 23195 "pcall.nw"
#include <sys/resource.h>
#include <sys/time.h>
#include "errors.h"
#include "pickle.h"
#line 23749 "pcall.nw"
int64_t errors_misuse(const pv *v, size_t i);
void errors_exhaust_memory(void);
#line 23867 "pcall.nw"
#include "logs.h"
#include <sys/mman.h>
#include <sys/stat.h>
#line 24248 "pcall.nw"
#include <sys/mman.h>
#include <time.h>
#include "pcall.h"
#include "internal.h"
#line 25256 "pcall.nw"
#include <sys/socket.h>
#line 26594 "pcall.nw"
#include <fnmatch.h>
#include <pthread.h>
#line 27075 "pcall.nw"
#include <grp.h>
#line 27958 "pcall.nw"
static const char *only[64];   /* suites or tests named on the
                                  command line; none: run all */
static int nonly;

/* A suite too long for every check runs only when named. */
static int on_request(const char *suite)
{
    return strcmp(suite, "soak") == 0;
}

static int selected(const char *suite, const char *name)
{
    if (nonly == 0)
        return !on_request(suite);
    for (int i = 0; i < nonly; i++)
        if (strcmp(only[i], suite) == 0 || strcmp(only[i], name) == 0)
            return 1;
    return 0;
}

static void harness_setup(void);
static void harness_teardown(void);

static void add_test(const char *suite, const char *name,
                     CU_TestFunc fn)
{
    if (!selected(suite, name))
        return;
    CU_pSuite s = CU_get_suite(suite);
    if (s == NULL)
        s = CU_add_suite_with_setup_and_teardown(suite, NULL, NULL,
            harness_setup, harness_teardown);
    if (s == NULL || CU_add_test(s, name, fn) == NULL) {
        fprintf(stderr, "cannot register %s/%s: %s\n", suite, name,
                CU_get_error_msg());
        exit(2);
    }
}
#define TEST(suite, fn) add_test((suite), #fn, (fn))
#line 28007 "pcall.nw"
static char tmpdir[64];
static int fds_before;
static const char *current = "(none)";

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    if (d == NULL)
        return -1;
    while (readdir(d) != NULL)
        n++;
    closedir(d);
    return n;
}

static int count_tmpfiles(void)
{
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    int n = 0;
    if (d == NULL)
        return -1;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(d);
    return n;
}
#line 28044 "pcall.nw"
static int left_behind(const char *who, int fds)
{
    int status, bad = 0;
    pid_t pid = waitpid(-1, &status, WNOHANG);
    if (pid != -1 || errno != ECHILD) {
        fprintf(stderr, "\n%s left a child (pid %d) behind\n", who,
                (int)pid);
        CU_FAIL("a child process was left behind");
        while (waitpid(-1, &status, WNOHANG) > 0)
            ;
        bad++;
    }
    if (count_fds() != fds) {
        fprintf(stderr, "\n%s: %d descriptors open before, %d after\n",
                who, fds, count_fds());
        CU_FAIL("a descriptor was left open");
        bad++;
    }
    if (count_tmpfiles() != 0) {
        fprintf(stderr, "\n%s left files in %s\n", who, tmpdir);
        CU_FAIL("a temporary file was left behind");
        bad++;
    }
    return bad;
}
#line 28097 "pcall.nw"
static void watchdog_fired(int sig)
{
    static const char a[] = "\nWATCHDOG: test ";
    static const char b[] = " hung; the suite is stopped\n";
    (void)sig;
    (void)!write(2, a, sizeof a - 1);
    (void)!write(2, current, strlen(current));
    (void)!write(2, b, sizeof b - 1);
    _exit(3);
}

static void arm_watchdog(void)
{
    const char *e = getenv("PCALL_TEST_TIMEOUT");
    unsigned secs = e ? (unsigned)atoi(e) : 60;
    signal(SIGALRM, watchdog_fired);
    alarm(secs ? secs : 60);
}

#line 28074 "pcall.nw"
static void harness_setup(void)
{
    CU_pTest t = CU_get_current_test();
    current = t ? t->pName : "(unknown)";
    fds_before = count_fds();
    arm_watchdog();
}

static void harness_teardown(void)
{
    alarm(0);
    left_behind(current, fds_before);
}
#line 16380 "pcall.nw"
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
#line 16398 "pcall.nw"
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
#line 16431 "pcall.nw"
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
#line 16459 "pcall.nw"
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
    
#line 16484 "pcall.nw"
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
#line 16480 "pcall.nw"
}
#line 16509 "pcall.nw"
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
#line 16545 "pcall.nw"
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
#line 16582 "pcall.nw"
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
#line 16600 "pcall.nw"
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
#line 16626 "pcall.nw"
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
#line 16656 "pcall.nw"
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
#line 16687 "pcall.nw"
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
#line 16717 "pcall.nw"
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
#line 16753 "pcall.nw"
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
    
#line 16778 "pcall.nw"
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
#line 16772 "pcall.nw"
    pv_free(one);
    pv_free(d);
}
#line 16809 "pcall.nw"
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
#line 16847 "pcall.nw"
static void test_values_repr_floats(void)
{
    static const struct { double d; const char *want; } t[] = {
        
#line 16859 "pcall.nw"
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
#line 16851 "pcall.nw"
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        PVT_REPR_IS(pv_float(t[i].d), t[i].want);
    PVT_REPR_IS(pv_float(-NAN), "nan");
}
#line 16891 "pcall.nw"
static void test_values_repr_strings(void)
{
    static const struct { const char *s, *want; } t[] = {
        
#line 16902 "pcall.nw"
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
#line 16895 "pcall.nw"
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        PVT_REPR_IS(pv_str(t[i].s), t[i].want);
}
#line 16926 "pcall.nw"
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
#line 16940 "pcall.nw"
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
#line 16970 "pcall.nw"
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
#line 16991 "pcall.nw"
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
#line 17025 "pcall.nw"
static void pvt_drop_tool_lines(char *msg)
{
    char *in = msg, *out = msg;
    while (*in != '\0') {
        char *nl = strchr(in, '\n');
        size_t len = nl != NULL ? (size_t)(nl - in) + 1 : strlen(in);
        if (strncmp(in, "==", 2) != 0) {
            memmove(out, in, len);
            out += len;
        }
        in += len;
    }
    *out = '\0';
}
#line 17042 "pcall.nw"
static void pvt_expect_abort(void (*fn)(void), const char *want)
{
    int p[2], status;
    char msg[512];
    size_t n = 0;
    ssize_t r;
    pid_t pid;
    CU_ASSERT_FATAL(pipe(p) == 0);
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        
#line 17073 "pcall.nw"
struct rlimit no_core = { 0, 0 };
setrlimit(RLIMIT_CORE, &no_core);
dup2(p[1], 2);
close(p[0]);
close(p[1]);
fn();
_exit(0);                   /* fn did not abort: the test fails */
#line 17056 "pcall.nw"
    }
    close(p[1]);
    while (n < sizeof msg - 1
           && ((r = read(p[0], msg + n, sizeof msg - 1 - n)) > 0
               || (r < 0 && errno == EINTR)))
        n += r > 0 ? (size_t)r : 0;
    msg[n] = '\0';
    close(p[0]);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pvt_drop_tool_lines(msg);
    CU_ASSERT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    CU_ASSERT_STRING_EQUAL(msg, want);
}
#line 17083 "pcall.nw"
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
#line 17125 "pcall.nw"
static void pvt_oom_overflow(void)
{
    pv_tuple_new(((size_t)1 << 61) + 1);
}
static void pvt_oom_refused(void)
{
    pv_tuple_new((size_t)1 << 59);
}
#line 17136 "pcall.nw"
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
#line 17181 "pcall.nw"
#define PVT_CHECK(c) \
    ((c) ? (void)0 : (void)fprintf(stderr, "line %d: %s\n", \
                                   __LINE__, #c))

static max_align_t pvt_region[4096 / sizeof(max_align_t)];

static int pvt_in_region(const void *p)
{
    uintptr_t a = (uintptr_t)p, b = (uintptr_t)pvt_region;
    return a >= b && a - b < sizeof pvt_region;
}
#line 17195 "pcall.nw"
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
#line 17221 "pcall.nw"
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
#line 17251 "pcall.nw"
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
#line 17290 "pcall.nw"
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
#line 17337 "pcall.nw"
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
#line 17358 "pcall.nw"
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
#line 17396 "pcall.nw"
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
#line 17421 "pcall.nw"
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
#line 17443 "pcall.nw"
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
#line 17466 "pcall.nw"
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
#line 17494 "pcall.nw"
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
    
#line 17517 "pcall.nw"
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
#line 17510 "pcall.nw"
    default:
        
#line 17539 "pcall.nw"
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
#line 17512 "pcall.nw"
    }
}
#line 17569 "pcall.nw"
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
    
#line 17597 "pcall.nw"
for (int i = 0; i < 600; i++) {
    int numeric = 1;
    fputs("r(", py);
    vals[n++] = pvt_gen(&seed, py, 0, 0, &numeric);
    fprintf(py, ", %d)\n", numeric);
}
#line 17592 "pcall.nw"
    return n;
}
#line 17611 "pcall.nw"
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
#line 17634 "pcall.nw"
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
    
#line 17659 "pcall.nw"
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
#line 17650 "pcall.nw"
    CU_ASSERT(pclose(out) == 0);
    unlink(path);
    for (size_t i = 0; i < n; i++)
        pv_free(vals[i]);
    CU_ASSERT_EQUAL(bad, 0);
}
#line 17698 "pcall.nw"
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
#line 17721 "pcall.nw"
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
        
#line 17748 "pcall.nw"
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
#line 17740 "pcall.nw"
    while (fgets(line, sizeof line, p) != NULL)
        ;
    CU_ASSERT(pclose(p) == 0);
    CU_ASSERT(ok);
}
#line 17783 "pcall.nw"
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
#line 17815 "pcall.nw"
static void lit_table(const char *const (*t)[2], size_t n, int ok)
{
    for (size_t k = 0; k < n; k++)
        (ok ? lit_ok : lit_bad)(t[k][0], t[k][1]);
}
#define LIT_OK(t) lit_table((t), sizeof (t) / sizeof (t)[0], 1)
#define LIT_BAD(t) lit_table((t), sizeof (t) / sizeof (t)[0], 0)
#line 17830 "pcall.nw"
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
#line 17878 "pcall.nw"
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
#line 17922 "pcall.nw"
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
#line 17962 "pcall.nw"
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
#line 18011 "pcall.nw"
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
#line 18047 "pcall.nw"
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
#line 18067 "pcall.nw"
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
#line 18103 "pcall.nw"
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
#line 18137 "pcall.nw"
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
#line 18165 "pcall.nw"
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
#line 18184 "pcall.nw"
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
#line 18204 "pcall.nw"
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
#line 18236 "pcall.nw"
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
#line 18256 "pcall.nw"
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
#line 18296 "pcall.nw"
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
#line 18319 "pcall.nw"
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
#line 18346 "pcall.nw"
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
#line 18373 "pcall.nw"
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
#line 18403 "pcall.nw"
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
#line 18424 "pcall.nw"
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
#line 18444 "pcall.nw"
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
#line 18469 "pcall.nw"
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
#line 18499 "pcall.nw"
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
#line 18523 "pcall.nw"
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
#line 18570 "pcall.nw"
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
    
#line 18587 "pcall.nw"
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
#line 18581 "pcall.nw"
    
#line 18603 "pcall.nw"
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
#line 18582 "pcall.nw"
    
#line 18619 "pcall.nw"
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
#line 18583 "pcall.nw"
};
#line 18633 "pcall.nw"
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
#line 18661 "pcall.nw"
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
#line 18682 "pcall.nw"
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
    
#line 18707 "pcall.nw"
int status = pclose(py);
unlink(path);
if (k == 0 && status != 0) {
    printf("skipped: no python3 ");
    return;
}
CU_ASSERT(k == n);
CU_ASSERT(status == 0);
#line 18703 "pcall.nw"
}
#line 18739 "pcall.nw"
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
#line 18762 "pcall.nw"
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
#line 18782 "pcall.nw"
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
#line 18813 "pcall.nw"
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
    
#line 18836 "pcall.nw"
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
#line 18832 "pcall.nw"
};
#line 18853 "pcall.nw"
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
#line 18869 "pcall.nw"
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
#line 18895 "pcall.nw"
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
#line 18912 "pcall.nw"
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
#line 18927 "pcall.nw"
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
    
#line 18950 "pcall.nw"
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
#line 18945 "pcall.nw"
    }
}
#line 18969 "pcall.nw"
static void test_pickle_round_trips(void)
{
    size_t n = sizeof pk_values / sizeof *pk_values;
    for (size_t i = 0; i < n; i++) {
        pk_round_trip(pv_lit(pk_values[i]));
    }
    for (int i = 0; i < 5; i++)
        pk_round_trip(pk_big(i));
}
#line 18986 "pcall.nw"
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
#line 19017 "pcall.nw"
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
#line 19069 "pcall.nw"
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
#line 19114 "pcall.nw"
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
#line 19140 "pcall.nw"
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
#line 19180 "pcall.nw"
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
#line 19218 "pcall.nw"
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
#line 19307 "pcall.nw"
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
    
#line 19345 "pcall.nw"
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
#line 19341 "pcall.nw"
};
#line 19373 "pcall.nw"
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
#line 19397 "pcall.nw"
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
       "ERROR opcode INST (0x69) at offset 0 is not allowed: it builds "
       "an instance of a class"),
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
#line 19501 "pcall.nw"
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
#line 19618 "pcall.nw"
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
#line 19650 "pcall.nw"
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
#line 19669 "pcall.nw"
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
#line 19690 "pcall.nw"
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
#line 19714 "pcall.nw"
static void pk_expect(char *b, size_t len, const char *want)
{
    char *got = pk_loads(b, len);
    if (strcmp(got, want) != 0)
        fprintf(stderr, "\nwant %s\ngot  %.300s\n", want, got);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    free(b);
}
#line 19726 "pcall.nw"
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
    
#line 19749 "pcall.nw"
char *want = malloc(3 * 1000 + 1), *w = want;
for (int i = 1; i < 1000; i++)
    *w++ = '(';
w = stpcpy(w, "()");
for (int i = 1; i < 1000; i++)
    w = stpcpy(w, ",)");
b = pk_repeat(")", "\x85", 1, 999, ".", &len);
pk_expect(b, len, want);
free(want);
#line 19745 "pcall.nw"
}
#line 19769 "pcall.nw"
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
#line 19799 "pcall.nw"
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
#line 19819 "pcall.nw"
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
#line 19840 "pcall.nw"
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
    
#line 19859 "pcall.nw"
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
#line 19851 "pcall.nw"
    free(r);
    pv_free(v);
    free(b);
    
#line 19873 "pcall.nw"
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
#line 19889 "pcall.nw"
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
#line 19855 "pcall.nw"
}
#line 19910 "pcall.nw"
static void test_pickle_memo_limit(void)
{
    size_t len, m = PV_PICKLE_MAX_MEMO;
    char *b = pk_repeat("N", "\x94", 1, m + 1, ".", &len);
    pk_expect(b, len, "ERROR MEMOIZE at offset 1048579: the memo is "
              "full (1048576 entries)");
}
#line 19927 "pcall.nw"
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
    
#line 19943 "pcall.nw"
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
#line 19939 "pcall.nw"
}
#line 19973 "pcall.nw"
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
#line 19987 "pcall.nw"
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
    
#line 20014 "pcall.nw"
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
#line 20010 "pcall.nw"
}
#line 20045 "pcall.nw"
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
#line 20058 "pcall.nw"
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
#line 20089 "pcall.nw"
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
        
#line 20114 "pcall.nw"
(*checked)++;
if (strcmp(got, repr) != 0) {
    bad++;
    if (pk_bad_reports++ < 5)
        fprintf(stderr, "\nprotocol %d: python %.300s\n"
                "            we     %.300s\n", proto, repr, got);
}
#line 20105 "pcall.nw"
        free(got);
        free(b);
        hex += n + (hex[n] == '\t');
    }
    return bad;
}
#line 20124 "pcall.nw"
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
#line 20155 "pcall.nw"
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
#line 20178 "pcall.nw"
static FILE *pk_tmpfile(char *path, size_t size)
{
    const char *dir = getenv("TMPDIR");
    int fd;
    snprintf(path, size, "%s/pickle-XXXXXX", dir ? dir : "/tmp");
    fd = mkstemp(path);
    CU_ASSERT_FATAL(fd >= 0);
    return fdopen(fd, "w+");
}
#line 20190 "pcall.nw"
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
    
#line 20212 "pcall.nw"
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
#line 20205 "pcall.nw"
    for (i = 0; i < n; i++)
        pv_free(v[i]);
    free(v);
}
#line 20243 "pcall.nw"
static const char *const pk_dis_values[] = {
    "None", "[1, 2.5, -3, 2147483648, 'a', b'b', ()]",
    "((1,), (1, 2), (1, 2, 3), (1, 2, 3, 4))",
    "{(1, 'x'): {'k': [True, False, None]}, -1e999: b''}",
    "'\\U0001f600\\n'", "[[[[]]], {}]",
};
#line 20252 "pcall.nw"
static char *pk_read_all(FILE *f)
{
    char *text = NULL;
    size_t size = 0, n;
    char buf[65536];
    FILE *m = open_memstream(&text, &size);
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, m);
    fclose(m);
    return text;
}
#line 20266 "pcall.nw"
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
    
#line 20291 "pcall.nw"
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
#line 20287 "pcall.nw"
}
#line 20322 "pcall.nw"
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
#line 20365 "pcall.nw"
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
#line 20392 "pcall.nw"
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
#line 20436 "pcall.nw"
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
    
#line 20464 "pcall.nw"
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
#line 20456 "pcall.nw"
    }
    pv_free(a);
    pv_free(d);
    return v;
}
#line 20481 "pcall.nw"
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
    
#line 20506 "pcall.nw"
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
#line 20502 "pcall.nw"
}
#line 20534 "pcall.nw"
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
    
#line 20558 "pcall.nw"
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
#line 20554 "pcall.nw"
}
#line 20577 "pcall.nw"
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
#line 20612 "pcall.nw"
static char *pk_sh(const char *cmd, int *status)
{
    FILE *p = popen(cmd, "r");
    char *out;
    int st;
    CU_ASSERT_FATAL(p != NULL);
    out = pk_read_all(p);
    st = pclose(p);
    *status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return out;
}
#line 20626 "pcall.nw"
static void pk_tool(const char *cmd, int status, const char *want)
{
    int st;
    char *out = pk_sh(cmd, &st);
    if (st != status || strcmp(out, want) != 0)
        fprintf(stderr, "\n%s\n  exit %d, want %d\n  printed %.300s\n",
                cmd, st, status, out);
    CU_ASSERT_EQUAL(st, status);
    CU_ASSERT_STRING_EQUAL(out, want);
    free(out);
}
#line 20644 "pcall.nw"
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
    
#line 20664 "pcall.nw"
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
#line 20658 "pcall.nw"
    
#line 20684 "pcall.nw"
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
        "pcall-pickle: -: opcode GLOBAL (0x63) at offset 3 is not "
        "allowed: it names 'os system', not the protocol-2 spelling of "
        "bytes\n");
#line 20709 "pcall.nw"
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
#line 20723 "pcall.nw"
{
    const char *usage = "usage: pcall-pickle repr FILE|-\n"
                        "       pcall-pickle dis FILE|-\n"
                        "       pcall-pickle dumps LITERAL\n";
    char frob[256];
    snprintf(frob, sizeof frob, "pcall-pickle: unknown command "
             "'frob'\n%s", usage);
    pk_tool("\"$PCALL_PICKLE\" 2>&1", 2, usage);
    pk_tool("\"$PCALL_PICKLE\" frob x 2>&1", 2, frob);
    pk_tool("\"$PCALL_PICKLE\" frob x 2>/dev/null", 2, "");
    pk_tool("\"$PCALL_PICKLE\" repr a b 2>&1", 2, usage);
    pk_tool("\"$PCALL_PICKLE\" dumps 2>&1", 2, usage);
    
#line 20743 "pcall.nw"
pk_tool("\"$PCALL_PICKLE\" --help 2>/dev/null", 0, usage);
pk_tool("\"$PCALL_PICKLE\" -h 2>/dev/null", 0, usage);
pk_tool("\"$PCALL_PICKLE\" --help 2>&1 >/dev/null", 0, "");
#line 20736 "pcall.nw"
}
#line 20659 "pcall.nw"
    unlink(path);
}
#line 20756 "pcall.nw"
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
#line 20788 "pcall.nw"
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
    
#line 20808 "pcall.nw"
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
#line 20804 "pcall.nw"
}
#line 20847 "pcall.nw"
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
#line 20876 "pcall.nw"
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
    
#line 20911 "pcall.nw"
CU_ASSERT_PTR_NULL(pv_unpickle_oob(out, len, copies, 2, &e));
CU_ASSERT(strstr(e.msg, "NEXT_BUFFER at offset ") == e.msg
          && strstr(e.msg, ": all 2 out-of-band buffers are used"));
CU_ASSERT_PTR_NULL(pv_unpickle_oob(out, len, copies, 4, &e));
CU_ASSERT_STRING_EQUAL(e.msg, "1 of the 4 out-of-band buffers were "
                       "not used");
CU_ASSERT_PTR_NULL(pv_unpickle(out, len, &e));
CU_ASSERT(strstr(e.msg, "is not allowed: no out-of-band buffers "
                 "were given") != NULL);
#line 20901 "pcall.nw"
    
#line 20926 "pcall.nw"
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
#line 20902 "pcall.nw"
    for (size_t k = 0; k < 4; k++)
        pv_free(copies[k]);
    free(out);
    free(bufs);
    pv_free(v);
}
#line 20967 "pcall.nw"
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
#line 21018 "pcall.nw"
static char *zip_repr(size_t ntargets, const char *cargs,
                      const char *iargs, const char *ckwargs,
                      const char *ikwargs, const char *varkwargs)
{
    pcall_zip_spec s = {
        .ntargets = ntargets,
        .cargs = cargs ? pv_lit(cargs) : NULL,
        .iargs = iargs ? pv_lit(iargs) : NULL,
        .ckwargs = ckwargs ? pv_lit(ckwargs) : NULL,
        .ikwargs = ikwargs ? pv_lit(ikwargs) : NULL,
        .varkwargs = varkwargs ? pv_lit(varkwargs) : NULL };
    pv_err err = { "" };
    pv *calls = pcall_zipargs(&s, &err);
    char *r = calls ? pv_repr(calls) : strdup(err.msg);
    pv_free(calls);
    pv_free((pv *)s.cargs);
    pv_free((pv *)s.iargs);
    pv_free((pv *)s.ckwargs);
    pv_free((pv *)s.ikwargs);
    pv_free((pv *)s.varkwargs);
    return r;
}
#line 21043 "pcall.nw"
#define ZIP_EXPECT(want, ...) do {                                  \
        char *got_ = zip_repr(__VA_ARGS__);                         \
        CU_ASSERT_STRING_EQUAL(got_, (want));                       \
        if (strcmp(got_, (want)) != 0)                              \
            fprintf(stderr, "\n  got:  %s\n  want: %s\n", got_,     \
                    (want));                                        \
        free(got_);                                                 \
    } while (0)
#line 21060 "pcall.nw"
static void test_zip_single_positional(void)
{
    ZIP_EXPECT("(((1, 2, 3, 4), {}), ((1, 2, 3, 5), {}), "
               "((1, 2, 3, 6), {}))",
               0, "(1, 2, 3)", "((4,), (5,), (6,))", NULL, NULL, NULL);
}

static void test_zip_single_keyword(void)
{
    ZIP_EXPECT("(((), {'a': 1, 'b': 2, 'c': 3}), "
               "((), {'a': 1, 'b': 2, 'c': 4}), "
               "((), {'a': 1, 'b': 2, 'c': 5}))",
               0, NULL, NULL, "{'a': 1, 'b': 2}",
               "[{'c': 3}, {'c': 4}, {'c': 5}]", NULL);
}

static void test_zip_single_varkwargs(void)
{
    ZIP_EXPECT("(((), {'x': 1, 'y': 4, 'z': 7}), "
               "((), {'x': 2, 'y': 5, 'z': 8}), "
               "((), {'x': 3, 'y': 6, 'z': 9}))",
               0, NULL, NULL, NULL, NULL,
               "{'x': (1, 2, 3), 'y': (4, 5, 6), 'z': (7, 8, 9)}");
}
#line 21088 "pcall.nw"
static void test_zip_single_combo(void)
{
    ZIP_EXPECT("(((1, 2, 3, 6, 7), "
               "{'a': 1, 'b': 2, 'c': 3, 'x': 10, 'y': 100}), "
               "((1, 2, 3, 8, 9), "
               "{'a': 1, 'b': 2, 'c': 4, 'x': 20, 'y': 200}))",
               0, "(1, 2, 3)", "((6, 7), (8, 9))", "{'a': 1, 'b': 2}",
               "({'c': 3}, {'c': 4})",
               "{'x': (10, 20), 'y': (100, 200)}");
}

static void test_zip_single_mismatch(void)
{
    ZIP_EXPECT("(((1, 2), {'a': 1}), ((3, 4), {'a': 2}))",
               0, NULL, "((1, 2), (3, 4), (5, 6))", NULL,
               "({'a': 1}, {'a': 2})", NULL);
}
#line 21112 "pcall.nw"
static void test_zip_multi_positional(void)
{
    ZIP_EXPECT("(((1, 2, 3, 4, 5, 6), {}), ((1, 2, 3, 7, 8, 9), {}), "
               "((1, 2, 3, 9, 10, 11), {}))",
               3, "[1, 2 ,3]", "[[4, 5, 6], [7, 8, 9], [9, 10, 11]]",
               NULL, NULL, NULL);
}

static void test_zip_multi_limits(void)
{
    ZIP_EXPECT("(((1, 2), {'a': 1}), ((3, 4), {'a': 2}))",
               3, NULL, "((1, 2), (3, 4), (5, 6))", NULL,
               "({'a': 1}, {'a': 2})", NULL);
    ZIP_EXPECT("(((1,), {}), ((2,), {}))",
               2, NULL, "((1,), (2,), (3,))", NULL, NULL, NULL);
    ZIP_EXPECT("(((0,), {}), ((0,), {}), ((0,), {}))",
               3, "(0,)", NULL, NULL, NULL, NULL);
}
#line 21138 "pcall.nw"
static void test_zip_counting(void)
{
    ZIP_EXPECT("(((), {}),)", 0, NULL, NULL, NULL, NULL, NULL);
    ZIP_EXPECT("(((1,), {'k': 'v'}),)",
               0, "[1]", NULL, "{'k': 'v'}", NULL, NULL);
    ZIP_EXPECT("()", 0, "(1,)", "()", NULL, NULL, NULL);
    ZIP_EXPECT("()", 0, NULL, NULL, NULL, "[]", NULL);
    ZIP_EXPECT("(((), {'x': 1, 'y': 'a'}), ((), {'x': 2, 'y': 'b'}))",
               0, NULL, NULL, NULL, NULL,
               "{'x': [1, 2, 3], 'y': ('a', 'b')}");
    ZIP_EXPECT("(((5,), {}),)", 0, NULL, "[[5]]", NULL, NULL, "{}");
}
#line 21156 "pcall.nw"
static void test_zip_kind_errors(void)
{
    ZIP_EXPECT("cargs must be a tuple or list, not dict",
               0, "{}", NULL, NULL, NULL, NULL);
    ZIP_EXPECT("cargs must be a tuple or list, not str",
               0, "'abc'", NULL, NULL, NULL, NULL);
    ZIP_EXPECT("iargs must be a tuple or list (one sequence per "
               "call), not int", 0, NULL, "7", NULL, NULL, NULL);
    ZIP_EXPECT("iargs[1] must be a tuple or list, not int",
               0, NULL, "((1,), 2)", NULL, NULL, NULL);
    ZIP_EXPECT("ckwargs must be a dict, not list",
               0, NULL, NULL, "['a']", NULL, NULL);
    ZIP_EXPECT("ckwargs: key 1 must be a str, not int",
               0, NULL, NULL, "{'a': 0, 1: 2}", NULL, NULL);
    ZIP_EXPECT("ikwargs must be a tuple or list (one dict per call), "
               "not dict", 0, NULL, NULL, NULL, "{'a': 1}", NULL);
    ZIP_EXPECT("ikwargs[2] must be a dict, not tuple",
               0, NULL, NULL, NULL, "[{}, {}, ()]", NULL);
    ZIP_EXPECT("ikwargs[0]: key b'x' must be a str, not bytes",
               0, NULL, NULL, NULL, "[{b'x': 1}]", NULL);
}
#line 21180 "pcall.nw"
static void test_zip_varkwargs_errors(void)
{
    ZIP_EXPECT("varkwargs must be a dict, not list",
               0, NULL, NULL, NULL, NULL, "[(1, 2)]");
    ZIP_EXPECT("varkwargs: key (1, 2) must be a str, not tuple",
               0, NULL, NULL, NULL, NULL, "{(1, 2): (3, 4)}");
    ZIP_EXPECT("varkwargs['y'] must be a tuple or list (one value per "
               "call), not int",
               0, NULL, NULL, NULL, NULL, "{'x': (1, 2), 'y': 3}");
    ZIP_EXPECT("iargs[2] must be a tuple or list, not NoneType",
               0, NULL, "((1,), (2,), None)", NULL, "[{}]", NULL);
    ZIP_EXPECT("ikwargs[1]: key 3 must be a str, not int",
               2, NULL, NULL, NULL, "({}, {3: 3}, {})", "{'x': [1]}");
    ZIP_EXPECT("varkwargs['y'] must be a tuple or list (one value per "
               "call), not dict",
               1, NULL, NULL, NULL, NULL, "{'x': (1,), 'y': {}}");
}
#line 21203 "pcall.nw"
static void test_zip_twice(void)
{
    ZIP_EXPECT("call 0 gets keyword argument 'c' twice: from ckwargs "
               "and from ikwargs[0]",
               0, NULL, NULL, "{'c': 0}", "[{'c': 1}]", NULL);
    ZIP_EXPECT("call 0 gets keyword argument 'a' twice: from ckwargs "
               "and from varkwargs",
               0, NULL, NULL, "{'a': 0}", NULL, "{'a': (1, 2)}");
    ZIP_EXPECT("call 1 gets keyword argument 'x' twice: from "
               "ikwargs[1] and from varkwargs",
               0, NULL, NULL, NULL, "[{}, {'x': 5}]", "{'x': (1, 2)}");
    ZIP_EXPECT("(((), {'x': 1}),)",
               1, NULL, NULL, NULL, "[{}, {'x': 5}]", "{'x': (1, 2)}");
}
#line 21227 "pcall.nw"
static void zip_call_is(const pcall_zip *z, size_t i, const char *want)
{
    pv *call = pcall_zip_call(z, i);
    char *r = pv_repr(call);
    CU_ASSERT_STRING_EQUAL(r, want);
    free(r);
    pv_free(call);
}

static void test_zip_snapshot(void)
{
    pv_err err = { "" };
    pv *ca = pv_lit("[0]"), *ia = pv_lit("[[1], (2,), [3]]");
    pv *ck = pv_lit("{'k': 'c'}"), *ik = pv_lit("[{'a': 1}, {}]");
    pv *vk = pv_lit("{'x': [10, 20, 30]}");
    pcall_zip_spec spec = { .cargs = ca, .iargs = ia, .ckwargs = ck,
                            .ikwargs = ik, .varkwargs = vk };
    pcall_zip *z = pcall_zip_new(&spec, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(z);
    CU_ASSERT_EQUAL(pcall_zip_count(z), 2);
    
#line 21279 "pcall.nw"
pv_list_append(ca, pv_int(-1));
pv_list_append(pv_item(ia, 0), pv_int(-1));
pv_list_append(ia, pv_lit("[4]"));
pv_dict_set(ck, pv_str("k"), pv_str("changed"), NULL);
pv_dict_set(pv_item(ik, 0), pv_str("x"), pv_int(-1), NULL);
pv_dict_set(vk, pv_str("y"), pv_lit("[1, 2]"), NULL);
pv_list_append(pv_dict_get_str(vk, "x"), pv_int(40));
pv_free(ca), pv_free(ia), pv_free(ck), pv_free(ik), pv_free(vk);
#line 21248 "pcall.nw"
    zip_call_is(z, 1, "((0, 2), {'k': 'c', 'x': 20})");
    zip_call_is(z, 0, "((0, 1), {'k': 'c', 'a': 1, 'x': 10})");
    pcall_zip_free(z);
}
#line 21258 "pcall.nw"
static void zipt_past_count(void)
{
    pcall_zip_spec s = { .varkwargs = pv_lit("{'x': [1, 2]}") };
    pcall_zip_call(pcall_zip_new(&s, NULL), 2);
}
static void zipt_null_spec(void) { pcall_zipargs(NULL, NULL); }
static void zipt_null_zip(void) { pcall_zip_count(NULL); }

static void test_zip_checked_errors(void)
{
    pvt_expect_abort(zipt_past_count, "pcall: pcall_zip_call: no call "
                     "2: there are 2\n");
    pvt_expect_abort(zipt_null_spec, "pcall: pcall_zipargs: NULL "
                     "argument spec\n");
    pvt_expect_abort(zipt_null_zip, "pcall: pcall_zip_count: NULL "
                     "calls\n");
}
#line 21292 "pcall.nw"
static void test_zip_pcall_arg(void)
{
    pv *args = pv_lit("(1, 2)");
    pv *kwargs = pv_lit("{'x': 10, 'z': 30}");
    CU_ASSERT_EQUAL(pv_as_int(pcall_arg(args, kwargs, 0, "x")), 1);
    CU_ASSERT_EQUAL(pv_as_int(pcall_arg(args, kwargs, 1, "y")), 2);
    CU_ASSERT_EQUAL(pv_as_int(pcall_arg(args, kwargs, 2, "z")), 30);
    CU_ASSERT_EQUAL(pv_as_int(pcall_arg(NULL, kwargs, 0, "x")), 10);
    CU_ASSERT_EQUAL(pv_as_int(pcall_arg(args, kwargs, SIZE_MAX,
                                        "x")), 10);
    CU_ASSERT_PTR_NULL(pcall_arg(args, kwargs, 2, "w"));
    CU_ASSERT_PTR_NULL(pcall_arg(args, kwargs, 5, NULL));
    CU_ASSERT_PTR_NULL(pcall_arg(args, NULL, 2, "z"));
    pv_free(args);
    pv_free(kwargs);
}
#line 21350 "pcall.nw"
static double test_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int under_valgrind(void)
{
    return getenv("PCALL_VALGRIND") != NULL;
}

static pcall_proc_config proc_cfg(size_t n, pcall_proc_body *body)
{
    pcall_proc_config c;
    memset(&c, 0, sizeof c);
    c.ncalls = n;
    c.body = body;
    return c;
}
#line 21373 "pcall.nw"
static pcall_procs *proc_run(const pcall_proc_config *c, int want,
                             double *secs)
{
    pv_err err = {""};
    double t0 = test_now();
    pcall_procs *p = pcall_procs_new(c, &err);
    int rc;
    CU_ASSERT_FATAL(p != NULL);
    rc = pcall_procs_wait(p, &err);
    if (secs != NULL)
        *secs = test_now() - t0;
    CU_ASSERT_EQUAL(rc, want);
    if (rc != want)
        fprintf(stderr, "\nwait returned %d: %s\n", rc, err.msg);
    return p;
}
#line 21395 "pcall.nw"
static int body_echo(size_t i, void *arg, int fd)
{
    char b[32];
    int n = snprintf(b, sizeof b, "call %zu", i);
    (void)arg;
    return pcall_proc_send(fd, b, (size_t)n) == 0 ? 0 : 1;
}

static int outcome_is(pcall_proc_outcome *o, const char *data)
{
    int ok = o->state == PCALL_PROC_DONE && WIFEXITED(o->status)
        && WEXITSTATUS(o->status) == 0 && o->len == strlen(data)
        && memcmp(o->data, data, o->len) == 0;
    if (!ok)                            /* say what came instead */
        fprintf(stderr, "\ncall %d: state %d, status %#x, \"%.*s\"\n",
                (int)o->pid, (int)o->state, (unsigned)o->status,
                (int)(o->len < 200 ? o->len : 200),
                o->data ? (const char *)o->data : "");
    return ok;
}

static int echoed(pcall_procs *p, size_t i)
{
    char want[32];
    snprintf(want, sizeof want, "call %zu", i);
    return outcome_is(pcall_procs_outcome(p, i), want);
}
#line 21429 "pcall.nw"
static void test_proc_results_in_call_order(void)
{
    pcall_proc_config c = proc_cfg(50, body_echo);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pid_t pids[50];
    CU_ASSERT_EQUAL(pcall_procs_count(p), 50);
    CU_ASSERT_EQUAL(pcall_procs_pids(p, pids, 50), 50);
    CU_ASSERT_EQUAL(pcall_procs_living(p, NULL, 0), 0);
    for (size_t i = 0; i < 50; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(echoed(p, i));
        CU_ASSERT_EQUAL(o->pid, pids[i]);
        CU_ASSERT(o->pid > 0 && o->pid != getpid());
        CU_ASSERT(o->started > 0 && o->started <= o->ended);
        CU_ASSERT(!o->timed_out && !o->terminated && !o->status_lost);
        CU_ASSERT(!o->logged && o->log_len == 0);
        for (size_t j = 0; j < i; j++)
            CU_ASSERT(pids[j] != pids[i]);
    }
    pcall_procs_free(p);
}
#line 21464 "pcall.nw"
static int body_status(size_t i, void *arg, int fd)
{
    struct rlimit none = {0, 0};
    (void)arg;
    setrlimit(RLIMIT_CORE, &none);      /* no core files */
    switch (i) {
    case 0: return 3;                   /* no result */
    case 1: pcall_proc_send(fd, "x", 1); raise(SIGSEGV); break;
    case 2: kill(getpid(), SIGKILL); break;
    case 3: pcall_proc_send(fd, "x", 1); _exit(0);
    case 4: close(fd); usleep(100000); return 0;
    }
    return body_echo(i, arg, fd);
}
#line 21481 "pcall.nw"
static void test_proc_exit_statuses(void)
{
    pcall_proc_config c = proc_cfg(6, body_status);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 3);
    CU_ASSERT_EQUAL(o->len, 0);
    CU_ASSERT_PTR_NULL(o->data);
    o = pcall_procs_outcome(p, 1);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGSEGV);
    CU_ASSERT(o->len == 1 && o->data[0] == 'x');
    o = pcall_procs_outcome(p, 2);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGKILL);
    CU_ASSERT(outcome_is(pcall_procs_outcome(p, 3), "x"));
    o = pcall_procs_outcome(p, 4);      /* EOF long before exit */
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
    CU_ASSERT(o->len == 0 && o->ended - o->started >= 0.09);
    CU_ASSERT(echoed(p, 5));
    pcall_procs_free(p);
}
#line 21513 "pcall.nw"
static int body_big(size_t i, void *arg, int fd)
{
    size_t n = *(size_t *)arg, chunk = 65536;
    unsigned char b[65536];
    (void)i;
    for (size_t off = 0; off < n; off += chunk) {
        size_t k = n - off < chunk ? n - off : chunk;
        for (size_t j = 0; j < k; j++)
            b[j] = (unsigned char)((off + j) % 251);
        if (pcall_proc_send(fd, b, k) == -1)
            return 1;
    }
    return 0;
}
#line 21530 "pcall.nw"
static void test_proc_big_result(void)
{
    size_t n = (size_t)(under_valgrind() ? 4 : 64) << 20;
    pcall_proc_config c = proc_cfg(2, body_big);
    pcall_procs *p;
    c.arg = &n;
    p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 2; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        size_t bad = 0;
        CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
        CU_ASSERT_EQUAL_FATAL(o->len, n);
        for (size_t j = 0; j < n; j++)
            bad += o->data[j] != (unsigned char)(j % 251);
        CU_ASSERT_EQUAL(bad, 0);
    }
    pcall_procs_free(p);
}
#line 21566 "pcall.nw"
static int body_large(size_t i, void *arg, int fd)
{
    size_t n = *(size_t *)arg;
    unsigned char *b = malloc(n);
    struct pollfd w = { .fd = fd, .events = 0 };
    int r;
    (void)i;
    if (b == NULL)
        return 1;
    for (size_t j = 0; j < n; j++)
        b[j] = (unsigned char)(j % 253);
    r = pcall_proc_send_result(fd, b, n);
    free(b);
    if (r == -1)
        return 1;
    return poll(&w, 1, 0) == 1 && (w.revents & POLLERR) ? 42 : 0;
}

static int kernel_reads_children(void)
{
    char a = 1, b = 0, scope = '0';
    struct iovec to = { &b, 1 }, from = { &a, 1 };
    FILE *f = fopen("/proc/sys/kernel/yama/ptrace_scope", "r");
    if (f != NULL) {
        if (fread(&scope, 1, 1, f) != 1)
            scope = '3';
        fclose(f);
    }
    return scope < '2' && prctl(PR_GET_DUMPABLE) == 1
        && process_vm_readv(getpid(), &to, 1, &from, 1, 0) == 1;
}
#line 21600 "pcall.nw"
static void test_proc_large_shared(void)
{
    size_t n = (size_t)3 << 20, keep = pcall_large_result_min;
    int read_out = kernel_reads_children();
    for (int way = 0; way < 2; way++) {
        pcall_proc_config c = proc_cfg(2, body_large);
        pcall_procs *p;
        pcall_large_result_min = way == 0 ? keep : SIZE_MAX;
        c.arg = &n;
        p = proc_run(&c, 0, NULL);
        for (size_t i = 0; i < 2; i++) {
            pcall_proc_outcome *o = pcall_procs_outcome(p, i);
            size_t bad = 0;
            CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status)
                      == (way == 0 && read_out ? 42 : 0));
            CU_ASSERT_EQUAL(o->fetch_errno, 0);
            CU_ASSERT_EQUAL_FATAL(o->len, n);
            for (size_t j = 0; j < n; j++)
                bad += o->data[j] != (unsigned char)(j % 253);
            CU_ASSERT_EQUAL(bad, 0);
        }
        pcall_procs_free(p);
    }
    pcall_large_result_min = keep;
}
#line 21648 "pcall.nw"
enum { LIES = 6 };

static int body_lying_header(size_t i, void *arg, int fd)
{
    static const char pickle[] = "\x80\x05\x97.";
    uint64_t t[4] = { (uint64_t)(uintptr_t)pickle, 4, 0, 0 };
    uint64_t table = (uint64_t)(uintptr_t)t, nparts = 1;
    unsigned char h[24];
    struct pollfd w = { .fd = fd, .events = 0 };
    long pg = sysconf(_SC_PAGESIZE);
    (void)arg;
    if (i == 0)
        table = 4096;
    else if (i == 1) {
        unsigned char *m = mmap(NULL, 2 * (size_t)pg,
                                PROT_READ | PROT_WRITE,
                                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED || munmap(m + pg, (size_t)pg) == -1)
            return 1;
        memset(m, 'x', (size_t)pg);
        t[0] = (uint64_t)(uintptr_t)m;
        t[1] = 2 * (uint64_t)pg;
    } else if (i == 2)
        t[1] = (uint64_t)1 << 62;
    else if (i == 3)
        t[1] = 0;
    else if (i == 4)
        nparts = 0;
    else {
        t[2] = t[0];
        t[3] = (uint64_t)1 << 62;
        nparts = 2;
    }
    memcpy(h, "\0pcallR", 8);
    memcpy(h + 8, &table, 8);
    memcpy(h + 16, &nparts, 8);
    if (pcall_proc_send(fd, h, sizeof h) == -1)
        return 1;
    while (poll(&w, 1, -1) == -1 && errno == EINTR)
        ;
    return 0;
}
#line 21693 "pcall.nw"
static void test_proc_large_lies(void)
{
    static const int want[LIES] = { EFAULT, EFAULT, ENOMEM, EPROTO,
                                    EPROTO, ENOMEM };
    pcall_proc_config c = proc_cfg(LIES, body_lying_header);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < LIES; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
        CU_ASSERT(o->data == NULL && o->len == 0);
        CU_ASSERT(o->oob == NULL && o->noob == 0);
        CU_ASSERT_EQUAL(o->fetch_errno, want[i]);
    }
    {
        struct pcall_outcome out;
        pv *result = (pv *)1;
        pcall_error *e = pcall_classify(0, pcall_procs_outcome(p, 0),
                                        0, NULL, &out, &result);
        CU_ASSERT_PTR_NULL(result);
        CU_ASSERT_EQUAL(out.kind, PCALL_OUTCOME_CORRUPT);
        CU_ASSERT_FATAL(e != NULL);
        CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_SYSTEM);
        CU_ASSERT(strstr(pcall_error_message(e), "sent a large result, "
                         "but the parent could not take it: Bad "
                         "address") != NULL);
        pcall_error_free(e);
    }
    pcall_procs_free(p);
}
#line 21734 "pcall.nw"
static int body_undumpable(size_t i, void *arg, int fd)
{
    static const unsigned char b[16] = "sixteen octets!";
    pv_pickle_buffer one = { b, sizeof b };
    struct pollfd w = { .fd = fd, .events = 0 };
    (void)i;
    (void)arg;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return 1;
    if (pcall_proc_send_result_oob(fd, "pickle", 6, &one, 1) != 0)
        return 2;
    return poll(&w, 1, 0) == 1 && (w.revents & POLLERR) ? 3 : 0;
}

static void test_proc_large_undumpable(void)
{
    pcall_proc_config c = proc_cfg(1, body_undumpable);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    size_t n;
    CU_ASSERT(outcome_is(o, "pickle"));
    CU_ASSERT_FATAL(o->oob != NULL && o->noob == 1);
    CU_ASSERT(memcmp(pv_bytes_data(o->oob[0], &n), "sixteen octets!",
                     16) == 0 && n == 16);
    pcall_procs_free(p);
}
#line 21772 "pcall.nw"
enum { PART_LIES = 6 };

static int body_lying_parts(size_t i, void *arg, int fd)
{
    uint64_t h[4] = { 0, 1, 4, 0 };
    unsigned char b[64];
    size_t n = 3 * 8;
    (void)arg;
    memcpy(h, "\0pcallP", 8);
    if (i == 0)
        h[1] = 0;
    else if (i == 1)
        h[2] = 0;
    else if (i == 2 || i == 5) {
        h[1] = 2;
        h[2] = i == 2 ? 4 : 3;
        h[3] = i == 2 ? (uint64_t)1 << 62 : 5;
        n = 4 * 8;
    }
    memcpy(b, h, n);
    if (i == 3 || i == 4) {
        memcpy(b + n, "abcdefgh", 8);
        n += i == 3 ? 2 : 8;
    }
    if (pcall_proc_send(fd, b, n) == -1)
        return 1;
    if (i == 5 && (pcall_proc_send(fd, "abc", 3) == -1
                   || pcall_proc_send(fd, "hello", 5) == -1))
        return 1;
    return 0;
}
#line 21806 "pcall.nw"
static void test_proc_parts_lies(void)
{
    static const int want[PART_LIES] = { EPROTO, EPROTO, ENOMEM, 0,
                                         EPROTO, 0 };
    pcall_proc_config c = proc_cfg(PART_LIES, body_lying_parts);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < PART_LIES - 1; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(WIFEXITED(o->status));
        CU_ASSERT(o->data == NULL && o->len == 0);
        CU_ASSERT(o->oob == NULL && o->noob == 0);
        CU_ASSERT_EQUAL(o->fetch_errno, want[i]);
    }
    {
        pcall_proc_outcome *o = pcall_procs_outcome(p, 5);
        size_t n;
        CU_ASSERT(outcome_is(o, "abc"));
        CU_ASSERT_FATAL(o->noob == 1);
        CU_ASSERT(memcmp(pv_bytes_data(o->oob[0], &n), "hello", 5)
                  == 0 && n == 5);
    }
    pcall_procs_free(p);
}
#line 21839 "pcall.nw"
static int body_split_header(size_t i, void *arg, int fd)
{
    static const char result[] = "split";
    uint64_t t[2] = { (uint64_t)(uintptr_t)result, 5 };
    uint64_t h[3] = { 0, (uint64_t)(uintptr_t)t, 1 };
    struct pollfd w = { .fd = fd, .events = 0 };
    (void)i;
    (void)arg;
    memcpy(h, "\0pcallR", 8);
    if (pcall_proc_send(fd, h, 8) == -1)
        return 1;
    usleep(50000);
    if (pcall_proc_send(fd, h + 1, 16) == -1)
        return 1;
    while (poll(&w, 1, -1) == -1 && errno == EINTR)
        ;
    return 0;
}

static void test_proc_large_split_header(void)
{
    pcall_proc_config c = proc_cfg(1, body_split_header);
    pcall_procs *p = proc_run(&c, 0, NULL);
    pcall_proc_outcome *o = pcall_procs_outcome(p, 0);
    CU_ASSERT_EQUAL(o->fetch_errno, 0);
    CU_ASSERT(outcome_is(o, "split"));
    pcall_procs_free(p);
}
#line 21890 "pcall.nw"
static void test_proc_many_calls_few_descriptors(void)
{
    const char *e = getenv("PCALL_TEST_CALLS");
    size_t n = e ? (size_t)atol(e) : under_valgrind() ? 150 : 10000;
    size_t bad = 0;
    pcall_proc_config c = proc_cfg(n, body_echo);
    struct rlimit saved, low;
    pcall_procs *p;
    alarm(300);             /* 10,000 forks: minutes on a busy VM */
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    low = saved;
    low.rlim_cur = 256;
    CU_ASSERT_FATAL(setrlimit(RLIMIT_NOFILE, &low) == 0);
    p = proc_run(&c, 0, NULL);
    setrlimit(RLIMIT_NOFILE, &saved);
    for (size_t i = 0; i < n; i++)
        bad += !echoed(p, i);
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(pcall_procs_max_running(p) >= 50);
    CU_ASSERT(pcall_procs_max_running(p) < 128);
    pcall_procs_free(p);
}
#line 21925 "pcall.nw"
static size_t most_living;

static void note_living(size_t i, pcall_proc_outcome *o, void *arg)
{
    size_t n = pcall_procs_living(*(pcall_procs **)arg, NULL, 0);
    (void)i;
    (void)o;
    if (n > most_living)
        most_living = n;
}

static int body_nap(size_t i, void *arg, int fd)
{
    usleep(100000);
    return body_echo(i, arg, fd);
}
#line 21944 "pcall.nw"
static void test_proc_user_cap(void)
{
    pcall_proc_config c = proc_cfg(6, body_nap);
    pcall_procs *p;
    pv_err err = {""};
    double t0 = test_now();
    c.max_procs = 2;
    c.on_done = note_living;
    c.on_done_arg = &p;
    most_living = 0;
    p = pcall_procs_new(&c, &err);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, &err), 0);
    CU_ASSERT(test_now() - t0 >= 0.29);
    CU_ASSERT_EQUAL(pcall_procs_max_running(p), 2);
    CU_ASSERT(most_living >= 1 && most_living <= 2);
    for (size_t i = 0; i < 6; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 21970 "pcall.nw"
struct done_log { size_t n; int order[8]; unsigned char *data[8];
                  pid_t where; };

static void record_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    struct done_log *d = arg;
    d->order[d->n] = (int)i;
    d->data[d->n] = malloc(o->len + 1);   /* the set keeps its own */
    if (d->data[d->n] != NULL && o->len > 0)
        memcpy(d->data[d->n], o->data, o->len);
    d->n++;
    d->where = getpid();
}

static int body_staggered(size_t i, void *arg, int fd)
{
    useconds_t step = under_valgrind() ? 300000 : 100000;
    usleep((useconds_t)(3 - i) * step);
    return body_echo(i, arg, fd);
}
#line 21993 "pcall.nw"
static void test_proc_on_done(void)
{
    struct done_log d;
    pcall_proc_config c = proc_cfg(3, body_staggered);
    pcall_procs *p;
    memset(&d, 0, sizeof d);
    c.on_done = record_done;
    c.on_done_arg = &d;
    p = proc_run(&c, 0, NULL);
    CU_ASSERT_EQUAL(d.n, 3);
    CU_ASSERT_EQUAL(d.where, getpid());
    CU_ASSERT(d.order[0] == 2 && d.order[1] == 1 && d.order[2] == 0);
    CU_ASSERT(d.data[0] && memcmp(d.data[0], "call 2", 6) == 0);
    for (size_t i = 0; i < 3; i++) {    /* kept until dropped */
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(o->len == 6 && memcmp(o->data, "call ", 5) == 0);
        pcall_procs_drop_data(p, i);
        CU_ASSERT(o->data == NULL && o->len == 0);
        free(d.data[i]);
    }
    pcall_procs_free(p);
}
#line 22032 "pcall.nw"
static double slack(void)
{
    return under_valgrind() ? 3.0 : 1.0;
}

/* Is every process of the group gone?  The test is a subreaper, so
   grandchildren killed with the group come back to it to be reaped
   (pid 1 might never reap them). */
static int group_gone(pid_t pgid)
{
    int st;
    for (int k = 0; k < 400; k++) {
        while (waitpid(-pgid, &st, WNOHANG) > 0)
            ;
        if (kill(-pgid, 0) == -1 && errno == ESRCH)
            return 1;
        usleep(5000);
    }
    kill(-pgid, SIGKILL);           /* spare the next tests */
    usleep(100000);
    while (waitpid(-pgid, &st, WNOHANG) > 0)
        ;
    return 0;
}
#line 22059 "pcall.nw"
static int body_sleep(size_t i, void *arg, int fd)
{
    (void)arg;
    if (i == 0)
        for (;;)
            sleep(10);
    return body_echo(i, arg, fd);
}
#line 22070 "pcall.nw"
static int body_family(size_t i, void *arg, int fd)
{
    if (i == 0 && fork() == 0) {       /* a grandchild, deaf */
        signal(SIGTERM, SIG_IGN);
        for (;;)
            sleep(10);
    }
    if (i == 0)
        pcall_proc_send(fd, "parent of one", 13);
    return body_sleep(*(int *)arg ? 1 : i, arg, fd);
}
#line 22084 "pcall.nw"
static void test_proc_grandchild_holds_pipe(void)
{
    int finish = 1;
    pcall_proc_config c = proc_cfg(2, body_family);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.arg = &finish;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    p = proc_run(&c, 0, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs < slack());
    CU_ASSERT(!o->timed_out && !o->terminated);
    CU_ASSERT(o->len == 19
              && memcmp(o->data, "parent of onecall 1", 19) == 0);
    CU_ASSERT(WIFEXITED(o->status) && WEXITSTATUS(o->status) == 0);
    CU_ASSERT(group_gone(o->pid));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
    pcall_procs_free(p);
}
#line 22118 "pcall.nw"
static void test_proc_host_ignores_sigchld(void)
{
    struct sigaction ign, saved, after;
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGCHLD, &ign, &saved);
    p = proc_run(&c, 0, NULL);
    sigaction(SIGCHLD, &saved, &after);
    CU_ASSERT(after.sa_handler == SIG_IGN);     /* untouched */
    for (size_t i = 0; i < 5; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT(o->state == PCALL_PROC_DONE && o->status_lost);
        CU_ASSERT(o->status == -1);
        CU_ASSERT(o->len == 6 && memcmp(o->data, "call ", 5) == 0);
    }
    pcall_procs_free(p);
}
#line 22144 "pcall.nw"
static volatile sig_atomic_t chld_seen;

static void host_chld(int sig)
{
    (void)sig;
    chld_seen++;
}

static void test_proc_host_sigchld_handler(void)
{
    struct sigaction sa, saved, after;
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = host_chld;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, &saved);
    chld_seen = 0;
    p = proc_run(&c, 0, NULL);
    sigaction(SIGCHLD, &saved, &after);
    CU_ASSERT(after.sa_handler == host_chld);   /* untouched */
    CU_ASSERT(chld_seen > 0);
    for (size_t i = 0; i < 5; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 22186 "pcall.nw"
static void host_usr2(int sig)
{
    (void)sig;
}

/* Report what the child inherited, as one line. */
static int body_hygiene(size_t i, void *arg, int fd)
{
    char b[200], c;
    struct sigaction usr2, pipe_;
    sigset_t mask;
    struct rlimit rl;
    int nfds = 0;
    getrlimit(RLIMIT_NOFILE, &rl);
    for (int k = 0; k < (int)rl.rlim_cur && k < 65536; k++)
        nfds += fcntl(k, F_GETFD) != -1;
    sigaction(SIGUSR2, NULL, &usr2);
    sigaction(SIGPIPE, NULL, &pipe_);
    sigprocmask(SIG_SETMASK, NULL, &mask);
    snprintf(b, sizeof b, "fds=%d stdin=%s usr2=%s pipe=%s usr1=%s "
             "pgid=%s cloexec=%d", nfds,
             read(0, &c, 1) == 0 ? "eof" : "?",
             usr2.sa_handler == SIG_DFL ? "dfl" : "?",
             pipe_.sa_handler == SIG_IGN ? "ign" : "?",
             sigismember(&mask, SIGUSR1) ? "blocked" : "unblocked",
             getpgid(0) == getpid() ? "own" : "?",
             (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
    (void)i, (void)arg;
    return pcall_proc_send(fd, b, strlen(b)) == 0 ? 0 : 1;
}
#line 22219 "pcall.nw"
static void test_proc_child_hygiene(void)
{
    struct sigaction sa, old_usr2, old_pipe;
    sigset_t usr1, old_mask;
    int extra = dup(0);                 /* the child must not see it */
    int in[2], saved_in = dup(0);
    CU_ASSERT_FATAL(pipe(in) == 0);     /* input the child must not */
    CU_ASSERT_FATAL(write(in[1], "input", 5) == 5);     /* steal */
    dup2(in[0], 0);
    close(in[0]);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = host_usr2;
    sigaction(SIGUSR2, &sa, &old_usr2);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, &old_pipe);
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, &old_mask);
    for (int capture = 0; capture < 2; capture++) {
        pcall_proc_config c = proc_cfg(2, body_hygiene);
        pcall_procs *p;
        c.capture = capture;
        p = proc_run(&c, 0, NULL);
        for (size_t i = 0; i < 2; i++)
            CU_ASSERT(outcome_is(pcall_procs_outcome(p, i),
                "fds=4 stdin=eof usr2=dfl pipe=ign usr1=unblocked "
                "pgid=own cloexec=1"));
        pcall_procs_free(p);
    }
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    sigaction(SIGPIPE, &old_pipe, NULL);
    sigaction(SIGUSR2, &old_usr2, NULL);
    close(extra);
    dup2(saved_in, 0);
    close(saved_in);
    close(in[1]);
}
#line 22272 "pcall.nw"
static FILE *flush_test_out;    /* stdout's descriptor, fully buffered */

static void host_prints(const char *want, size_t max_procs,
                        void (*on_done)(size_t, pcall_proc_outcome *,
                                        void *), int before_start)
{
    int pp[2], saved = dup(1);
    char b[128];
    ssize_t n, got = 0;
    pv_err err = { "" };
    pcall_proc_config c = proc_cfg(4, body_echo);
    c.max_procs = max_procs;
    c.on_done = on_done;
    fflush(stdout);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    dup2(pp[1], 1);
    close(pp[1]);
    flush_test_out = fdopen(1, "w");
    setvbuf(flush_test_out, NULL, _IOFBF, 4096);
    
#line 22304 "pcall.nw"
pcall_procs *p = pcall_procs_new(&c, &err);
CU_ASSERT_FATAL(p != NULL);
if (before_start)
    fputs("host\n", flush_test_out);
CU_ASSERT(pcall_procs_start(p, &err) == 0);
if (!before_start)
    fputs("host\n", flush_test_out);
CU_ASSERT(pcall_procs_wait(p, &err) == 0);
for (size_t i = 0; i < 4; i++)
    CU_ASSERT(echoed(p, i));
pcall_procs_free(p);
#line 22292 "pcall.nw"
    fclose(flush_test_out);             /* closes 1 */
    dup2(saved, 1);
    close(saved);
    while ((n = read(pp[0], b + got, sizeof b - 1 - (size_t)got)) > 0)
        got += n;
    close(pp[0]);
    b[got] = '\0';
    CU_ASSERT_STRING_EQUAL(b, want);
}
#line 22318 "pcall.nw"
static void test_proc_stdio_flushed_before_fork(void)
{
    host_prints("host\n", 0, NULL, 1);   /* once, not five times */
}
#line 22339 "pcall.nw"
static void print_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    (void)o, (void)arg;
    fprintf(flush_test_out, "done %zu\n", i);   /* buffered */
}

static void test_proc_stdio_flushed_after_host_code(void)
{
    host_prints("host\ndone 0\ndone 1\ndone 2\ndone 3\n", 1,
                print_done, 0);
    host_prints("host\n", 2, NULL, 0);
}
#line 22364 "pcall.nw"
static int body_ready_then_sleep(size_t i, void *arg, int fd)
{
    if (*(int *)arg)
        signal(SIGTERM, SIG_IGN);
    pcall_proc_send(fd, "ready", 5);
    (void)i;
    for (;;)
        sleep(10);
    return 0;
}

static void wait_ready(pcall_procs *p)
{
    for (int k = 0; k < 1000; k++) {
        size_t ready = 0, n = pcall_procs_count(p);
        CU_ASSERT_FATAL(pcall_procs_poll(p, NULL) >= 0);
        for (size_t i = 0; i < n; i++)
            ready += pcall_procs_outcome(p, i)->len == 5;
        if (ready == n)
            return;
        usleep(2000);
    }
    CU_FAIL("the children never got ready");
}
#line 22391 "pcall.nw"
static void test_proc_parent_killed(void)
{
    int pp[2], zero = 0;
    pid_t host, pids[2] = {0, 0};
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    if ((host = fork()) == 0) {         /* the host, killed below */
        pcall_proc_config c = proc_cfg(2, body_ready_then_sleep);
        pcall_procs *p;
        c.arg = &zero;
        p = pcall_procs_new(&c, NULL);
        pcall_procs_start(p, NULL);
        wait_ready(p);
        pcall_procs_living(p, pids, 2);
        (void)!write(pp[1], pids, sizeof pids);
        for (;;)
            pause();
    }
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    close(pp[0]);
    kill(host, SIGKILL);
    waitpid(host, NULL, 0);
    for (int i = 0; i < 2; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 22432 "pcall.nw"
static int forks_running, forks_refused, forks_allowed;

static pid_t fork_when_fewer_than_two(void)
{
    pid_t pid;
    if (forks_running >= 2) {
        forks_refused++;
        errno = EAGAIN;
        return -1;
    }
    if ((pid = fork()) > 0)
        forks_running++;
    return pid;
}

static void fork_done(size_t i, pcall_proc_outcome *o, void *arg)
{
    (void)i, (void)o, (void)arg;
    forks_running--;
}
#line 22455 "pcall.nw"
static void test_proc_fork_eagain_waits_for_a_slot(void)
{
    pcall_proc_config c = proc_cfg(8, body_echo);
    pcall_procs *p;
    forks_running = forks_refused = 0;
    pcall_proc_fork_fn = fork_when_fewer_than_two;
    c.on_done = fork_done;
    p = proc_run(&c, 0, NULL);
    pcall_proc_fork_fn = fork;
    CU_ASSERT(forks_refused > 0);
    for (size_t i = 0; i < 8; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
}
#line 22476 "pcall.nw"
static pid_t fork_twice_only(void)
{
    if (forks_allowed == 0) {
        errno = EAGAIN;
        return -1;
    }
    forks_allowed--;
    return fork();
}

static void test_proc_fork_eagain_alone_fails(void)
{
    pcall_proc_config c = proc_cfg(5, body_echo);
    pcall_procs *p;
    pv_err err = {""};
    forks_allowed = 2;
    pcall_proc_fork_fn = fork_twice_only;
    p = proc_run(&c, -1, NULL);
    CU_ASSERT(echoed(p, 0) && echoed(p, 1));
    for (size_t i = 2; i < 5; i++)
        CU_ASSERT(pcall_procs_outcome(p, i)->state
                  == PCALL_PROC_CANCELLED);
    CU_ASSERT_EQUAL(pcall_procs_wait(p, &err), -1);
    pcall_procs_free(p);
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_start(p, &err), -1);
    pcall_proc_fork_fn = fork;
    CU_ASSERT_STRING_EQUAL(err.msg, "pcall: cannot start call 0: "
                           "fork: Resource temporarily unavailable");
    CU_ASSERT(pcall_procs_outcome(p, 0)->state == PCALL_PROC_CANCELLED);
    pcall_procs_free(p);
}
#line 22519 "pcall.nw"
static void test_proc_edges(void)
{
    pcall_proc_config c = proc_cfg(0, body_echo);
    pv_err err = {""};
    pcall_procs *p = proc_run(&c, 0, NULL);
    int pp[2];
    struct sigaction ign, saved;
    CU_ASSERT_EQUAL(pcall_procs_count(p), 0);
    CU_ASSERT_EQUAL(pcall_procs_poll(p, NULL), 0);
    pcall_procs_free(p);
    pcall_procs_free(NULL);
    c.body = NULL;
    CU_ASSERT_PTR_NULL(pcall_procs_new(&c, &err));
    CU_ASSERT_STRING_EQUAL(err.msg, "pcall_procs_new: no body to run");
    CU_ASSERT_PTR_NULL(pcall_procs_new(NULL, &err));
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &saved);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    close(pp[0]);
    CU_ASSERT(pcall_proc_send(pp[1], "x", 1) == -1 && errno == EPIPE);
    close(pp[1]);
    sigaction(SIGPIPE, &saved, NULL);
}
#line 22560 "pcall.nw"
#define T_OUT (under_valgrind() ? 1.0 : 0.3)
#define GRACE (under_valgrind() ? 0.5 : 0.2)
#line 22565 "pcall.nw"
static int body_ignore_term(size_t i, void *arg, int fd)
{
    signal(SIGTERM, SIG_IGN);
    return body_sleep(i, arg, fd);
}

static int body_block_term(size_t i, void *arg, int fd)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigprocmask(SIG_BLOCK, &s, NULL);
    return body_sleep(i, arg, fd);
}
#line 22582 "pcall.nw"
static void expect_timeout(pcall_proc_body *body, int sig,
                           double least)
{
    pcall_proc_config c = proc_cfg(3, body);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.timeout = T_OUT;
    c.grace = GRACE;
    p = proc_run(&c, 1, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs >= least && secs < T_OUT + GRACE + slack());
    CU_ASSERT(o->state == PCALL_PROC_DONE && o->timed_out);
    CU_ASSERT(!o->terminated);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == sig);
    CU_ASSERT(echoed(p, 1) && echoed(p, 2));
    CU_ASSERT(pcall_procs_timeout_fired(p));
    CU_ASSERT(group_gone(o->pid));
    pcall_procs_free(p);
}
#line 22610 "pcall.nw"
static void test_proc_timeout_sleeper(void)
{
    expect_timeout(body_sleep, SIGTERM, T_OUT);
}

static void test_proc_timeout_ignores_term(void)
{
    expect_timeout(body_ignore_term, SIGKILL, T_OUT + GRACE);
}

static void test_proc_timeout_blocks_term(void)
{
    expect_timeout(body_block_term, SIGKILL, T_OUT + GRACE);
}
#line 22637 "pcall.nw"
static int body_stop(size_t i, void *arg, int fd)
{
    if (i == 0)
        raise(SIGSTOP);
    return body_echo(i, arg, fd);
}

static void test_proc_timeout_stopped_child(void)
{
    expect_timeout(body_stop, SIGTERM, T_OUT);
}
#line 22660 "pcall.nw"
static void test_proc_timeout_grandchildren(void)
{
    int finish = 0;
    pcall_proc_config c = proc_cfg(2, body_family);
    pcall_procs *p;
    pcall_proc_outcome *o;
    double secs;
    c.arg = &finish;
    c.timeout = T_OUT;
    c.grace = GRACE;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    p = proc_run(&c, 1, &secs);
    o = pcall_procs_outcome(p, 0);
    CU_ASSERT(secs >= T_OUT && secs < T_OUT + GRACE + slack());
    CU_ASSERT(o->timed_out);
    CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status) == SIGTERM);
    CU_ASSERT(o->len == 13 && memcmp(o->data, "parent of one", 13) == 0);
    CU_ASSERT(group_gone(o->pid));
    prctl(PR_SET_CHILD_SUBREAPER, 0);
    pcall_procs_free(p);
}
#line 22692 "pcall.nw"
static void test_proc_timeout_cancels_pending(void)
{
    pcall_proc_config c = proc_cfg(3, body_sleep);
    pcall_procs *p;
    c.timeout = T_OUT;
    c.grace = GRACE;
    c.max_procs = 1;
    p = proc_run(&c, 1, NULL);
    CU_ASSERT(pcall_procs_outcome(p, 0)->timed_out);
    for (size_t i = 1; i < 3; i++) {
        pcall_proc_outcome *o = pcall_procs_outcome(p, i);
        CU_ASSERT_EQUAL(o->state, PCALL_PROC_CANCELLED);
        CU_ASSERT(o->pid == 0 && o->data == NULL);
    }
    CU_ASSERT_EQUAL(pcall_procs_pids(p, NULL, 0), 1);
    pcall_procs_free(p);
}
#line 22725 "pcall.nw"
static void test_proc_terminate(void)
{
    for (int deaf = 0; deaf < 2; deaf++) {
        pcall_proc_config c = proc_cfg(3, body_ready_then_sleep);
        pcall_procs *p;
        pid_t pids[3];
        double t0;
        c.arg = &deaf;
        c.grace = GRACE;
        p = pcall_procs_new(&c, NULL);
        CU_ASSERT_EQUAL(pcall_procs_start(p, NULL), 0);
        CU_ASSERT_EQUAL(pcall_procs_living(p, pids, 3), 3);
        wait_ready(p);
        t0 = test_now();
        CU_ASSERT_EQUAL(pcall_procs_terminate(p), 3);
        CU_ASSERT_EQUAL(pcall_procs_wait(p, NULL), 0);
        CU_ASSERT(test_now() - t0 < GRACE + slack());
        CU_ASSERT(!deaf || test_now() - t0 >= GRACE);
        for (size_t i = 0; i < 3; i++) {
            pcall_proc_outcome *o = pcall_procs_outcome(p, i);
            CU_ASSERT(o->terminated && !o->timed_out);
            CU_ASSERT(o->pid == pids[i]);
            CU_ASSERT(WIFSIGNALED(o->status) && WTERMSIG(o->status)
                      == (deaf ? SIGKILL : SIGTERM));
        }
        pcall_procs_free(p);
    }
}
#line 22760 "pcall.nw"
static void test_proc_free_kills_and_cleans(void)
{
    int deaf = 1;
    pcall_proc_config c = proc_cfg(3, body_ready_then_sleep);
    pcall_procs *p;
    double t0;
    c.arg = &deaf;
    c.grace = GRACE;
    c.capture = 1;
    p = pcall_procs_new(&c, NULL);
    CU_ASSERT_EQUAL(pcall_procs_start(p, NULL), 0);
    wait_ready(p);
    t0 = test_now();
    pcall_procs_free(p);            /* the harness checks the rest */
    CU_ASSERT(test_now() - t0 >= GRACE);
    CU_ASSERT(test_now() - t0 < GRACE + slack());
}
#line 22792 "pcall.nw"
static volatile sig_atomic_t ticks;

static void tick(int sig)
{
    (void)sig;
    ticks++;
}

/* A storm of SIGUSR1 every millisecond, from a POSIX timer (the
   watchdog owns SIGALRM), with a handler installed without
   SA_RESTART, so that every blocking call returns EINTR. */
static timer_t storm_start(struct sigaction *saved)
{
    struct sigaction sa;
    struct sigevent ev;
    struct itimerspec its = {{0, 1000000}, {0, 1000000}};
    timer_t t;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = tick;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, saved);
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR1;
    CU_ASSERT_FATAL(timer_create(CLOCK_MONOTONIC, &ev, &t) == 0);
    timer_settime(t, 0, &its, NULL);
    ticks = 0;
    return t;
}
#line 22824 "pcall.nw"
static void storm_stop(timer_t t, const struct sigaction *saved)
{
    timer_delete(t);
    sigaction(SIGUSR1, saved, NULL);
}

static void test_proc_eintr(void)
{
    struct sigaction saved;
    timer_t t = storm_start(&saved);
    pcall_proc_config c = proc_cfg(10, body_nap);
    pcall_procs *p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 10; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
    c = proc_cfg(2, body_sleep);
    c.timeout = T_OUT;
    c.grace = GRACE;
    p = proc_run(&c, 1, NULL);      /* the time left is recomputed */
    storm_stop(t, &saved);
    CU_ASSERT(ticks > 50);
    CU_ASSERT(pcall_procs_outcome(p, 0)->timed_out && echoed(p, 1));
    pcall_procs_free(p);
}
#line 22860 "pcall.nw"
static int no_pidfd(pid_t pid)
{
    (void)pid;
    errno = ENOSYS;
    return -1;
}

static void test_proc_without_pidfd(void)
{
    pcall_proc_config c = proc_cfg(20, body_status);
    pcall_procs *p;
    int (*saved)(pid_t) = pcall_proc_pidfd_fn;
    pcall_proc_pidfd_fn = no_pidfd;
    p = proc_run(&c, 0, NULL);
    CU_ASSERT(WIFSIGNALED(pcall_procs_outcome(p, 1)->status));
    for (size_t i = 5; i < 20; i++)
        CU_ASSERT(echoed(p, i));
    pcall_procs_free(p);
    test_proc_grandchild_holds_pipe();
    test_proc_timeout_ignores_term();
    pcall_proc_pidfd_fn = saved;
}
#line 22897 "pcall.nw"
static pv *napper(const pv *args, const pv *kwargs);

static pv *bytes_after(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "size"));
    unsigned char *b;
    pv *v = pv_bytes_new(n, &b);
    memset(b, 'r', n);
    usleep(10 * 1000);
    return v;
}

/* Start the calls, let the host work for `busy` seconds, join. */
static pcall_obj *late_join(pcall_target *t, const char *lit,
                            double timeout, double busy,
                            pcall_error **err)
{
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = t, .varkwargs = pv_lit(lit), .timeout = timeout,
        .grace = GRACE, .nocapture = 1 }, err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, err), 0);
    usleep((useconds_t)(busy * 1e6));
    pcall_join(p, err);
    return p;
}
#line 22934 "pcall.nw"
static void test_timeout_run_time(void)
{
    char lit[64];
    pcall_error *err = NULL;
    snprintf(lit, sizeof lit, "{'nap': (0.01, %g, 0.01)}", 2 * T_OUT);
    pcall_obj *p = late_join(napper, lit, T_OUT, 3 * T_OUT, &err);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind,
                    PCALL_OUTCOME_TIMED_OUT);
    CU_ASSERT(err != NULL && pcall_error_kind_of(err)
              == PCALL_ERR_TIMEOUT && pcall_error_index(err) == 1);
    for (size_t i = 0; i < 3; i += 2) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
        CU_ASSERT(o->runtime >= 0.01 && o->runtime < T_OUT);
    }
    pcall_error_free(err);
    pcall_free(p);
}
#line 22962 "pcall.nw"
static void test_timeout_late_join(void)
{
    int saved = pcall_large_read_child;
    for (int by_address = 1; by_address >= 0; by_address--) {
        pcall_error *err = NULL;
        pcall_large_read_child = by_address;
        pcall_obj *p = late_join(bytes_after,
            "{'size': (524288, 2097152, 100)}", T_OUT, 3 * T_OUT,
            &err);
        CU_ASSERT_PTR_NULL(err);
        for (size_t i = 0; i < 3; i++) {
            const struct pcall_outcome *o = pcall_outcome_at(p, i);
            CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
            CU_ASSERT(o->runtime < T_OUT);
            CU_ASSERT(pcall_result(p, i) != NULL
                      && pv_len(pcall_result(p, i))
                         == (i == 0 ? 524288u : i == 1 ? 2097152u
                                                       : 100u));
        }
        if (err != NULL)
            pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        pcall_free(p);
    }
    pcall_large_read_child = saved;
}
#line 23000 "pcall.nw"
static pid_t slow_fork(void)
{
    usleep(4000);
    return fork();
}

static void test_timeout_forking(void)
{
    enum { N = 250 };
    char *lit = malloc(16 * N + 64);
    pcall_error *err = NULL;
    pid_t (*saved)(void) = pcall_proc_fork_fn;
    size_t ok = 0, cancelled = 0;
    double t0, took;
    strcpy(lit, "{'nap': (");
    for (int i = 0; i < N; i++)
        sprintf(lit + strlen(lit), "%g, ", i == 0 ? 2 * T_OUT : 0.0);
    strcat(lit, ")}");
    pcall_proc_fork_fn = slow_fork;
    t0 = test_now();
    pv *r = pcall(napper, .varkwargs = pv_lit(lit), .timeout = T_OUT,
                  .grace = GRACE, .nocapture = 1, .error = &err);
    took = test_now() - t0;
    pcall_proc_fork_fn = saved;
    free(lit);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT(err != NULL && pcall_error_kind_of(err)
              == PCALL_ERR_TIMEOUT && pcall_error_index(err) == 0);
    CU_ASSERT(took < T_OUT + GRACE + slack());
    
#line 23039 "pcall.nw"
{
    pcall_obj *p;
    lit = malloc(16 * N + 64);
    strcpy(lit, "{'nap': (");
    for (int i = 0; i < N; i++)
        sprintf(lit + strlen(lit), "%g, ", i == 0 ? 2 * T_OUT : 0.0);
    strcat(lit, ")}");
    p = pcall_new(&(pcall_options){ .steal = 1, .target = napper,
        .varkwargs = pv_lit(lit), .timeout = T_OUT, .grace = GRACE,
        .nocapture = 1 }, NULL);
    free(lit);
    pcall_proc_fork_fn = slow_fork;
    CU_ASSERT_EQUAL(pcall_start(p, NULL), 0);
    pcall_join(p, NULL);
    pcall_proc_fork_fn = saved;
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind,
                    PCALL_OUTCOME_TIMED_OUT);
    for (size_t i = 0; i < N; i++) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        ok += o->kind == PCALL_OUTCOME_OK;
        cancelled += o->kind == PCALL_OUTCOME_CANCELLED;
        CU_ASSERT(o->kind != PCALL_OUTCOME_OK
                  || o->runtime <= T_OUT);
    }
    CU_ASSERT(cancelled > 0);
    CU_ASSERT(ok > 0 || under_valgrind());  /* its children are slow */
    pcall_free(p);
}
#line 23030 "pcall.nw"
    pcall_error_free(err);
}
#line 23083 "pcall.nw"
static void test_living_means_alive(void)
{
    pcall_error *err = NULL;
    FILE *log = tmpfile();
    char line[512];
    int terminated = 0;
    pid_t pids[3];
    siginfo_t si;
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper, .varkwargs = pv_lit("{'nap': (0, 0, 0)}"),
        .log_file = log }, &err);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    pcall_pids(p, pids, 3);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(waitid(P_PID, (id_t)pids[i], &si,
                         WEXITED | WNOWAIT) == 0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 0);
    CU_ASSERT_EQUAL(pcall_terminate(p), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pcall_outcome_at(p, i)->kind, PCALL_OUTCOME_OK);
    rewind(log);
    while (fgets(line, sizeof line, log) != NULL)
        terminated += strstr(line, "terminated") != NULL;
    CU_ASSERT_EQUAL(terminated, 0);
    fclose(log);
    pcall_error_free(err);
    pcall_free(p);
}
#line 23123 "pcall.nw"
static pcall_obj *to_stop;
static pthread_t joiner;

static void stop_on_signal(int sig)
{
    (void)sig;
    pcall_terminate(to_stop);
}

static void *stop_later(void *how)
{
    usleep(200 * 1000);
    if (how != NULL)
        pthread_kill(joiner, SIGUSR1);
    else
        pcall_terminate(to_stop);
    return NULL;
}
#line 23144 "pcall.nw"
static void test_terminate_from_anywhere(void)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = stop_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, &old);
    for (int by_signal = 1; by_signal >= 0; by_signal--) {
        pcall_error *err = NULL;
        pthread_t t;
        double t0;
        to_stop = pcall_new(&(pcall_options){ .steal = 1,
            .target = napper, .varkwargs = pv_lit("{'nap': (10, 10, "
            "10)}"), .grace = GRACE, .nocapture = 1 }, &err);
        CU_ASSERT_EQUAL_FATAL(pcall_start(to_stop, &err), 0);
        joiner = pthread_self();
        t0 = test_now();
        pthread_create(&t, NULL, stop_later, by_signal ? &t : NULL);
        CU_ASSERT_EQUAL(pcall_join(to_stop, &err), -1);
        CU_ASSERT(test_now() - t0 < 0.2 + GRACE + slack());
        pthread_join(t, NULL);
        for (size_t i = 0; i < 3; i++)
            CU_ASSERT_EQUAL(pcall_outcome_at(to_stop, i)->kind,
                            PCALL_OUTCOME_KILLED);
        CU_ASSERT(err != NULL && strstr(pcall_error_message(err),
                                        "by pcall_terminate") != NULL);
        pcall_error_free(err);
        pcall_free(to_stop);
    }
    sigaction(SIGUSR1, &old, NULL);
}
#line 23202 "pcall.nw"
static const char *nn(const char *s)
{
    return s != NULL ? s : "(NULL)";  /* CUnit's strcmp would crash */
}

static pcall_proc_outcome fake_call(const char *literal, int status)
{
    pcall_proc_outcome po = { .state = PCALL_PROC_DONE, .pid = 42,
        .status = status, .started = 10.0, .ended = 10.25 };
    if (literal != NULL) {
        pv *rec = pv_lit(literal);
        CU_ASSERT_EQUAL_FATAL(pv_pickle(rec, &po.data, &po.len, NULL),
                              0);
        pv_free(rec);
    }
    return po;
}
#line 23226 "pcall.nw"
static char *judged(pcall_proc_outcome *po, double timeout)
{
    struct pcall_outcome o;
    pv *result;
    char *s;
    pcall_error *e = pcall_classify(1, po, timeout, "by the test",
                                    &o, &result);
    CU_ASSERT_PTR_EQUAL(o.error, e);
    if (e == NULL) {
        char *r = result ? pv_repr(result) : strdup("NULL");
        CU_ASSERT(asprintf(&s, "%s: %s", pcall_outcome_name(o.kind),
                           r) > 0);
        free(r);
    } else
        CU_ASSERT(asprintf(&s, "%s: %s", pcall_outcome_name(o.kind),
                           pcall_error_message(e)) > 0);
    pv_free(result);
    pcall_error_free(e);
    free(po->data);
    return s;
}
#line 23250 "pcall.nw"
#define JUDGED(po, timeout, want) do {                              \
        char *got_ = judged((po), (timeout));                       \
        CU_ASSERT_STRING_EQUAL(got_, (want));                       \
        if (strcmp(got_, (want)) != 0)                              \
            fprintf(stderr, "\n  got:  %s\n  want: %s\n", got_,     \
                    (want));                                        \
        free(got_);                                                 \
    } while (0)
#line 23261 "pcall.nw"
static void test_errors_table_exits(void)
{
    pcall_proc_outcome po;
    po = fake_call("('ok', (1, 'a'))", W_EXITCODE(0, 0));
    JUDGED(&po, 0, "ok: (1, 'a')");
    po = fake_call(NULL, W_EXITCODE(0, 0));
    JUDGED(&po, 0, "exited: call 1 (pid 42) exited with status 0 "
           "without a result");
    po = fake_call(NULL, W_EXITCODE(99, 0));
    JUDGED(&po, 0, "exited: call 1 (pid 42) exited with status 99 "
           "without a result");
    po = fake_call("('ok', None)", W_EXITCODE(3, 0));
    JUDGED(&po, 0, "exited: call 1 (pid 42) sent its result but then "
           "exited with status 3");
    po = fake_call("('ok', 5)", W_EXITCODE(3, 0));
    po.len -= 1;
    JUDGED(&po, 0, "exited: call 1 (pid 42) exited with status 3 "
           "without a complete result");
}
#line 23283 "pcall.nw"
static void test_errors_table_signals(void)
{
    pcall_proc_outcome po;
    po = fake_call(NULL, W_EXITCODE(0, SIGSEGV));
    JUDGED(&po, 0, "crashed: call 1 (pid 42) was killed by signal 11 "
           "(SIGSEGV)");
    po = fake_call("('ok', 1)", W_EXITCODE(0, SIGABRT));
    JUDGED(&po, 0, "crashed: call 1 (pid 42) sent its result but then "
           "was killed by signal 6 (SIGABRT)");
    po = fake_call("('ok', 1)", W_EXITCODE(0, SIGKILL));
    po.len /= 2;
    JUDGED(&po, 0, "crashed: call 1 (pid 42) was killed by signal 9 "
           "(SIGKILL)");
    po = fake_call(NULL, W_EXITCODE(0, SIGTERM));
    po.terminated = 1;
    JUDGED(&po, 0, "killed: call 1 (pid 42) was stopped by the test: "
           "killed by signal 15 (SIGTERM)");
    po = fake_call("('ok', 1)", W_EXITCODE(0, 0));
    po.terminated = 1;                /* it finished anyway */
    JUDGED(&po, 0, "ok: 1");
    po = fake_call(NULL, W_EXITCODE(0, SIGTERM));
    po.timed_out = 1;
    JUDGED(&po, 0.5, "timed out: call 1 (pid 42) exceeded the timeout "
           "of 0.5 s");
}
#line 23317 "pcall.nw"
static void test_errors_table_records(void)
{
    pcall_proc_outcome po;
    char *got;
    po = fake_call("('ok', [1, 2, 3])", W_EXITCODE(0, 0));
    po.len -= 3;
    got = judged(&po, 0);
    CU_ASSERT_NSTRING_EQUAL(got, "corrupt: call 1 (pid 42) sent a "
                            "result that does not decode: ", 61);
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "offset"));
    free(got);
    po = fake_call("('okay', 1)", W_EXITCODE(0, 0));
    JUDGED(&po, 0, "corrupt: call 1 (pid 42) sent a result that does "
           "not decode: it is not a pcall record");
    po = fake_call("('raise', 'KeyError', 'k', '')", W_EXITCODE(0, 0));
    JUDGED(&po, 0, "raised: k");
    po = fake_call("('ok', 2)", -1);
    po.status_lost = 1;
    JUDGED(&po, 0, "ok: 2");
    po = fake_call(NULL, -1);
    po.status_lost = 1;
    JUDGED(&po, 0, "exited: call 1 (pid 42) ended without a result; "
           "its exit status was lost (another party reaped it)");
    po = (pcall_proc_outcome){ .state = PCALL_PROC_CANCELLED };
    JUDGED(&po, 0, "cancelled: call 1 was cancelled before it started");
}
#line 23349 "pcall.nw"
static void test_errors_cause(void)
{
    pcall_proc_outcome po = fake_call(
        "('raise', 'ValueError', 'bad 7', 'f1\\nf2')",
        W_EXITCODE(PCALL_RAISE_STATUS, 0));
    struct pcall_outcome o;
    pv *result;
    pcall_error *e = pcall_classify(3, &po, 0, NULL, &o, &result);
    CU_ASSERT_PTR_NULL(result);
    CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_CHILD);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(e), "bad 7");
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(e)), "ValueError");
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_backtrace(e)), "f1\nf2");
    CU_ASSERT_EQUAL(pcall_error_index(e), 3);
    CU_ASSERT_EQUAL(pcall_error_pid(e), 42);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_RAISED);
    CU_ASSERT_EQUAL(o.kind, PCALL_OUTCOME_RAISED);
    CU_ASSERT_EQUAL(o.exit_status, PCALL_RAISE_STATUS);
    CU_ASSERT_EQUAL(o.signal, 0);
    CU_ASSERT_DOUBLE_EQUAL(o.runtime, 0.25, 1e-9);
    
#line 23376 "pcall.nw"
{
    char *buf;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    pcall_error *c = pcall_error_copy(e);
    CU_ASSERT_EQUAL(pcall_error_fprint(f, c), 0);
    fclose(f);
    CU_ASSERT_STRING_EQUAL(buf,
        "Backtrace of call 3 (pid 42), most recent call first:\n"
        "  f1\n  f2\nValueError: bad 7\n\n"
        "The above error was the cause of:\n\n"
        "ChildProcessException: call 3 (pid 42) raised ValueError\n");
    free(buf);
    pcall_error_free(c);
}
#line 23370 "pcall.nw"
    pcall_error_free(e);
    free(po.data);
}
#line 23394 "pcall.nw"
static void test_errors_new_and_names(void)
{
    char *buf;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    pcall_error *e = pcall_error_new(PCALL_ERR_ARGS, "iargs[%d] bad",
                                     2);
    CU_ASSERT_EQUAL(pcall_error_index(e), PCALL_NO_CALL);
    CU_ASSERT_EQUAL(pcall_error_pid(e), 0);
    CU_ASSERT_PTR_NULL(pcall_error_type(e));
    CU_ASSERT_PTR_NULL(pcall_error_backtrace(e));
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_NONE);
    pcall_error_fprint(f, e);
    fclose(f);
    CU_ASSERT_STRING_EQUAL(buf, "TypeError: iargs[2] bad\n");
    free(buf);
    pcall_error_free(e);
    pcall_error_free(NULL);
    CU_ASSERT_STRING_EQUAL(pcall_outcome_name(PCALL_OUTCOME_TIMED_OUT),
                           "timed out");
    CU_ASSERT_STRING_EQUAL(pcall_outcome_name((pcall_outcome_kind)99),
                           "?");
    CU_ASSERT_STRING_EQUAL(pcall_error_kind_name(PCALL_ERR_SYSTEM),
                           "OSError");
}
#line 23430 "pcall.nw"
static void errors_no_core(void)
{
    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
}
#line 23438 "pcall.nw"
static void test_errors_raise_outside_child(void)
{
    int fds[2], status;
    char msg[256] = { 0 };
    CU_ASSERT_EQUAL_FATAL(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        errors_no_core();
        dup2(fds[1], 2);
        pcall_raise("ValueError", "never sent");
    }
    close(fds[1]);
    for (size_t got = 0, n; got < sizeof msg - 1; got += n)
        if ((n = (size_t)read(fds[0], msg + got, sizeof msg - 1 - got))
            == 0 || n == (size_t)-1)
            break;
    close(fds[0]);
    CU_ASSERT_EQUAL(waitpid(pid, &status, 0), pid);
    CU_ASSERT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "pcall: pcall_raise: called "
                                  "outside a pcall child (pid "));
}
#line 23474 "pcall.nw"
_Noreturn void errors_raise_value(int x);
pv *misbehave(const pv *args, const pv *kwargs);

__attribute__((noinline)) void errors_raise_value(int x)
{
    pcall_raise("ValueError", "bad value %d", x);
}

pv *misbehave(const pv *args, const pv *kwargs)
{
    const char *how = pv_str_data(pcall_arg(args, kwargs, 0, "how"),
                                  NULL);
    errors_no_core();
    
#line 23493 "pcall.nw"
if (strcmp(how, "raise") == 0)
    errors_raise_value(42);
if (strcmp(how, "late-raise") == 0) {
    usleep(200 * 1000);
    pcall_raise("ValueError", "late");
}
if (strcmp(how, "segv") == 0)
    raise(SIGSEGV);
if (strcmp(how, "sigkill") == 0)
    raise(SIGKILL);
if (strcmp(how, "exit0") == 0 || strcmp(how, "exit99") == 0)
    _exit(how[4] == '0' ? 0 : 99);
if (strcmp(how, "null") == 0)
    return NULL;
if (strcmp(how, "deep") == 0) {
    pv *v = pv_none();
    for (int i = 0; i < 5000; i++)
        v = pv_list(1, v);
    return v;
}
if (strncmp(how, "send", 4) == 0)
    
#line 23528 "pcall.nw"
{
    unsigned char *buf;
    size_t len;
    pv *rec = pv_lit("('ok', 1)");
    pv_pickle(rec, &buf, &len, NULL);
    if (strcmp(how, "send-half") == 0)
        len /= 2;
    pcall_proc_send(PCALL_PROC_RESULT_FD, buf, len);
    pv_free(rec);                  /* no leak for valgrind to report */
    free(buf);
    if (strcmp(how, "send-abort") == 0)
        abort();
    _exit(strcmp(how, "send-exit3") == 0 ? 3 : 0);
}
#line 23515 "pcall.nw"
if (strcmp(how, "sleep") == 0)
    sleep(30);
#line 23731 "pcall.nw"
if (strcmp(how, "misuse") == 0)
    return pv_int(errors_misuse(pv_str("seven"), 0));
if (strcmp(how, "misuse-index") == 0)
    return pv_int(errors_misuse(pv_lit("(7,)"), 1));
if (strcmp(how, "misuse-arg") == 0)
    pv_free(pv_copy(pcall_arg(pv_int(7), kwargs, 0, "how")));
if (strcmp(how, "misuse-lit") == 0)
    pv_free(pv_lit("[1, 2"));
if (strcmp(how, "no-memory") == 0)       /* not a tail call */
    pv_free(pv_tuple_new((size_t)1 << 59));
if (strcmp(how, "exhaust") == 0)
    errors_exhaust_memory();
#line 25710 "pcall.nw"
if (strcmp(how, "abort") == 0)
    abort();
if (strcmp(how, "big-crash") == 0)
    
#line 25741 "pcall.nw"
{
    unsigned char *buf;
    size_t len;
    char *big = calloc(1, 4 << 20);
    pv *rec = pv_tuple(2, pv_str("ok"), pv_bytes(big, 4 << 20));
    free(big);
    pv_pickle(rec, &buf, &len, NULL);
    pv_free(rec);
    pcall_proc_send(PCALL_PROC_RESULT_FD, buf, len / 2);
    free(buf);
    raise(SIGSEGV);
}
#line 25714 "pcall.nw"
if (strcmp(how, "garbage") == 0) {
    pcall_proc_send(PCALL_PROC_RESULT_FD, "\x80\x05garbage", 9);
    _exit(0);
}
if (strcmp(how, "ignore-term") == 0)
    signal(SIGTERM, SIG_IGN);
if (strcmp(how, "block-term") == 0) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigprocmask(SIG_BLOCK, &s, NULL);
}
if (strcmp(how, "family") == 0)
    for (int k = 0; k < 2; k++)
        if (fork() == 0) {           /* a deaf grandchild */
            signal(SIGTERM, SIG_IGN);
            for (;;)
                sleep(10);
        }
if (strcmp(how, "ignore-term") == 0 || strcmp(how, "block-term") == 0
    || strcmp(how, "family") == 0)
    sleep(30);
if (strcmp(how, "nap") == 0)
    usleep(100 * 1000);
#line 26094 "pcall.nw"
if (strcmp(how, "leave-group") == 0) {
    setpgid(0, getpgid(getppid()));     /* into the host's group */
    sleep(15);
}
if (strcmp(how, "orphan") == 0 && fork() == 0)
    for (;;)
        pause();                        /* a helper left behind */
#line 26165 "pcall.nw"
if (strcmp(how, "pause") == 0)
    for (;;)
        pause();                /* through any signal it catches */
#line 23488 "pcall.nw"
    return pv_str(how);
}
#line 23551 "pcall.nw"
static pcall_error *misbehaved(const char *hows, double timeout)
{
    pcall_error *err = NULL;
    pv *kw = pv_lit(hows);
    const pv *how = pv_dict_get_str(kw, "how");
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .varkwargs = kw, .timeout = timeout }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    for (size_t i = 0; i < pcall_ncalls(p); i++)
        if (strcmp(pv_str_data(pv_item(how, i), NULL), "ok") == 0) {
            CU_ASSERT_EQUAL(pcall_outcome_at(p, i)->kind,
                            PCALL_OUTCOME_OK);
            CU_ASSERT_PTR_NOT_NULL(pcall_result(p, i));
        }
    pcall_free(p);
    pv_free(kw);
    return err;
}
#line 23579 "pcall.nw"
static void expect_call_error(pcall_error *e, pcall_error_kind kind,
                              size_t index, const char *fmt)
{
    char want[256];
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    snprintf(want, sizeof want, fmt, (int)pcall_error_pid(e));
    CU_ASSERT_EQUAL(pcall_error_kind_of(e), kind);
    CU_ASSERT_EQUAL(pcall_error_index(e), index);
    CU_ASSERT(pcall_error_pid(e) > 0);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(e), want);
    if (strcmp(pcall_error_message(e), want) != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n",
                pcall_error_message(e), want);
    pcall_error_free(e);
}
#line 23597 "pcall.nw"
static void test_errors_raised(void)
{
    pcall_error *e = misbehaved("{'how': ('ok', 'raise', 'ok')}", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(e)), "ValueError");
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_RAISED);
    CU_ASSERT_PTR_NOT_NULL(strstr(nn(pcall_error_backtrace(e)),
                                  "(pcall_raise+"));
    CU_ASSERT_PTR_NOT_NULL(strstr(nn(pcall_error_backtrace(e)),
                                  "(errors_raise_value+"));
    expect_call_error(e, PCALL_ERR_CHILD, 1, "bad value 42");
}
#line 23612 "pcall.nw"
static void test_errors_signals(void)
{
    pcall_error *e = misbehaved("{'how': ('ok', 'segv')}", 0);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_CRASHED);
    expect_call_error(e, PCALL_ERR_CHILD, 1, "call 1 (pid %d) was "
                      "killed by signal 11 (SIGSEGV)");
    e = misbehaved("{'how': ['sigkill', 'ok', 'ok']}", 0);
    expect_call_error(e, PCALL_ERR_CHILD, 0, "call 0 (pid %d) was "
                      "killed by signal 9 (SIGKILL)");
    e = misbehaved("{'how': ['ok', 'send-abort']}", 0);
    expect_call_error(e, PCALL_ERR_CHILD, 1, "call 1 (pid %d) sent "
                      "its result but then was killed by signal 6 "
                      "(SIGABRT)");
}
#line 23629 "pcall.nw"
static void test_errors_exits(void)
{
    pcall_error *e = misbehaved("{'how': ('exit0',)}", 0);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_EXITED);
    expect_call_error(e, PCALL_ERR_CHILD, 0, "call 0 (pid %d) exited "
                      "with status 0 without a result");
    e = misbehaved("{'how': ('ok', 'exit99')}", 0);
    expect_call_error(e, PCALL_ERR_CHILD, 1, "call 1 (pid %d) exited "
                      "with status 99 without a result");
    e = misbehaved("{'how': ('ok', 'ok', 'send-exit3')}", 0);
    expect_call_error(e, PCALL_ERR_CHILD, 2, "call 2 (pid %d) sent "
                      "its result but then exited with status 3");
}
#line 23645 "pcall.nw"
static void test_errors_bad_results(void)
{
    pcall_error *e = misbehaved("{'how': ('send-half', 'ok')}", 0);
    char want[128];
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_CORRUPT);
    snprintf(want, sizeof want, "call 0 (pid %d) sent a result that "
             "does not decode: ", (int)pcall_error_pid(e));
    CU_ASSERT_NSTRING_EQUAL(pcall_error_message(e), want,
                            strlen(want));
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(e), "offset"));
    pcall_error_free(e);
    e = misbehaved("{'how': ('ok', 'null')}", 0);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(e)), "SystemError");
    expect_call_error(e, PCALL_ERR_CHILD, 1, "call 1 returned NULL "
                      "without calling pcall_raise");
    e = misbehaved("{'how': ('deep', 'ok')}", 0);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(e)), "PicklingError");
    CU_ASSERT_NSTRING_EQUAL(pcall_error_message(e), "cannot pickle the "
                            "result of call 0: ", 36);
    pcall_error_free(e);
}
#line 23677 "pcall.nw"
static double errors_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void test_errors_timeout(void)
{
    double t0 = errors_now();
    int slow = getenv("PCALL_VALGRIND") != NULL;
    pcall_error *e = misbehaved("{'how': ('ok', 'sleep')}",
                                slow ? 2.0 : 0.5);
    CU_ASSERT(errors_now() - t0 < (slow ? 2.0 : 0.5) + 1.0 + 2.0);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_TIMED_OUT);
    expect_call_error(e, PCALL_ERR_TIMEOUT, 1, slow
                      ? "call 1 (pid %d) exceeded the timeout of 2 s"
                      : "call 1 (pid %d) exceeded the timeout of 0.5 s");
}
#line 23754 "pcall.nw"
__attribute__((noinline)) int64_t errors_misuse(const pv *v, size_t i)
{
    int64_t x = pv_as_int(pv_is(v, PV_TUPLE) ? pv_item(v, i) : v);
    return x + 1;
}
#line 23762 "pcall.nw"
static int errors_under_tool(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return 1;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 1;
#endif
#endif
    return getenv("PCALL_VALGRIND") != NULL;
}

void errors_exhaust_memory(void)
{
    char line[128] = "";
    long pages = 0;
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    pv *keep = pv_list(0);
    if (fd != -1) {
        (void)!read(fd, line, sizeof line - 1);
        close(fd);
    }
    if (errors_under_tool() || sscanf(line, "%ld", &pages) != 1)
        pv_tuple_new((size_t)1 << 59);
    struct rlimit as = { .rlim_cur = (rlim_t)pages
                         * (rlim_t)sysconf(_SC_PAGESIZE) + (16 << 20),
                         .rlim_max = RLIM_INFINITY };
    setrlimit(RLIMIT_AS, &as);
    for (;;)
        pv_list_append(keep, pv_tuple_new((size_t)1 << 17));
}
#line 23800 "pcall.nw"
static void expect_raised(const char *hows, const char *type,
                          const char *msg, const char *frame)
{
    pcall_error *e = misbehaved(hows, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_CHILD);
    CU_ASSERT_EQUAL(pcall_error_outcome(e), PCALL_OUTCOME_RAISED);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(e)), type);
    CU_ASSERT(fnmatch(msg, pcall_error_message(e), 0) == 0);
    if (fnmatch(msg, pcall_error_message(e), 0) != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n",
                pcall_error_message(e), msg);
    if (frame != NULL)
        CU_ASSERT_PTR_NOT_NULL(strstr(nn(pcall_error_backtrace(e)),
                                      frame));
    CU_ASSERT_EQUAL(pcall_error_index(e), 1);
    pcall_error_free(e);
}
#line 23821 "pcall.nw"
static void test_errors_misuse(void)
{
    expect_raised("{'how': ('ok', 'misuse', 'ok')}", "TypeError",
                  "pv_as_int: expected 'int', got 'str'",
                  "(errors_misuse+");
    expect_raised("{'how': ('ok', 'misuse', 'ok')}", "TypeError",
                  "pv_as_int: expected 'int', got 'str'",
                  "(misbehave+");
    expect_raised("{'how': ('ok', 'misuse-index')}", "IndexError",
                  "pv_item: index 1 out of range for a tuple of "
                  "length 1", "(errors_misuse+");
    expect_raised("{'how': ('ok', 'misuse-arg')}", "TypeError",
                  "pv_len: object of type 'int' has no len()",
                  "(pcall_arg+");
    expect_raised("{'how': ('ok', 'misuse-lit')}", "ValueError",
                  "pv_lit: column 6: unexpected end of input, "
                  "expected ',' or ']'\n    in: [1, 2",
                  "(misbehave+");
}

static void test_errors_out_of_memory(void)
{
    expect_raised("{'how': ('ok', 'no-memory')}", "MemoryError",
                  "out of memory (576460752303423488 x 8 bytes)",
                  "(misbehave+");
    expect_raised("{'how': ('ok', 'exhaust', 'ok')}", "MemoryError",
                  "out of memory (* x 8 bytes)", NULL);
}
#line 23873 "pcall.nw"
/* Replace each line's leading time stamp by "TIME", checking its
   shape: YYYY-MM-DDTHH:MM:SS. */
static void mask_stamps(char *s)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd";
    for (char *line = s; *line; ) {
        char *nl = strchr(line, '\n');
        size_t k = 0;
        while (shape[k] && line[k] && (shape[k] == 'd'
               ? line[k] >= '0' && line[k] <= '9' : line[k] == shape[k]))
            k++;
        if (shape[k] == '\0') {
            memcpy(line, "TIME", 4);
            memmove(line + 4, line + 19, strlen(line + 19) + 1);
            nl = strchr(line, '\n');
        }
        if (nl == NULL)
            break;
        line = nl + 1;
    }
}
#line 23897 "pcall.nw"
/* Everything written to a memory file (no file in $TMPDIR), read back
   with its time stamps masked. */
static char *merged(pcall_procs *p, const char *name, int want)
{
    int fd = memfd_create("merged", MFD_CLOEXEC);
    pv_err err = {""};
    off_t n;
    char *s;
    CU_ASSERT_FATAL(fd != -1);
    CU_ASSERT_EQUAL(pcall_logs_merge(p, name, fd, &err), want);
    n = lseek(fd, 0, SEEK_END);
    s = calloc(1, (size_t)n + 1);
    CU_ASSERT(pread(fd, s, (size_t)n, 0) == n);
    close(fd);
    mask_stamps(s);
    return s;
}
#line 23917 "pcall.nw"
static int same_text(const char *got, const char *want)
{
    if (strcmp(got, want) == 0)
        return 1;
    fprintf(stderr, "\n--- got:\n%s--- wanted:\n%s---\n", got, want);
    return 0;
}
#line 23933 "pcall.nw"
static int body_logs(size_t i, void *arg, int fd)
{
    (void)arg;
    pcall_log("this is a message from %d", (int)getpid());
    printf("plain stdout\n");   /* line buffered when captured */
    fprintf(stderr, "to stderr\n");
    return body_echo(i, arg, fd);
}

static void test_logs_merge_format(void)
{
    pcall_proc_config c = proc_cfg(3, body_logs);
    pcall_procs *p;
    char want[2000] = "", *got;
    c.capture = 1;
    p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 3; i++) {
        int pid = pcall_procs_outcome(p, i)->pid;
        snprintf(want + strlen(want), sizeof want - strlen(want),
            "TIME: %%LOG-6-INFO: >>>> Begin child log Task-1:pid-%d\n"
            "TIME: %%SCRIPT-6-INFO: this is a message from %d\n"
            "plain stdout\nto stderr\n"
            "TIME: %%LOG-6-INFO: <<<< End child log Task-1:pid-%d\n",
            pid, pid, pid);
    }
    got = merged(p, "Task-1", 0);
    CU_ASSERT(same_text(got, want));
    free(got);
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT(!pcall_procs_outcome(p, i)->logged);  /* merged */
    pcall_procs_free(p);
}
#line 23976 "pcall.nw"
static int body_endings(size_t i, void *arg, int fd)
{
    struct rlimit none = {0, 0};
    (void)arg;
    setrlimit(RLIMIT_CORE, &none);
    switch (i) {
    case 0: printf("no newline"); break;
    case 1: fprintf(stderr, "about to crash\n"); raise(SIGSEGV); break;
    case 2: printf("failing\n"); return 3;
    case 3: printf("sleeping\n"); fflush(stdout); for (;;) sleep(10);
    }
    return body_echo(i, arg, fd);
}
#line 23992 "pcall.nw"
static void test_logs_how_each_child_ended(void)
{
    pcall_proc_config c = proc_cfg(4, body_endings);
    pcall_procs *p;
    char want[2000] = "", *got;
    static const char *const body[] = {"no newline\n",
        "about to crash\n", "failing\n", "sleeping\n"};
    static const char *const how[] = {"", " (killed by signal 11, "
        "SIGSEGV)", " (exited with status 3)", " (timed out; killed by "
        "signal 15, SIGTERM)"};
    c.capture = 1;
    c.timeout = T_OUT;
    c.grace = GRACE;
    p = proc_run(&c, 1, NULL);
    for (size_t i = 0; i < 4; i++) {
        int pid = pcall_procs_outcome(p, i)->pid;
        snprintf(want + strlen(want), sizeof want - strlen(want),
            "TIME: %%LOG-6-INFO: >>>> Begin child log t:pid-%d\n%s"
            "TIME: %%LOG-6-INFO: <<<< End child log t:pid-%d%s\n",
            pid, body[i], pid, how[i]);
    }
    got = merged(p, "t", 0);
    CU_ASSERT(same_text(got, want));
    free(got);
    pcall_procs_free(p);
}
#line 24029 "pcall.nw"
static void test_logs_cancelled_have_no_section(void)
{
    pcall_proc_config c = proc_cfg(3, body_sleep);
    pcall_procs *p;
    char want[300], *got;
    c.capture = 1;
    c.timeout = T_OUT;
    c.grace = GRACE;
    c.max_procs = 1;
    p = proc_run(&c, 1, NULL);
    snprintf(want, sizeof want,
        "TIME: %%LOG-6-INFO: >>>> Begin child log c:pid-%d\n"
        "TIME: %%LOG-6-INFO: <<<< End child log c:pid-%d (timed out; "
        "killed by signal 15, SIGTERM)\n",
        pcall_procs_outcome(p, 0)->pid, pcall_procs_outcome(p, 0)->pid);
    got = merged(p, "c", 0);
    CU_ASSERT(same_text(got, want));
    free(got);
    pcall_procs_free(p);
}
#line 24064 "pcall.nw"
static int body_log_private(size_t i, void *arg, int fd)
{
    struct stat st;
    int ok = fstat(1, &st) == 0 && S_ISREG(st.st_mode)
             && (st.st_mode & 0777) == 0600 && st.st_uid == getuid()
             && st.st_nlink == 0;
    (void)i, (void)arg;
    printf("a line\n");
    return pcall_proc_send(fd, ok ? "private" : "exposed", 7) ? 1 : 0;
}

static void check_log_kept(size_t i, pcall_proc_outcome *o, void *arg)
{
    DIR *d = opendir(getenv("TMPDIR"));
    struct dirent *e;
    int files = 0;
    (void)i, (void)arg;
    CU_ASSERT(o->logged && o->log_len == 7 && o->log_errno == 0);
    while (d != NULL && (e = readdir(d)) != NULL)
        files += e->d_name[0] != '.';
    if (d != NULL)
        closedir(d);
    CU_ASSERT_EQUAL(files, 0);
}
static int count_lines(const char *text, const char *line)
{
    int n = 0;
    size_t k = strlen(line);
    for (const char *t = text; (t = strstr(t, line)) != NULL; t += k)
        n += (t == text || t[-1] == '\n') && t[k] == '\n';
    return n;
}
#line 24099 "pcall.nw"
static void test_logs_files_are_private(void)
{
    pcall_proc_config c = proc_cfg(2, body_log_private);
    pcall_procs *p;
    pv_err err = {""};
    char *got;
    c.capture = 1;
    c.on_done = check_log_kept;
    p = proc_run(&c, 0, NULL);
    for (size_t i = 0; i < 2; i++)
        CU_ASSERT(outcome_is(pcall_procs_outcome(p, i), "private"));
    CU_ASSERT_EQUAL(pcall_logs_merge(p, "x", -1, &err), -1);
    CU_ASSERT_STRING_EQUAL(err.msg,
                           "pcall_logs_merge: write: Bad file descriptor");
    CU_ASSERT(pcall_procs_outcome(p, 0)->logged);
    got = merged(p, "x", 0);
    CU_ASSERT_FATAL(got != NULL);
    CU_ASSERT_EQUAL(count_lines(got, "a line"), 2);  /* each once */
    CU_ASSERT(!pcall_procs_outcome(p, 1)->logged);
    free(got);
    pcall_procs_free(p);
}
#line 24134 "pcall.nw"
static void test_logs_lost_output(void)
{
    pcall_proc_config c = proc_cfg(2, body_logs);
    pcall_procs *p;
    char *got;
    c.capture = 1;
    p = proc_run(&c, 0, NULL);
    pcall_procs_outcome(p, 1)->log_errno = ENOSPC;
    got = merged(p, "x", 0);
    CU_ASSERT_FATAL(got != NULL);
    CU_ASSERT_EQUAL(count_lines(got, "plain stdout"), 1);
    CU_ASSERT_EQUAL(count_lines(got, "pcall: the output of call 1 was "
                                "lost: No space left on device"), 1);
    CU_ASSERT(strstr(got, "End child log x:pid-") != NULL);
    free(got);
    pcall_procs_free(p);
}
#line 24164 "pcall.nw"
/* Run fn with stdout going to a pipe; return what it wrote. */
static char *stdout_of(void (*fn)(void))
{
    int pp[2], saved;
    char *b = calloc(1, 4096);
    ssize_t n, got = 0;
    fflush(stdout);
    saved = dup(1);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    dup2(pp[1], 1);
    close(pp[1]);
    fn();
    fflush(stdout);
    dup2(saved, 1);                     /* the last writer is gone */
    close(saved);
    while ((n = read(pp[0], b + got, 4095 - (size_t)got)) > 0)
        got += n;
    close(pp[0]);
    return b;
}
#line 24187 "pcall.nw"
static void log_twice(void)
{
    pcall_log("this is a message from %d", 88466);
    pcall_log("%s", "");
}

static void test_logs_pcall_log(void)
{
    char *got = stdout_of(log_twice);
    mask_stamps(got);
    CU_ASSERT_STRING_EQUAL(got,
        "TIME: %SCRIPT-6-INFO: this is a message from 88466\n"
        "TIME: %SCRIPT-6-INFO: \n");
    free(got);
}
#line 24209 "pcall.nw"
static int body_say(size_t i, void *arg, int fd)
{
    printf("hello from %zu\n", i);
    return body_echo(i, arg, fd);
}

static void run_uncaptured(void)
{
    pcall_proc_config c = proc_cfg(2, body_say);
    pcall_procs *p = proc_run(&c, 0, NULL);
    char *got = merged(p, "x", 0);
    CU_ASSERT_STRING_EQUAL(got, "");    /* nothing captured */
    CU_ASSERT(!pcall_procs_outcome(p, 0)->logged);
    free(got);
    pcall_procs_free(p);
}

static void test_logs_capture_off(void)
{
    char *got = stdout_of(run_uncaptured);
    CU_ASSERT(strcmp(got, "hello from 0\nhello from 1\n") == 0
              || strcmp(got, "hello from 1\nhello from 0\n") == 0);
    free(got);
}
#line 24259 "pcall.nw"
static pv *napper(const pv *args, const pv *kwargs)
{
    const pv *nap = pcall_arg(args, kwargs, 0, "nap");
    double s = pv_is(nap, PV_FLOAT) ? pv_as_float(nap)
                                    : (double)pv_as_int(nap);
    struct timespec t = { (time_t)s, (long)((s - (time_t)s) * 1e9) };
    while (nanosleep(&t, &t) != 0)
        ;
    return pv_int(getpid());
}

static pv *spec_func(const pv *args, const pv *kwargs);
static pv *spec_func1(const pv *args, const pv *kwargs);
static pv *spec_func3(const pv *args, const pv *kwargs);
static pv *spec_add(const pv *args, const pv *kwargs);
static void spec_expect(pv *got, pcall_error *err, const char *want);
static char *spec_read_masked(int fd);
#line 24284 "pcall.nw"
static void test_pcall_life_cycle(void)
{
    pcall_error *err = NULL;
    pid_t pids[3] = { -1, -1, -1 }, living[3];
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper,
        .varkwargs = pv_lit("{'nap': (0.5, 0.5, 0.5)}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_ncalls(p), 3);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_pids(p, pids, 3), 3);
    CU_ASSERT(pids[0] == 0 && pids[1] == 0 && pids[2] == 0);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 0);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_pids(p, pids, 3), 3);
    CU_ASSERT(pids[0] > 0 && pids[1] > 0 && pids[2] > 0);
    CU_ASSERT(pids[0] != pids[1] && pids[1] != pids[2]);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 3);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_NONE);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->pid, pids[1]);
    
#line 24311 "pcall.nw"
{
    CU_ASSERT_EQUAL_FATAL(pcall_join(p, &err), 0);
    CU_ASSERT_PTR_NULL(err);
    char want[64], *got = pv_repr(pcall_results(p));
    snprintf(want, sizeof want, "(%d, %d, %d)", (int)pids[0],
             (int)pids[1], (int)pids[2]);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    CU_ASSERT_EQUAL(pcall_living(p, living, 3), 0);
    for (size_t i = 0; i < 3; i++) {
        const struct pcall_outcome *o = pcall_outcome_at(p, i);
        CU_ASSERT_EQUAL(o->kind, PCALL_OUTCOME_OK);
        CU_ASSERT_EQUAL(o->index, i);
        CU_ASSERT_EQUAL(o->pid, pids[i]);
        CU_ASSERT(o->exit_status == 0 && o->signal == 0);
        CU_ASSERT(o->runtime >= 0.49 && o->runtime < 10);
        CU_ASSERT_PTR_NULL(o->error);
        CU_ASSERT_EQUAL(pv_as_int(pcall_result(p, i)), pids[i]);
    }
    pv *first = pcall_results(p);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);       /* again: the same */
    CU_ASSERT_PTR_EQUAL(pcall_results(p), first);
}
#line 24306 "pcall.nw"
    pcall_free(p);
}
#line 24347 "pcall.nw"
/* How many of b's n octets are not the pattern (unsigned char)(j*k). */
static size_t bytes_unlike(const unsigned char *b, size_t n,
                           unsigned k)
{
    size_t bad = 0;
    for (size_t j = 0; j < n; j++)
        bad += b[j] != (unsigned char)(j * k);
    return bad;
}

static pv *big_bytes(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    unsigned char *b = malloc(n);
    pv *r;
    if (b == NULL)
        pcall_raise("MemoryError", "cannot allocate %zu bytes", n);
    pv_advise_huge(b, n);
    for (size_t j = 0; j < n; j++)
        b[j] = (unsigned char)(j * 7);
    r = pv_bytes(b, n);
    free(b);
    return r;
}

static void test_pcall_large_and_small(void)
{
    for (int way = 1; way >= 0; way--) {
        pcall_error *err = NULL;
        size_t len[2];
        pv *r;
        pcall_large_read_child = way;
        r = pcall(big_bytes, .iargs = pv_lit("((5242880,), (1,))"),
                  .error = &err);
        pcall_large_read_child = 1;
        CU_ASSERT_PTR_NULL(err);
        CU_ASSERT_FATAL(r != NULL && pv_len(r) == 2);
        const unsigned char *b0 = pv_bytes_data(pv_item(r, 0),
                                                &len[0]);
        const unsigned char *b1 = pv_bytes_data(pv_item(r, 1),
                                                &len[1]);
        CU_ASSERT(len[0] == 5242880 && len[1] == 1 && b1[0] == 0);
        CU_ASSERT_EQUAL(bytes_unlike(b0, len[0], 7), 0);
        pv_free(r);
        pcall_error_free(err);
    }
}
#line 24403 "pcall.nw"
static pv *big_secret(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    unsigned char *d;
    pv *r = pv_bytes_new(n, &d);
    if (r == NULL)
        pcall_raise("MemoryError", "cannot allocate %zu bytes", n);
    for (size_t j = 0; j < n; j++)
        d[j] = (unsigned char)(j * 5);
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        pcall_raise("OSError", "prctl: %s", strerror(errno));
    return pv_tuple(2, pv_str("secret"), r);
}

static void test_pcall_large_not_dumpable(void)
{
    pcall_error *err = NULL;
    size_t len;
    pv *r = pcall(big_secret, .iargs = pv_lit("((3145728,),)"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 1);
    const unsigned char *b = pv_bytes_data(
        pv_item(pv_item(r, 0), 1), &len);
    CU_ASSERT_EQUAL_FATAL(len, 3145728);
    CU_ASSERT_EQUAL(bytes_unlike(b, len, 5), 0);
    pv_free(r);
    pcall_error_free(err);
}
#line 24443 "pcall.nw"
static pv *many_bytes(const pv *args, const pv *kwargs)
{
    size_t n = (size_t)pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    pv *l = pv_list_new();
    for (size_t j = 0; j < n; j++)
        pv_list_append(l, pv_bytes(&"abc"[j % 3], 1));
    return l;
}

static void test_pcall_too_many_buffers(void)
{
    size_t keep = pcall_large_result_min, n = (size_t)1 << 20, bad = 0;
    pcall_error *err = NULL;
    pv *r, *l;
    if (under_valgrind()) {
        fprintf(stderr, "\n  (skipped under valgrind: 2^20 values)");
        return;
    }
    pcall_large_result_min = 1;
    r = pcall(many_bytes, .iargs = pv_tuple(1, pv_tuple(1,
              pv_int((int64_t)n))), .error = &err);
    pcall_large_result_min = keep;
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 1);
    l = pv_item(r, 0);
    CU_ASSERT_EQUAL_FATAL(pv_len(l), n);
    for (size_t j = 0; j < n; j++) {
        size_t len;
        const unsigned char *b = pv_bytes_data(pv_item(l, j), &len);
        bad += len != 1 || b[0] != "abc"[j % 3];
    }
    CU_ASSERT_EQUAL(bad, 0);
    pv_free(r);
    pcall_error_free(err);
}
#line 24492 "pcall.nw"
static void test_pcall_terminate(void)
{
    pcall_error *err = NULL;
    double t0 = errors_now();
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper, .varkwargs = pv_lit("{'nap': (30, 30)}") },
        &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL_FATAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 2);
    CU_ASSERT_EQUAL(pcall_terminate(p), 2);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT(errors_now() - t0 < 5.0);
    CU_ASSERT_EQUAL(pcall_living(p, NULL, 0), 0);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_KILLED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->signal, SIGTERM);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), PCALL_OUTCOME_KILLED);
    expect_call_error(err, PCALL_ERR_CHILD, 0, "call 0 (pid %d) was "
                      "stopped by pcall_terminate: killed by signal 15 "
                      "(SIGTERM)");
    CU_ASSERT_EQUAL(pcall_terminate(p), 0);     /* after the join */
    pcall_free(p);
}
#line 24525 "pcall.nw"
struct seen_calls {
    int count[4];
    pcall_outcome_kind kind[4];
    char *result[4];
    pcall_obj **obj;            /* terminate it on a failure */
};

static void seen_done(size_t i, const struct pcall_outcome *o,
                      pv *result, void *arg)
{
    struct seen_calls *s = arg;
    CU_ASSERT_FATAL(i < 4);
    s->count[i]++;
    s->kind[i] = o->kind;
    s->result[i] = result ? pv_repr(result) : strdup("NULL");
    CU_ASSERT_EQUAL(o->error == NULL, result != NULL);
    if (s->obj != NULL && o->kind != PCALL_OUTCOME_OK)
        pcall_terminate(*s->obj);
}
#line 24547 "pcall.nw"
static void expect_seen(struct seen_calls *s, size_t n,
                        const pcall_outcome_kind *kinds,
                        const char *const *results)
{
    for (size_t i = 0; i < n; i++) {
        CU_ASSERT_EQUAL(s->count[i], 1);
        CU_ASSERT_EQUAL(s->kind[i], kinds[i]);
        CU_ASSERT_STRING_EQUAL(s->result[i] ? s->result[i] : "-",
                               results[i]);
        free(s->result[i]);
    }
}
#line 24562 "pcall.nw"
static void test_pcall_on_done(void)
{
    struct seen_calls s = { .obj = NULL };
    pcall_error *err = NULL;
    pv *r = pcall(misbehave, .on_done = seen_done, .on_done_arg = &s,
                  .varkwargs = pv_lit("{'how': ('ok', 'raise', 'ok', "
                                      "'exit0')}"), .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err), "bad value 42");
    pcall_error_free(err);
    expect_seen(&s, 4, (pcall_outcome_kind[]){ PCALL_OUTCOME_OK,
                PCALL_OUTCOME_RAISED, PCALL_OUTCOME_OK,
                PCALL_OUTCOME_EXITED },
                (const char *[]){ "'ok'", "NULL", "'ok'", "NULL" });
}
#line 24580 "pcall.nw"
static void test_pcall_fail_fast(void)
{
    pcall_obj *p = NULL;
    struct seen_calls s = { .obj = &p };
    pcall_error *err = NULL;
    p = pcall_new(&(pcall_options){ .target = misbehave, .steal = 1,
        .max_procs = 1, .on_done = seen_done, .on_done_arg = &s,
        .varkwargs = pv_lit("{'how': ['raise', 'ok', 'ok']}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT_EQUAL(pcall_error_index(err), 0);
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(err)), "ValueError");
    pcall_error_free(err);
    expect_seen(&s, 3, (pcall_outcome_kind[]){ PCALL_OUTCOME_RAISED,
                PCALL_OUTCOME_CANCELLED, PCALL_OUTCOME_CANCELLED },
                (const char *[]){ "NULL", "NULL", "NULL" });
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->pid, 0);
    pcall_free(p);
}
#line 24613 "pcall.nw"
static void test_pcall_lowest_index(void)
{
    pcall_error *err = NULL;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .steal = 1, .varkwargs = pv_lit("{'how': ('ok', 'late-raise', "
                                        "'exit0', 'segv')}") }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind, PCALL_OUTCOME_OK);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_RAISED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->kind, PCALL_OUTCOME_EXITED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 3)->kind, PCALL_OUTCOME_CRASHED);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 3)->signal, SIGSEGV);
    CU_ASSERT_STRING_EQUAL(pv_str_data(pcall_result(p, 0), NULL), "ok");
    CU_ASSERT(under_valgrind() || pcall_outcome_at(p, 1)->runtime
                                  > pcall_outcome_at(p, 2)->runtime);
    expect_call_error(err, PCALL_ERR_CHILD, 1, "late");
    pcall_free(p);
}
#line 24643 "pcall.nw"
static void test_pcall_ownership(void)
{
    pcall_error *err = NULL;
    pv *xy = pv_lit("{'x': [1, 2], 'y': [3, 4]}");
    pcall_options o = { .target = spec_add, .varkwargs = xy };
    pcall_obj *p = pcall_new(&o, &err), *q = pcall_new(&o, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    pv_free(xy);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    char *r = pv_repr(pcall_results(p));
    CU_ASSERT_STRING_EQUAL(r, "(4, 6)");
    free(r);
    pcall_free(p);
    pcall_free(q);                           /* never started */
    
#line 24672 "pcall.nw"
pv *ck = pv_lit("{'y': 10}"), *vk = pv_lit("{'x': [1, 2]}");
pcall_options o2 = { .target = spec_add, .ckwargs = ck,
                     .varkwargs = vk };
pcall_obj *s = pcall_new(&o2, &err);
CU_ASSERT_PTR_NOT_NULL_FATAL(s);
pv_dict_set(ck, pv_str("y"), pv_int(20), NULL);
pv_dict_set(ck, pv_str("x"), pv_int(0), NULL);
pv_list_append(pv_dict_get_str(vk, "x"), pv_int(3));
CU_ASSERT_EQUAL(pcall_start(s, &err), 0);
CU_ASSERT_EQUAL(pcall_join(s, &err), 0);
r = pv_repr(pcall_results(s));
CU_ASSERT_STRING_EQUAL(r, "(11, 12)");
free(r);
pcall_free(s);
pv_free(ck);
pv_free(vk);
#line 24660 "pcall.nw"
    CU_ASSERT_PTR_NULL(pcall(NULL, .cargs = pv_lit("(1,)"),
                             .varkwargs = pv_lit("{'x': [1]}")));
}
#line 24696 "pcall.nw"
static void never_done(size_t i, const struct pcall_outcome *o,
                       pv *result, void *arg)
{
    (void)i, (void)o, (void)result, (void)arg;
    CU_FAIL("on_done was called for a call that should not run");
}

static void expect_args_error(pv *r, pcall_error *e, const char *want)
{
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_EQUAL(pcall_error_kind_of(e), PCALL_ERR_ARGS);
    CU_ASSERT_EQUAL(pcall_error_index(e), PCALL_NO_CALL);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(e), want);
    if (strcmp(pcall_error_message(e), want) != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n",
                pcall_error_message(e), want);
    pv_free(r);
    pcall_error_free(e);
}
#line 24719 "pcall.nw"
static void test_pcall_bad_targets(void)
{
    pcall_error *e;
    pv *r = pcall(NULL, .on_done = never_done, .error = &e);
    expect_args_error(r, e, "no target: set .target, or .targets and "
                      ".ntargets");
    r = pcall(spec_func, PCALL_TARGETS(spec_func1), .error = &e);
    expect_args_error(r, e, "both .target and .targets are set: set "
                      "only one");
    r = pcall(.targets = (pcall_target *const[]){ spec_func },
              .error = &e);
    expect_args_error(r, e, ".targets is set but .ntargets is 0");
    r = pcall(.ntargets = 2, .error = &e);
    expect_args_error(r, e, ".ntargets is 2 but .targets is NULL");
    r = pcall(PCALL_TARGETS(spec_func1, NULL, spec_func3),
              .on_done = never_done, .error = &e);
    expect_args_error(r, e, ".targets[1] is NULL");
}
#line 24740 "pcall.nw"
static void test_pcall_bad_options(void)
{
    pcall_error *e;
    pv *r = pcall(spec_func, .timeout = -1, .error = &e);
    expect_args_error(r, e, ".timeout must be >= 0 seconds (0: none), "
                      "not -1");
    r = pcall(spec_func, .grace = NAN, .error = &e);
    expect_args_error(r, e, ".grace is not a number (NaN): give "
                      "seconds");
    r = pcall(spec_func, .timeout = -NAN, .error = &e);
    expect_args_error(r, e, ".timeout is not a number (NaN): give "
                      "seconds");
    r = pcall(spec_func, .grace = INFINITY, .error = &e);
    expect_args_error(r, e, ".grace must be >= 0 seconds (0: 1 s) and "
                      "finite, not inf");
    r = pcall(spec_func, .log_fd = -2, .error = &e);
    expect_args_error(r, e, ".log_fd must be a descriptor, 0 (standard "
                      "error) or -1 (none), not -2");
    r = pcall(spec_func, .iargs = pv_lit("[(1,), 2]"),
              .on_done = never_done, .error = &e);
    expect_args_error(r, e, "iargs[1] must be a tuple or list, not int");
    r = pcall(spec_func, .ckwargs = pv_lit("{'a': 1}"),
              .varkwargs = pv_lit("{'a': [2]}"), .error = &e);
    expect_args_error(r, e, "call 0 gets keyword argument 'a' twice: "
                      "from ckwargs and from varkwargs");
}
#line 24776 "pcall.nw"
static void test_pcall_timeout_infinite(void)
{
    pcall_error *err = NULL;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = napper,
        .steal = 1, .varkwargs = pv_lit("{'nap': (0.1, 0.1)}"),
        .timeout = INFINITY, .log_fd = -1 }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_OK);
    CU_ASSERT_EQUAL(pcall_pids(p, NULL, 5), 2);     /* counts only */
    pcall_free(p);
}
#line 24805 "pcall.nw"
static pid_t fork_never(void)
{
    errno = ENOMEM;
    return -1;
}

static void test_pcall_system_error(void)
{
    pcall_error *err = NULL;
    struct seen_calls seen = { .obj = NULL };
    pcall_obj *p = pcall_new(&(pcall_options){ .target = spec_func,
        .steal = 1, .iargs = pv_lit("[[1], [2]]"),
        .on_done = seen_done, .on_done_arg = &seen }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    pcall_proc_fork_fn = fork_never;
    CU_ASSERT_EQUAL(pcall_start(p, &err), -1);
    pcall_proc_fork_fn = fork;
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT_EQUAL(pcall_error_index(err), PCALL_NO_CALL);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err),
                                  "annot allocate memory"));
    pcall_error_free(err);
    err = NULL;
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);      /* the same error */
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, PCALL_OUTCOME_CANCELLED);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    pcall_error_free(err);
    expect_seen(&seen, 2, (pcall_outcome_kind[]){
                PCALL_OUTCOME_CANCELLED, PCALL_OUTCOME_CANCELLED },
                (const char *[]){ "NULL", "NULL" });
    pcall_free(p);
}
#line 24848 "pcall.nw"
static void test_pcall_counts(void)
{
    pcall_error *stale = pcall_error_new(PCALL_ERR_SYSTEM, "stale");
    pcall_error *err = stale;                 /* must become NULL */
    pv *r = pcall(spec_func, .error = &err);
    pcall_error_free(stale);
    spec_expect(r, err, "(((), {}),)");
    r = pcall(spec_func, .cargs = pv_lit("(1,)"),
              .ckwargs = pv_lit("{'a': 2}"), .error = &err);
    spec_expect(r, err, "(((1,), {'a': 2}),)");
    r = pcall(spec_func, .iargs = pv_lit("[]"), .error = &err);
    spec_expect(r, err, "()");
}
#line 24864 "pcall.nw"
static void test_pcall_max_procs(void)
{
    pcall_error *err = NULL;
    double t0 = errors_now();
    pv *r = pcall(napper, .max_procs = 1, .error = &err,
                  .varkwargs = pv_lit("{'nap': [0.1, 0.1, 0.1, 0.1]}"));
    CU_ASSERT(errors_now() - t0 >= 0.4);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_EQUAL(pv_len(r), 4);
    pv_free(r);
}
#line 24886 "pcall.nw"
static pv *chatty(const pv *args, const pv *kwargs)
{
    (void)kwargs;
    printf("hello from %d\n", (int)pv_as_int(pv_item(args, 0)));
    return pv_none();
}
#line 24895 "pcall.nw"
static void test_pcall_log_destinations(void)
{
    int fd = memfd_create("stderr", MFD_CLOEXEC), saved = dup(2);
    pcall_error *err = NULL;
    CU_ASSERT_FATAL(fd >= 0 && saved >= 0);
    fflush(stderr);
    dup2(fd, 2);
    pv *r = pcall(chatty, .iargs = pv_lit("[[0], [1]]"),
                  .error = &err);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char *got = spec_read_masked(fd);
    close(fd);
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "hello from 0\n"));
    CU_ASSERT(strstr(got, "hello from 0") < strstr(got, "hello from 1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(got, "Begin child log pcall:pid-"));
    free(got);
    spec_expect(r, err, "(None, None)");
    r = pcall(chatty, .iargs = pv_lit("[[2]]"), .log_fd = -1,
              .error = &err);
    spec_expect(r, err, "(None,)");
    
#line 24926 "pcall.nw"
    FILE *f = tmpfile();
    char line[256] = "";
    CU_ASSERT_FATAL(f != NULL);
    fputs("parent first\n", f);
    r = pcall(chatty, .iargs = pv_lit("[[3]]"), .log_file = f,
              .error = &err);
    spec_expect(r, err, "(None,)");
    rewind(f);
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_STRING_EQUAL(line, "parent first\n");
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_PTR_NOT_NULL(strstr(line,
                                  ">>>> Begin child log pcall:pid-"));
    CU_ASSERT_PTR_NOT_NULL(fgets(line, sizeof line, f));
    CU_ASSERT_STRING_EQUAL(line, "hello from 3\n");
    fclose(f);
    char mem[64];
    f = fmemopen(mem, sizeof mem, "w");
    CU_ASSERT_FATAL(f != NULL);
    r = pcall(chatty, .iargs = pv_lit("[[4]]"), .log_file = f,
              .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL(err);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err),
                                  ".log_file is a stream without a "
                                  "descriptor"));
    pcall_error_free(err);
    fclose(f);
#line 24918 "pcall.nw"
}
#line 24963 "pcall.nw"
static pv *talker(const pv *args, const pv *kwargs)
{
    long long n = pv_as_int(pv_item(args, 1));
    (void)kwargs;
    printf("hello from %d\n", (int)pv_as_int(pv_item(args, 0)));
    for (long long k = 0; k < n; k++)
        putchar('y');
    if (n > 0)
        putchar('\n');
    return pv_none();
}

static pv *to_stderr(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    fprintf(stderr, "to stderr\n");
    printf("to stdout\n");
    return pv_int(7);
}

static int sections_in(const char *text)
{
    int n = 0;
    for (const char *t = text; (t = strstr(t, "Begin child log"))
         != NULL; t++)
        n++;
    return n;
}
#line 25001 "pcall.nw"
typedef struct slow_reader {
    int fd;                     /* the pipe's read end */
    pthread_t thread;
    char got[1 << 18];          /* what came through (filler too) */
    size_t len;
} slow_reader;

static void *slow_read(void *arg)
{
    slow_reader *r = arg;
    ssize_t n;
    usleep(200 * 1000);         /* the join has begun */
    while ((n = read(r->fd, r->got + r->len,
                     sizeof r->got - 1 - r->len)) > 0)
        r->len += (size_t)n;
    r->got[r->len] = '\0';
    return NULL;
}
#line 25022 "pcall.nw"
/* Descriptor 2 becomes a full non-blocking pipe, read slowly by r;
   returns a copy of the old descriptor 2. */
static int stderr_full_pipe(slow_reader *r)
{
    char filler[4096];
    int pp[2], saved = fcntl(2, F_DUPFD_CLOEXEC, 3);
    memset(filler, 'x', sizeof filler);
    CU_ASSERT_FATAL(saved != -1 && pipe2(pp, O_CLOEXEC) == 0);
    fcntl(pp[1], F_SETFL, O_NONBLOCK);
    while (write(pp[1], filler, sizeof filler) > 0)
        ;                               /* until EAGAIN */
    fflush(stderr);
    dup2(pp[1], 2);
    close(pp[1]);
    r->fd = pp[0];
    r->len = 0;
    CU_ASSERT_FATAL(pthread_create(&r->thread, NULL, slow_read, r)
                    == 0);
    return saved;
}

static void stderr_back(slow_reader *r, int saved)
{
    dup2(saved, 2);                     /* the pipe's last writer */
    close(saved);
    pthread_join(r->thread, NULL);
    close(r->fd);
}
#line 25053 "pcall.nw"
static void test_pcall_logs_nonblocking_stderr(void)
{
    static slow_reader r;
    pcall_error *err = NULL, *lerr = NULL;
    int saved = stderr_full_pipe(&r);
    pv *res = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 100000], "
                    "[2, 0]]"), .error = &err, .log_error = &lerr);
    stderr_back(&r, saved);
    spec_expect(res, err, "(None, None, None)");
    CU_ASSERT_PTR_NULL(lerr);
    if (lerr != NULL)
        fprintf(stderr, "\n  log error: %s\n",
                pcall_error_message(lerr));
    pcall_error_free(lerr);
    CU_ASSERT_EQUAL(sections_in(r.got), 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "hello from 2\n"));
}
#line 25082 "pcall.nw"
static void test_pcall_logs_stderr_closed(void)
{
    int saved[3], mine = memfd_create("not-stderr", MFD_CLOEXEC);
    pcall_error *err = NULL, *lerr = NULL;
    pcall_obj *p;
    pv *r, *r2;
    fflush(NULL);
    for (int k = 0; k < 3; k++) {
        saved[k] = fcntl(k, F_DUPFD_CLOEXEC, 3);
        close(k);
    }
    r = pcall(chatty, .iargs = pv_lit("[[0], [1]]"), .error = &err,
              .log_error = &lerr);
    r2 = pcall(to_stderr, .iargs = pv_lit("[[2], [3]]"),
               .nocapture = 1);
    p = pcall_new(&(pcall_options){ .target = chatty, .steal = 1,
        .iargs = pv_lit("[[3], [4]]") }, NULL);
    dup2(mine, 2);                      /* not there at creation */
    CU_ASSERT(p != NULL && pcall_start(p, NULL) == 0
              && pcall_join(p, NULL) == 0);
    CU_ASSERT(p != NULL && pcall_log_error(p) == NULL);
    pcall_free(p);
    for (int k = 0; k < 3; k++) {
        dup2(saved[k], k);
        close(saved[k]);
    }
    CU_ASSERT_EQUAL(lseek(mine, 0, SEEK_END), 0);   /* nothing */
    close(mine);
    spec_expect(r, err, "(None, None)");
    CU_ASSERT_PTR_NULL(lerr);
    spec_expect(r2, NULL, "(7, 7)");
}
#line 25122 "pcall.nw"
static void test_pcall_log_fd_not_open(void)
{
    pcall_error *e;
    char want[128];
    int pp[2];
    CU_ASSERT_FATAL(pipe(pp) == 0);
    close(pp[0]);
    close(pp[1]);                       /* both numbers now free */
    pv *r = pcall(chatty, .iargs = pv_lit("[[0]]"), .log_fd = pp[1],
                  .on_done = never_done, .error = &e);
    snprintf(want, sizeof want, ".log_fd is %d, which is not an open "
             "descriptor (Bad file descriptor)", pp[1]);
    expect_args_error(r, e, want);
    CU_ASSERT_FATAL(pipe(pp) == 0);
    FILE *f = fdopen(pp[1], "w");
    CU_ASSERT_FATAL(f != NULL);
    close(pp[0]);
    close(pp[1]);                       /* under the stream */
    r = pcall(chatty, .iargs = pv_lit("[[0]]"), .log_file = f,
              .on_done = never_done, .error = &e);
    snprintf(want, sizeof want, ".log_file's descriptor %d is not "
             "open (Bad file descriptor)", pp[1]);
    expect_args_error(r, e, want);
    fclose(f);                          /* fails: EBADF; frees f */
}
#line 25158 "pcall.nw"
static int host_of_a_broken_pipe(void)
{
    int pp[2], bad = 0;
    pcall_error *err = NULL, *lerr = NULL;
    sigset_t pending, mask;
    signal(SIGPIPE, SIG_DFL);
    if (pipe(pp) != 0)
        return 64;
    close(pp[0]);                       /* the reader is gone */
    pv *r = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 0], [2, 0]]"),
                  .log_fd = pp[1], .error = &err, .log_error = &lerr);
    bad |= r == NULL || err != NULL || pv_len(r) != 3;
    bad |= (lerr == NULL || strcmp(pcall_error_message(lerr),
            "merging the logs: pcall_logs_merge: write: Broken pipe")
            != 0) << 1;
    bad |= (lerr != NULL && pcall_error_kind_of(lerr)
            != PCALL_ERR_SYSTEM) << 2;
    sigpending(&pending);
    pthread_sigmask(SIG_BLOCK, NULL, &mask);
    bad |= (sigismember(&pending, SIGPIPE) == 1) << 3;
    bad |= (sigismember(&mask, SIGPIPE) == 1) << 4;
    close(pp[1]);
    pv_free(r);                         /* no leak for valgrind */
    pcall_error_free(err);
    pcall_error_free(lerr);
    return bad;
}
#line 25188 "pcall.nw"
static void test_pcall_logs_reader_gone(void)
{
    int st = 0;
    pid_t host;
    fflush(NULL);
    if ((host = fork()) == 0)
        _exit(host_of_a_broken_pipe());
    CU_ASSERT_FATAL(host > 0);
    CU_ASSERT_EQUAL(waitpid(host, &st, 0), host);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fprintf(stderr, "\n  the host %s %d\n", WIFSIGNALED(st)
                ? "was killed by signal" : "exited with status",
                WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
}
#line 25215 "pcall.nw"
static void *read_all(void *arg)
{
    slow_reader *r = arg;
    ssize_t n;
    while ((n = read(r->fd, r->got + r->len,
                     sizeof r->got - 1 - r->len)) > 0)
        r->len += (size_t)n;
    r->got[r->len] = '\0';
    return NULL;
}

static void test_pcall_logs_go_on_after_a_failure(void)
{
    static slow_reader r;
    int sv[2], small = 1;
    pcall_error *err = NULL, *lerr = NULL;
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC,
                               0, sv) == 0);
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
    r.fd = sv[1];
    r.len = 0;
    CU_ASSERT_FATAL(pthread_create(&r.thread, NULL, read_all, &r)
                    == 0);
    pv *res = pcall(talker, .iargs = pv_lit("[[0, 0], [1, 100000], "
                    "[2, 0]]"), .log_fd = sv[0], .error = &err,
                    .log_error = &lerr);
    close(sv[0]);
    pthread_join(r.thread, NULL);
    close(sv[1]);
    spec_expect(res, err, "(None, None, None)");
    CU_ASSERT_PTR_NOT_NULL_FATAL(lerr);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(lerr), "merging the "
        "logs: pcall_logs_merge: write: Message too long");
    pcall_error_free(lerr);
    CU_ASSERT_EQUAL(sections_in(r.got), 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "hello from 2\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(r.got, "End child log pcall:pid-"));
}
#line 25273 "pcall.nw"
enum { BIG_RESULT = 64 << 20 };

static pv *big_result(const pv *args, const pv *kwargs)
{
    unsigned char *b = malloc(BIG_RESULT);
    (void)args, (void)kwargs;
    if (b == NULL)
        pcall_raise("MemoryError", "no room for %d bytes", BIG_RESULT);
    for (size_t i = 0; i < BIG_RESULT; i++)
        b[i] = (unsigned char)(i % 251);
    pv *v = pv_bytes(b, BIG_RESULT);
    free(b);
    return v;
}
#line 25290 "pcall.nw"
static void test_pcall_large_result(void)
{
    pcall_error *err = NULL;
    size_t len = 0, bad = 0;
    pv *r = pcall(big_result, .error = &err);
    if (r == NULL)
        pcall_error_fprint(stderr, err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    const unsigned char *b = pv_bytes_data(pv_item(r, 0), &len);
    CU_ASSERT_EQUAL(len, BIG_RESULT);
    for (size_t i = 0; i < len; i++)
        bad += b[i] != (unsigned char)(i % 251);
    CU_ASSERT_EQUAL(bad, 0);
    pv_free(r);
}
#line 25314 "pcall.nw"
static pv *region_probe(const pv *args, const pv *kwargs)
{
    static max_align_t mine[64];
    int64_t n = pv_as_int(pcall_arg(args, kwargs, 0, "n"));
    uintptr_t b = (uintptr_t)mine;
    pv *v;
    if (n > 0) {
        v = pv_list_new();
        for (int64_t i = 0; i < n; i++)
            pv_list_append(v, pv_int(i));
        return v;
    }
    pv_arena_use(mine, sizeof mine);    /* pcall's came first */
    v = pv_int(1);
    n = (uintptr_t)v - b < sizeof mine;
    pv_free(v);
    return pv_bool((int)n);
}

static void test_pcall_child_region(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(region_probe, .iargs = pv_lit("((0,), (20000,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_FATAL(r != NULL && pv_len(r) == 2);
    CU_ASSERT(pv_kind_of(pv_item(r, 0)) == PV_BOOL
              && !pv_as_bool(pv_item(r, 0)));
    CU_ASSERT_FATAL(pv_len(pv_item(r, 1)) == 20000);
    for (int64_t i = 0; i < 20000; i++)
        if (pv_as_int(pv_item(pv_item(r, 1), (size_t)i)) != i) {
            CU_FAIL("a spilled result differs");
            break;
        }
    pv_free(r);
    pcall_error_free(err);
}
#line 25367 "pcall.nw"
static pv *nest_leaf(const pv *args, const pv *kwargs)
{
    int64_t x = pv_as_int(pcall_arg(args, kwargs, 0, "x"));
    if (x < 0)
        pcall_raise("ValueError", "negative: %lld", (long long)x);
    return pv_int(2 * x);
}

static pv *nest_outer(const pv *args, const pv *kwargs)
{
    int64_t x = pv_as_int(pcall_arg(args, kwargs, 0, "x"));
    size_t own = pcall_large_result_min;
    pcall_error *e = NULL;
    pv *r, *xs = pv_tuple(2, pv_tuple(1, pv_int(x)),
                          pv_tuple(1, pv_int(x + 1)));
    pcall_large_result_min = 4096;      /* the inner set's */
    r = pcall(nest_leaf, .iargs = xs, .error = &e);
    pcall_large_result_min = own;
    if (r == NULL)
        pcall_reraise(e);
    return pv_tuple(2, r, pv_int((int64_t)pcall_proc_oob_min()));
}

static void test_pcall_nested(void)
{
    pcall_error *err = NULL;
    char want[64], *got;
    pv *r = pcall(nest_outer, .iargs = pv_lit("((1,), (10,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    snprintf(want, sizeof want, "(((2, 4), %zu), ((20, 22), %zu))",
             pcall_large_result_min, pcall_large_result_min);
    got = pv_repr(r);
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    pv_free(r);
    pcall_error_free(err);
}

static void test_pcall_nested_raise(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(nest_outer, .iargs = pv_lit("((1,), (-1,))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_index(err), 1);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), PCALL_OUTCOME_RAISED);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pcall_error_type(err));
    CU_ASSERT_STRING_EQUAL(pcall_error_type(err), "ValueError");
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err), "negative: -1");
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_backtrace(err),
                                  "of a nested pcall:)\n"));
    pcall_error_free(err);
}
#line 25431 "pcall.nw"
static pv *nest_timeout(const pv *args, const pv *kwargs)
{
    pcall_error *e = NULL;
    pv *r = pcall(napper, .varkwargs = pv_lit("{'nap': (5,)}"),
                  .timeout = 0.2, .grace = 0.2, .error = &e);
    (void)args, (void)kwargs;
    if (r == NULL)
        pcall_reraise(e);
    return r;
}

static void test_pcall_nested_timeout(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(nest_timeout, .iargs = pv_lit("((),)"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(pcall_error_type(err));
    CU_ASSERT_STRING_EQUAL(pcall_error_type(err), "TimeoutError");
    CU_ASSERT(fnmatch("call 0 (pid *) exceeded the timeout of 0.2 s",
                      pcall_error_message(err), 0) == 0);
    pcall_error_free(err);
}
#line 25464 "pcall.nw"
struct thread_start { pcall_obj *p; int rc; };

static void *start_in_thread(void *arg)
{
    struct thread_start *t = arg;
    t->p = pcall_new(&(pcall_options){ .steal = 1, .target = napper,
        .varkwargs = pv_lit("{'nap': (0.3, 0.3, 0.3)}") }, NULL);
    t->rc = t->p != NULL ? pcall_start(t->p, NULL) : -1;
    return NULL;                /* the calls outlive this thread */
}

static void test_pcall_start_in_thread(void)
{
    struct thread_start t = { NULL, -1 };
    pcall_error *err = NULL;
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, start_in_thread, &t)
                    == 0);
    CU_ASSERT_FATAL(pthread_join(th, NULL) == 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t.p);
    CU_ASSERT_EQUAL(t.rc, 0);
    CU_ASSERT_EQUAL(pcall_join(t.p, &err), 0);
    if (err != NULL)
        fprintf(stderr, "\n  %s\n", pcall_error_message(err));
    for (size_t i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(pcall_outcome_at(t.p, i)->kind,
                        PCALL_OUTCOME_OK);
    pcall_error_free(err);
    pcall_free(t.p);
}
#line 25534 "pcall.nw"
static void expect_options_error(pcall_obj *p, pcall_error **errp,
                                 const char *words)
{
    pcall_error *err = *errp;
    *errp = NULL;
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_ARGS);
    CU_ASSERT_PTR_NOT_NULL(strstr(pcall_error_message(err), words));
    pcall_error_free(err);
}

static void test_pcall_options_size(void)
{
    pcall_error *err = NULL;
    struct { pcall_options o; unsigned char newer[16]; } big;
    memset(&big, 0, sizeof big);
    big.o.size = sizeof big;
    big.o.target = spec_add;
    big.o.varkwargs = pv_lit("{'x': (1, 2), 'y': (3, 4)}");
    pcall_obj *p = pcall_new(&big.o, &err);
    CU_ASSERT_PTR_NOT_NULL(p);
    pcall_free(p);
    big.newer[3] = 1;
    expect_options_error(pcall_new(&big.o, &err), &err, "newer pcall.h");
    big.newer[3] = 0;
    big.o.size = sizeof(size_t);
    expect_options_error(pcall_new(&big.o, &err), &err,
                         "smaller than any");
    
#line 25573 "pcall.nw"
big.o.size = 0;
pcall_obj *q = pcall_new(&big.o, &err);
CU_ASSERT_PTR_NOT_NULL(q);
pcall_free(q);
q = pcall_new(PCALL_OPTIONS(.target = spec_add,
                            .varkwargs = big.o.varkwargs), &err);
CU_ASSERT_PTR_NOT_NULL_FATAL(q);
CU_ASSERT_EQUAL_FATAL(pcall_start(q, &err), 0);
CU_ASSERT_EQUAL_FATAL(pcall_join(q, &err), 0);
char *got = pv_repr(pcall_results(q));
CU_ASSERT_STRING_EQUAL(got, "(4, 6)");
free(got);
pcall_free(q);
expect_options_error(pcall_new(&(pcall_options){ .size = 1,
    .steal = 1, .target = spec_add,
    .varkwargs = pv_lit("{'x': (1,), 'y': (2,)}") }, &err), &err,
    "smaller than any");
#line 25564 "pcall.nw"
    pv_free(big.o.varkwargs);
}
#line 25597 "pcall.nw"
static pv *keep_arg(const pv *args, const pv *kwargs)
{
    const pv *x = pv_item(args, 0);
    pv *kept = pv_ref(x);
    (void)kwargs;
    return pv_tuple(2, kept, pv_ref(x));
}

static void test_pcall_keep_const_arg(void)
{
    pcall_error *err = NULL;
    pv *r = pcall(keep_arg, .iargs = pv_lit("(('a',), ('b',))"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(err);
    char *got = pv_repr(r);
    CU_ASSERT_STRING_EQUAL(got, "(('a', 'a'), ('b', 'b'))");
    free(got);
    pv_free(r);
}

static void test_pcall_version(void)
{
    char want[40];
    snprintf(want, sizeof want, "%d.%d.%d", PCALL_VERSION_MAJOR,
             PCALL_VERSION_MINOR, PCALL_VERSION_PATCH);
    CU_ASSERT_STRING_EQUAL(pcall_version(), want);
    CU_ASSERT_STRING_EQUAL(PCALL_VERSION_STRING, want);
    CU_ASSERT_EQUAL(PCALL_VERSION_NUMBER,
                    PCALL_VERSION_MAJOR * 10000
                    + PCALL_VERSION_MINOR * 100 + PCALL_VERSION_PATCH);
}
#line 25764 "pcall.nw"
typedef struct scenario {
    const char *how;          /* the middle call's misbehaviour */
    const char *where;        /* the table's columns */
    const char *what;
    void (*before)(void);     /* the host's condition, or NULL */
    void (*after)(void);      /* check it and undo it */
    void (*run)(const struct scenario *);  /* another kind of test */
    pcall_outcome_kind kind;  /* the middle call's outcome */
    const char *message;      /* the join's error; %d: the pid */
} scenario;
#line 25884 "pcall.nw"
static struct sigaction sc_saved;
static volatile sig_atomic_t sc_signals;
static pid_t sc_child;

static void sc_count(int sig)
{
    (void)sig;
    sc_signals++;
}

static void sc_handle(int sig, void (*fn)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, &sc_saved);
    sc_signals = 0;
}
#line 25907 "pcall.nw"
static void sc_fork_own_child(void)
{
    fflush(NULL);
    if ((sc_child = fork()) == 0) {
        usleep(50 * 1000);          /* ends during the call */
        _exit(7);
    }
}

static void sc_reap_own_child(void)
{
    int st = 0;
    CU_ASSERT_EQUAL(waitpid(sc_child, &st, 0), sc_child);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 7);
}
#line 25925 "pcall.nw"
static void sc_chld_handler_before(void)
{
    sc_handle(SIGCHLD, sc_count, SA_RESTART);
    sc_fork_own_child();
}

static void sc_chld_handler_after(void)
{
    struct sigaction now;
    sigaction(SIGCHLD, &sc_saved, &now);
    CU_ASSERT(now.sa_handler == sc_count);
    CU_ASSERT(sc_signals >= 1);     /* not hidden from the host */
    sc_reap_own_child();
}

static void sc_chld_ignored_before(void)
{
    sc_handle(SIGCHLD, SIG_IGN, 0);
}

static void sc_chld_ignored_after(void)
{
    struct sigaction now;
    sigaction(SIGCHLD, &sc_saved, &now);
    CU_ASSERT(now.sa_handler == SIG_IGN);
}
#line 25955 "pcall.nw"
static void sc_block_term_before(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &s, NULL);
}

static void sc_block_term_after(void)
{
    sigset_t s;
    pthread_sigmask(SIG_BLOCK, NULL, &s);
    CU_ASSERT(sigismember(&s, SIGTERM) == 1);
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
}
#line 25975 "pcall.nw"
static void sc_storm_before(void)
{
    struct itimerval every = { { 0, 1000 }, { 0, 1000 } };
    alarm(0);                       /* the watchdog, re-armed after */
    sc_handle(SIGALRM, sc_count, 0);   /* no SA_RESTART */
    setitimer(ITIMER_REAL, &every, NULL);
}

static void sc_storm_after(void)
{
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    signal(SIGALRM, SIG_IGN);       /* discards a tick still pending */
    CU_ASSERT(sc_signals > 10);
    arm_watchdog();                 /* its handler and its alarm */
}
#line 26116 "pcall.nw"
static void sc_reap_any(int sig)
{
    int e = errno;
    (void)sig;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        sc_signals++;
    errno = e;
}

static void sc_nocldwait_before(void)
{
    sc_handle(SIGCHLD, SIG_DFL, SA_NOCLDWAIT);
}

static void sc_reap_any_before(void)
{
    sc_handle(SIGCHLD, sc_reap_any, SA_RESTART);
}

static void sc_chld_restore(void)
{
    sigaction(SIGCHLD, &sc_saved, NULL);
}
#line 26174 "pcall.nw"
struct sc_host {
    const scenario *s;
    int pidns, thread;          /* the options; start in a thread */
    pid_t pids[3];
};
static int sc_remove_logs(const char *pattern);
static int sc_pidns;            /* 1: sc_run runs calls in namespaces */

static void *sc_host_thread(void *arg)
{
    struct sc_host *h = arg;
    char lit[64];
    snprintf(lit, sizeof lit, "{'how': ('%s', '%s', '%s')}",
             h->s->how, h->s->how, h->s->how);
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .varkwargs = pv_lit(lit), .steal = 1,
        .pid_namespace = h->pidns }, NULL);
    if (p == NULL || pcall_start(p, NULL) != 0)
        _exit(1);
    pcall_pids(p, h->pids, 3);
    return NULL;                /* the thread ends, the calls go on */
}

#line 26202 "pcall.nw"
static void sc_host_in_thread(struct sc_host h, int pp[2])
{
    pthread_t t;
    int alive = 1;
    close(pp[0]);
    if (!h.thread)
        sc_host_thread(&h);
    else if (pthread_create(&t, NULL, sc_host_thread, &h) != 0
             || pthread_join(t, NULL) != 0)
        _exit(1);
    usleep(100 * 1000);
    for (int i = 0; i < 3; i++) {
        siginfo_t si = { .si_pid = 0 };
        waitid(P_PID, h.pids[i], &si, WEXITED | WNOHANG | WNOWAIT);
        alive &= si.si_pid == 0;
    }
    (void)!write(pp[1], h.pids, sizeof h.pids);
    (void)!write(pp[1], &alive, sizeof alive);
    for (;;)
        pause();
}
#line 26226 "pcall.nw"
static void sc_thread_host_killed_ns(const scenario *s, int pidns,
                                     int thread)
{
    int pp[2], alive = 0;
    pid_t host, pids[3] = { 0, 0, 0 };
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);
    if ((host = fork()) == 0)
        sc_host_in_thread((struct sc_host){ s, pidns, thread,
                                            { 0, 0, 0 } }, pp);
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    CU_ASSERT(read(pp[0], &alive, sizeof alive) == sizeof alive);
    CU_ASSERT(alive);
    close(pp[0]);
    kill(host, SIGKILL);
    CU_ASSERT_EQUAL(waitpid(host, NULL, 0), host);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    CU_ASSERT_EQUAL(sc_remove_logs("pcall-*"), 0);
}

static void sc_thread_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 0, 1);
}
#line 26273 "pcall.nw"
static void sc_pidns_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 1, 0);
}

static void sc_pidns_thread_host_killed(const scenario *s)
{
    sc_thread_host_killed_ns(s, 1, 1);
}
#line 26399 "pcall.nw"
static slow_reader sc_reader;
static int sc_saved_fd = -1;

static void sc_nonblocking_before(void)
{
    sc_saved_fd = stderr_full_pipe(&sc_reader);
}

static void sc_nonblocking_after(void)
{
    stderr_back(&sc_reader, sc_saved_fd);
    CU_ASSERT_EQUAL(sections_in(sc_reader.got), 3);
}
#line 26415 "pcall.nw"
static void sc_run(const scenario *s);

static void sc_daemon(const scenario *s)
{
    fflush(stderr);
    sc_saved_fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
    CU_ASSERT_FATAL(sc_saved_fd != -1);
    close(2);
    sc_run(s);
    dup2(sc_saved_fd, 2);
    close(sc_saved_fd);
}
#line 26445 "pcall.nw"
static void sc_forking(const scenario *s)
{
    (void)s;
    test_timeout_forking();
}

static void sc_late_overrun(const scenario *s)
{
    (void)s;
    test_timeout_run_time();
}

static void sc_late_join(const scenario *s)
{
    (void)s;
    test_timeout_late_join();
}

static void sc_living(const scenario *s)
{
    (void)s;
    test_living_means_alive();
}

static void sc_terminate(const scenario *s)
{
    (void)s;
    test_terminate_from_anywhere();
}

static void sc_nested(const scenario *s)
{
    (void)s;
    test_pcall_nested_raise();
}
#line 26065 "pcall.nw"
static int sc_remove_logs(const char *pattern)
{
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    char path[512];
    int n = 0;
    while (d != NULL && (e = readdir(d)) != NULL)
        if (fnmatch(pattern, e->d_name, 0) == 0) {
            snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
            n += unlink(path) == 0;
        }
    if (d != NULL)
        closedir(d);
    return n;
}
#line 26026 "pcall.nw"
static void sc_parent_killed(const scenario *s)
{
    int pp[2];
    pid_t host, pids[3] = { 0, 0, 0 };
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);
    if ((host = fork()) == 0) {
        char lit[64];
        snprintf(lit, sizeof lit, "{'how': ('%s', '%s', '%s')}",
                 s->how, s->how, s->how);
        pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
            .varkwargs = pv_lit(lit), .steal = 1 }, NULL);
        if (p == NULL || pcall_start(p, NULL) != 0)
            _exit(1);
        pcall_pids(p, pids, 3);
        (void)!write(pp[1], pids, sizeof pids);
        for (;;)
            pause();
    }
    close(pp[1]);
    CU_ASSERT(read(pp[0], pids, sizeof pids) == sizeof pids);
    close(pp[0]);
    usleep(50 * 1000);              /* let the children get going */
    kill(host, SIGKILL);
    CU_ASSERT_EQUAL(waitpid(host, NULL, 0), host);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    CU_ASSERT_EQUAL(sc_remove_logs("pcall-*"), 0);  /* no names */
}

#line 25781 "pcall.nw"
static const scenario scenarios[] = {
    
#line 25790 "pcall.nw"
{ "raise", "in the target", "raises ValueError", 0, 0, 0,
  PCALL_OUTCOME_RAISED, "bad value 42" },
{ "segv", "in the target", "segfault", 0, 0, 0,
  PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 11 (SIGSEGV)" },
{ "abort", "in the target", "abort()", 0, 0, 0,
  PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 6 (SIGABRT)" },
{ "exit0", "in the target", "exit(0) without a result", 0, 0, 0,
  PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) exited with status 0 without a result" },
{ "exit99", "in the target", "_exit(99) without a result", 0, 0, 0,
  PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) exited with status 99 without a result" },
{ "sigkill", "in the target", "killed from outside (SIGKILL, as "
  "the OOM killer does)", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 9 (SIGKILL)" },
{ "null", "in the target", "returns NULL without raising", 0, 0, 0,
  PCALL_OUTCOME_RAISED,
  "call 1 returned NULL without calling pcall_raise" },
{ "deep", "serializing the result", "a value that cannot be "
  "pickled (nested 5000 deep)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "cannot pickle the result of call 1: cannot pickle: a list "
  "nested deeper than 1000" },
{ "big-crash", "serializing the result", "crash half-way through "
  "a 4 MB result", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) was killed by signal 11 (SIGSEGV)" },
{ "send-abort", "after the result is sent", "abort() during "
  "cleanup", 0, 0, 0, PCALL_OUTCOME_CRASHED,
  "call 1 (pid %d) sent its result but then was killed by "
  "signal 6 (SIGABRT)" },
{ "send-exit3", "after the result is sent", "exit(3) during "
  "cleanup", 0, 0, 0, PCALL_OUTCOME_EXITED,
  "call 1 (pid %d) sent its result but then exited with status 3" },
{ "send-half", "in the parent, decoding", "truncated stream, "
  "then exit(0)", 0, 0, 0, PCALL_OUTCOME_CORRUPT,
  "call 1 (pid %d) sent a result that does not decode: *offset*" },
{ "garbage", "in the parent, decoding", "corrupt stream, then "
  "exit(0)", 0, 0, 0, PCALL_OUTCOME_CORRUPT,
  "call 1 (pid %d) sent a result that does not decode: *offset*" },
#line 25843 "pcall.nw"
{ "misuse", "in the target", "a misuse of the value API "
  "(pv_as_int on a str)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "pv_as_int: expected 'int', got 'str'" },
{ "no-memory", "in the target", "runs out of memory (a tuple of "
  "2**59 items; raises MemoryError)", 0, 0, 0, PCALL_OUTCOME_RAISED,
  "out of memory (576460752303423488 x 8 bytes)" },
#line 26508 "pcall.nw"
{ "nap", "in the target", "calls pcall itself; the inner call "
  "fails and the target re-raises it", 0, 0, sc_nested,
  PCALL_OUTCOME_RAISED, "the inner error's type and message" },
#line 25783 "pcall.nw"
    
#line 25852 "pcall.nw"
{ "sleep", "timeout", "the child sleeps", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "ignore-term", "timeout", "the child ignores SIGTERM", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "block-term", "timeout", "the child blocks SIGTERM", 0, 0, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "family", "timeout", "deaf grandchildren hold the pipe and the "
  "log open", 0, 0, 0, PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
#line 26104 "pcall.nw"
{ "leave-group", "timeout", "the child moves into the host's "
  "process group and sleeps", 0, 0, 0, PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
#line 26484 "pcall.nw"
{ "nap", "timeout", "the deadline comes while the parent is still "
  "forking (250 slow forks)", 0, 0, sc_forking,
  PCALL_OUTCOME_TIMED_OUT, "TimeoutError on time; the starting "
  "stops; no ok call ran longer than the timeout" },
{ "nap", "timeout", "a call overruns while the host works; the "
  "join comes after three timeouts", 0, 0, sc_late_overrun,
  PCALL_OUTCOME_TIMED_OUT, "the overrun call TimeoutError; the "
  "others ok, with their own run time" },
{ "nap", "timeout", "quick calls return 512 KiB and 2 MiB; the join "
  "comes after three timeouts", 0, 0, sc_late_join, PCALL_OUTCOME_OK,
  "all ok, every byte; run time under the timeout" },
#line 25784 "pcall.nw"
    
#line 25994 "pcall.nw"
{ "nap", "host program", "has a SIGCHLD handler and a child of its "
  "own", sc_chld_handler_before, sc_chld_handler_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "sets SIGCHLD to SIG_IGN",
  sc_chld_ignored_before, sc_chld_ignored_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "has a child of its own, never reaped by "
  "pcall", sc_fork_own_child, sc_reap_own_child, 0,
  PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "blocks SIGTERM in the calling thread",
  sc_block_term_before, sc_block_term_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "sleep", "host program", "blocks SIGTERM, and the call times out",
  sc_block_term_before, sc_block_term_after, 0,
  PCALL_OUTCOME_TIMED_OUT,
  "call 1 (pid %d) exceeded the timeout of * s" },
{ "nap", "host program", "a storm of SIGALRM (every 1 ms, no "
  "SA_RESTART)", sc_storm_before, sc_storm_after, 0,
  PCALL_OUTCOME_OK, NULL },
{ "sleep", "parent", "killed with SIGKILL while its children run",
  0, 0, sc_parent_killed, PCALL_OUTCOME_NONE,
  "every child gone soon after; nothing left in TMPDIR" },
#line 26143 "pcall.nw"
{ "orphan", "host program", "sets SIGCHLD to SIG_IGN; the call "
  "leaves a helper running", sc_chld_ignored_before,
  sc_chld_ignored_after, 0, PCALL_OUTCOME_OK, NULL },
{ "orphan", "host program", "sets SA_NOCLDWAIT; the call leaves a "
  "helper running", sc_nocldwait_before, sc_chld_restore, 0,
  PCALL_OUTCOME_OK, NULL },
{ "orphan", "host program", "reaps any child in its SIGCHLD "
  "handler; the call leaves a helper running", sc_reap_any_before,
  sc_chld_restore, 0, PCALL_OUTCOME_OK, NULL },
#line 26255 "pcall.nw"
{ "pause", "parent", "started its calls in a thread that ended, "
  "then killed with SIGKILL", 0, 0, sc_thread_host_killed,
  PCALL_OUTCOME_NONE, "every child gone soon after; nothing left "
  "in TMPDIR" },
#line 26285 "pcall.nw"
{ "family", "parent", "killed with SIGKILL; calls in PID namespaces "
  "(.pid_namespace) with grandchildren", 0, 0, sc_pidns_host_killed,
  PCALL_OUTCOME_NONE, "every process of every call gone soon after" },
{ "family", "parent", "the same, calls started in a thread that "
  "ended", 0, 0, sc_pidns_thread_host_killed, PCALL_OUTCOME_NONE,
  "every process of every call gone soon after" },
#line 26430 "pcall.nw"
{ "nap", "host program", "stderr is a non-blocking pipe (full until "
  "the join has begun)", sc_nonblocking_before, sc_nonblocking_after,
  0, PCALL_OUTCOME_OK, NULL },
{ "nap", "host program", "stderr is closed (a daemon)", 0, 0,
  sc_daemon, PCALL_OUTCOME_OK, NULL },
#line 26498 "pcall.nw"
{ "nap", "host program", "asks which calls are living after they "
  "ended, then terminates", 0, 0, sc_living, PCALL_OUTCOME_OK,
  "none living; nothing signalled; all ok" },
{ "nap", "host program", "calls pcall_terminate from a signal "
  "handler, or another thread, while the join waits", 0, 0,
  sc_terminate, PCALL_OUTCOME_KILLED, "the join returns within the "
  "grace period; calls stopped by pcall_terminate" },
#line 25785 "pcall.nw"
};
#define NSCENARIOS (sizeof scenarios / sizeof scenarios[0])
#line 26307 "pcall.nw"
static void sc_run(const scenario *s);

static void test_reliability_scenarios_pidns(void)
{
    if (under_valgrind())
        return;                 /* see the text */
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    sc_pidns = 1;
    for (size_t i = 0; i < NSCENARIOS; i++)
        if (scenarios[i].run == NULL) {
            arm_watchdog();
            sc_run(&scenarios[i]);
        }
    sc_pidns = 0;
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}

static void test_pidns_spec_examples(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((4,), (5,), (6,))"),
                  .pid_namespace = 1, .error = &err);
    spec_expect(r, err, "(((1, 2, 3, 4), {}), ((1, 2, 3, 5), {}), "
                "((1, 2, 3, 6), {}))");
    r = pcall(spec_func, .varkwargs = pv_lit("{'x': (1, 2, 3),"
                                             " 'y': (4, 5, 6)}"),
              .pid_namespace = 1, .error = &err);
    spec_expect(r, err, "(((), {'x': 1, 'y': 4}), "
                "((), {'x': 2, 'y': 5}), ((), {'x': 3, 'y': 6}))");
}
#line 26341 "pcall.nw"
static int refuse_unshare(int flags)
{
    (void)flags;
    errno = EPERM;
    return -1;
}

static void test_pidns_refused(void)
{
    pcall_error *err = NULL;
    int (*saved)(int) = pcall_proc_unshare_fn;
    pcall_proc_unshare_fn = refuse_unshare;
    pcall_obj *p = pcall_new(&(pcall_options){ .target = spec_func,
        .iargs = pv_lit("((1,),)"), .steal = 1, .pid_namespace = 1 },
        &err);
    pcall_proc_unshare_fn = saved;
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_EQUAL(pcall_error_kind_of(err), PCALL_ERR_SYSTEM);
    CU_ASSERT(fnmatch("pcall: cannot run the calls in a PID namespace "
                      "(.pid_namespace): unshare(CLONE_NEWPID): "
                      "Operation not permitted: it needs CAP_SYS_ADMIN"
                      "*user.max_user_namespaces*",
                      pcall_error_message(err), 0) == 0);
    pcall_error_free(err);
    err = NULL;
    p = pcall_new(&(pcall_options){ .target = spec_func,
        .iargs = pv_lit("((1,),)"), .steal = 1, .pid_namespace = 2 },
        &err);
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_STRING_EQUAL(pcall_error_message(err),
                           ".pid_namespace must be 0 or 1, not 2");
    pcall_error_free(err);
}
#line 26518 "pcall.nw"
static void sc_run(const scenario *s)
{
    char lit[64], want[256];
    double t0 = errors_now(), limit, took;
    double timeout = under_valgrind() ? 2.0 : 1.0, grace = 0.2;
    pcall_error *err = NULL;
    pid_t pids[3] = { 0, 0, 0 };
    snprintf(lit, sizeof lit, "{'how': ('ok', '%s', 'ok')}", s->how);
    pcall_obj *p = pcall_new(&(pcall_options){ .target = misbehave,
        .varkwargs = pv_lit(lit), .steal = 1, .timeout = timeout,
        .grace = grace, .pid_namespace = sc_pidns }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    if (s->before)
        s->before();
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    int rc = pcall_join(p, &err);
    took = errors_now() - t0;
    if (s->after)
        s->after();
    
#line 26549 "pcall.nw"
limit = timeout + grace + slack();
CU_ASSERT(took < limit);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 0)->kind, PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 1)->kind, s->kind);
CU_ASSERT_EQUAL(pcall_outcome_at(p, 2)->kind, PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(rc, s->message ? -1 : 0);
if (s->message != NULL && err != NULL) {
    snprintf(want, sizeof want, s->message,
             (int)pcall_error_pid(err));
    CU_ASSERT_EQUAL(pcall_error_index(err), 1);
    CU_ASSERT_EQUAL(pcall_error_outcome(err), s->kind);
    CU_ASSERT(fnmatch(want, pcall_error_message(err), 0) == 0);
}
if (took >= limit || pcall_outcome_at(p, 1)->kind != s->kind
    || (s->message == NULL) != (err == NULL)
    || (err && fnmatch(want, pcall_error_message(err), 0) != 0))
    fprintf(stderr, "\n  scenario %s (%s): outcome %s, %.2f s, "
            "error: %s\n", s->how, s->what,
            pcall_outcome_name(pcall_outcome_at(p, 1)->kind), took,
            err ? pcall_error_message(err) : "none");
pcall_error_free(err);
#line 26538 "pcall.nw"
    pcall_pids(p, pids, 3);
    for (int i = 0; i < 3; i++)
        CU_ASSERT(pids[i] > 0 && group_gone(pids[i]));
    pcall_free(p);
}
#line 26578 "pcall.nw"
static void test_reliability_scenarios(void)
{
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    for (size_t i = 0; i < NSCENARIOS; i++) {
        arm_watchdog();             /* a full minute for each */
        (scenarios[i].run ? scenarios[i].run : sc_run)(&scenarios[i]);
    }
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 26608 "pcall.nw"
static void sc_tex(FILE *f, const char *s)
{
    for (; s != NULL && *s; s++)
        if (s[0] == '%' && s[1] == 'd')
            fputs("\\textit{N}", f), s++;
        else if (*s == '*')
            fputs("\\ldots{}", f);
        else if (strchr("#$%&_{}", *s))
            fprintf(f, "\\%c", *s);
        else if (strchr("\\^~<>|", *s))
            fprintf(f, "\\char%d{}", *s);
        else
            fputc(*s, f);
}
#line 26625 "pcall.nw"
static void sc_latex(FILE *f)
{
    fputs("% made by build/testpcall --scenarios-latex; do not edit\n"
          "\\begin{longtable}{@{}p{20mm}p{38mm}p{16mm}p{60mm}@{}}\n"
          "\\toprule where & what happens & outcome & error of the "
          "join\\\\\n\\midrule\\endhead\n", f);
    for (size_t i = 0; i < NSCENARIOS; i++) {
        const scenario *s = &scenarios[i];
        const char *cell[4] = { s->where, s->what,
            s->kind == PCALL_OUTCOME_NONE ? "--"
            : pcall_outcome_name(s->kind),
            s->message ? s->message : "none: all three ok" };
        for (int c = 0; c < 4; c++) {
            fputs(c ? " & \\raggedright " : "\\raggedright ", f);
            sc_tex(f, cell[c]);
        }
        fputs("\\tabularnewline\n", f);
    }
    fputs("\\bottomrule\n\\end{longtable}\n", f);
}
#line 26688 "pcall.nw"
typedef struct starved {
    int skipped;                /* the host could not set it up */
    int rc;                     /* the join's result, or -1 */
    int fds_before, fds_after;  /* the host's, when it is another */
    pcall_error_kind err_kind;  /* the join's error, if any */
    size_t err_index;
    char message[160];          /* or "" */
    pcall_outcome_kind kind[5]; /* each call's outcome */
    pid_t pid[5];
    int signal[5];
} starved;
#line 26706 "pcall.nw"
#define GREEDY_NAPS "(0, 0.25, 0, 0, 0)"   /* see the text */

static void greedy_run(pcall_options o, const char *naps, starved *s)
{
    char lit[64];
    pcall_error *err = NULL;
    pcall_obj *p;
    snprintf(lit, sizeof lit, "{'nap': %s}", naps);
    o.steal = 1;
    o.target = napper;
    o.varkwargs = pv_lit(lit);
    o.max_procs = 2;
    memset(s, 0, sizeof *s);
    s->rc = -1;
    if ((p = pcall_new(&o, &err)) != NULL && pcall_start(p, &err) == 0)
        s->rc = pcall_join(p, &err);
    for (size_t i = 0; p != NULL && i < 5; i++) {
        s->kind[i] = pcall_outcome_at(p, i)->kind;
        s->pid[i] = pcall_outcome_at(p, i)->pid;
        s->signal[i] = pcall_outcome_at(p, i)->signal;
    }
    
#line 26733 "pcall.nw"
if (err != NULL) {
    s->err_kind = pcall_error_kind_of(err);
    s->err_index = pcall_error_index(err);
    snprintf(s->message, sizeof s->message, "%s",
             pcall_error_message(err));
    pcall_error_free(err);
}
#line 26728 "pcall.nw"
    pcall_free(p);
}
#line 26748 "pcall.nw"
typedef struct hog {
    void (*take)(struct hog *);
    void (*release)(struct hog *);
    int give_back;              /* the second end gives all back */
    int ends;                   /* calls ended so far */
    int leave;                  /* descriptors to leave free */
    int fds[256], nfds;
    pid_t pids[64];
    int npids;
} hog;

static void hog_on_done(size_t i, const struct pcall_outcome *o,
                        pv *result, void *arg)
{
    hog *h = arg;
    (void)i, (void)result;
    if (o->kind == PCALL_OUTCOME_CANCELLED)
        return;
    if (++h->ends == 2 && h->give_back)
        h->release(h);
    else if (h->ends == 1 || !h->give_back)
        h->take(h);
}
#line 26774 "pcall.nw"
static void hog_take_fds(hog *h)
{
    int fd;
    while (h->nfds < 256
           && (fd = open("/dev/null", O_RDONLY | O_CLOEXEC)) != -1)
        h->fds[h->nfds++] = fd;             /* until EMFILE */
    for (int k = 0; k < h->leave && h->nfds > 0; k++)
        close(h->fds[--h->nfds]);
}

static void hog_release_fds(hog *h)
{
    while (h->nfds > 0)
        close(h->fds[--h->nfds]);
}
#line 26803 "pcall.nw"
static void starve_fds(starved *s, int leave, int give_back)
{
    hog h = { .take = hog_take_fds, .release = hog_release_fds,
              .give_back = give_back, .leave = leave };
    struct rlimit saved, low;
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    low = saved;
    low.rlim_cur = 128;
    CU_ASSERT_FATAL(setrlimit(RLIMIT_NOFILE, &low) == 0);
    greedy_run((pcall_options){ .on_done = hog_on_done,
        .on_done_arg = &h, .log_fd = null }, GREEDY_NAPS, s);
    h.release(&h);
    setrlimit(RLIMIT_NOFILE, &saved);
    close(null);
    if (under_valgrind())
        sc_remove_logs("pcall-*");
}
#line 26832 "pcall.nw"
static void starved_check(const starved *s, const char *want)
{
    CU_ASSERT_EQUAL(s->rc, want != NULL ? -1 : 0);
    CU_ASSERT_STRING_EQUAL(s->message, want != NULL ? want : "");
    if (strcmp(s->message, want != NULL ? want : "") != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n", s->message,
                want != NULL ? want : "no error");
    if (want != NULL) {
        CU_ASSERT_EQUAL(s->err_kind, PCALL_ERR_SYSTEM);
        CU_ASSERT_EQUAL(s->err_index, PCALL_NO_CALL);
    }
    for (size_t i = 0; i < 5; i++) {
        int ran = want == NULL || i < 2;
        CU_ASSERT_EQUAL(s->kind[i], ran ? PCALL_OUTCOME_OK
                                        : PCALL_OUTCOME_CANCELLED);
        CU_ASSERT(ran ? s->pid[i] > 0 && group_gone(s->pid[i])
                      : s->pid[i] == 0);
    }
}
#line 26860 "pcall.nw"
static void test_reliability_emfile(void)
{
    starved s;
    starve_fds(&s, 0, 1);
    starved_check(&s, NULL);
    starve_fds(&s, 0, 0);
    starved_check(&s, "pcall: cannot start call 2: pipe: Too many "
                  "open files");
    starve_fds(&s, 2, 0);
    starved_check(&s, "pcall: cannot start call 2: creating its log "
                  "file: Too many open files");
}
#line 26901 "pcall.nw"
static void point_tmpdir_away(size_t i, const struct pcall_outcome *o,
                              pv *result, void *arg)
{
    (void)i, (void)o, (void)result;
    setenv("TMPDIR", arg, 1);
}

static void test_reliability_log_dir_gone(void)
{
    char gone[96];
    starved s;
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    double t0 = test_now();
    snprintf(gone, sizeof gone, "%s/gone", tmpdir);
    greedy_run((pcall_options){ .on_done = point_tmpdir_away,
        .on_done_arg = gone, .log_fd = null }, "(0, 30, 0, 0, 0)", &s);
    setenv("TMPDIR", tmpdir, 1);
    close(null);
    
#line 26924 "pcall.nw"
CU_ASSERT(test_now() - t0 < 1 + slack());
CU_ASSERT_EQUAL(s.rc, -1);
CU_ASSERT_STRING_EQUAL(s.message, "pcall: cannot start call 2: "
                       "creating its log file: No such file or "
                       "directory");
CU_ASSERT_EQUAL(s.err_kind, PCALL_ERR_SYSTEM);
CU_ASSERT_EQUAL(s.kind[0], PCALL_OUTCOME_OK);
CU_ASSERT_EQUAL(s.kind[1], PCALL_OUTCOME_KILLED);
CU_ASSERT_EQUAL(s.signal[1], SIGKILL);
for (size_t i = 2; i < 5; i++)
    CU_ASSERT(s.kind[i] == PCALL_OUTCOME_CANCELLED && s.pid[i] == 0);
CU_ASSERT(group_gone(s.pid[0]) && group_gone(s.pid[1]));
#line 26920 "pcall.nw"
}
#line 26965 "pcall.nw"
#define NPROC_UID 2000000000u       /* plus the host's pid */

static void hog_take_procs(hog *h)
{
    pid_t pid = -1;
    while (h->npids < 64 && (pid = fork()) > 0)
        h->pids[h->npids++] = pid;          /* until EAGAIN */
    if (pid == 0) {             /* a sleeper, until the host kills it */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        for (;;)
            pause();
    }
}

static void hog_release_procs(hog *h)
{
    for (; h->npids > 0; h->npids--) {
        kill(h->pids[h->npids - 1], SIGKILL);
        waitpid(h->pids[h->npids - 1], NULL, 0);
    }
}
#line 26993 "pcall.nw"
static _Noreturn void starve_procs_host(int give_back, int out)
{
    hog h = { .take = hog_take_procs, .release = hog_release_procs,
              .give_back = give_back };
    struct rlimit few = { 32, 32 };
    uid_t uid = NPROC_UID + (uid_t)getpid();
    int fds;
    starved s;
    memset(&s, 0, sizeof s);
    if (setgroups(0, NULL) == 0 && setgid((gid_t)uid) == 0
        && setuid(uid) == 0 && setrlimit(RLIMIT_NPROC, &few) == 0) {
        prctl(PR_SET_DUMPABLE, 1);
        fds = count_fds();
        greedy_run((pcall_options){ .on_done = hog_on_done,
            .on_done_arg = &h, .nocapture = 1 }, GREEDY_NAPS,
            &s);
        h.release(&h);
        s.fds_before = fds;
        s.fds_after = count_fds();
    } else
        s.skipped = 1;
    (void)!write(out, &s, sizeof s);
    _exit(0);
}
#line 27020 "pcall.nw"
static void starve_procs(starved *s, int give_back)
{
    int pp[2], st = 0;
    pid_t host;
    CU_ASSERT_FATAL(pipe(pp) == 0);
    fflush(NULL);               /* or the host writes it again */
    if ((host = fork()) == 0) {
        close(pp[0]);
        starve_procs_host(give_back, pp[1]);
    }
    close(pp[1]);
    memset(s, 0, sizeof *s);
    CU_ASSERT(read(pp[0], s, sizeof *s) == (ssize_t)sizeof *s);
    close(pp[0]);
    CU_ASSERT_EQUAL(waitpid(host, &st, 0), host);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}
#line 27047 "pcall.nw"
static void test_reliability_nproc(void)
{
    starved s;
    if (geteuid() != 0) {
        fprintf(stderr, "\n  (skipped: not root, no user to spare)");
        return;
    }
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    for (int give_back = 1; give_back >= 0; give_back--) {
        starve_procs(&s, give_back);
        if (s.skipped) {
            fprintf(stderr, "\n  (skipped: cannot become uid %u+pid)",
                    NPROC_UID);
            break;
        }
        starved_check(&s, give_back ? NULL : "pcall: cannot start "
                      "call 2: fork: Resource temporarily unavailable");
        CU_ASSERT(s.fds_before > 0 && s.fds_before == s.fds_after);
    }
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}
#line 27122 "pcall.nw"
typedef struct soak_fate {
    const char *name;
    unsigned share;             /* per thousand calls */
    pcall_outcome_kind kind;    /* the outcome it must have */
    int exit_status, signal;    /* as pcall_outcome_at reports */
} soak_fate;

enum { SOAK_RETURN, SOAK_RAISE, SOAK_SEGV, SOAK_NULL, SOAK_ABORT,
       SOAK_EXIT, SOAK_SLEEP, SOAK_FATES };

static const soak_fate soak_fates[SOAK_FATES] = {
    { "return", 550, PCALL_OUTCOME_OK, 0, 0 },
    { "pcall_raise", 150, PCALL_OUTCOME_RAISED, PCALL_RAISE_STATUS,
      0 },
    { "raise(SIGSEGV)", 75, PCALL_OUTCOME_CRASHED, -1, SIGSEGV },
    { "write through NULL", 75, PCALL_OUTCOME_CRASHED, -1, SIGSEGV },
    { "abort()", 75, PCALL_OUTCOME_CRASHED, -1, SIGABRT },
    { "_exit(99)", 75, PCALL_OUTCOME_EXITED, 99, 0 },
    { "sleep past the timeout", 0, PCALL_OUTCOME_TIMED_OUT, -1,
      SIGTERM },
};
#line 27153 "pcall.nw"
static pv *soak_target(const pv *args, const pv *kwargs)
{
    int64_t g = pv_as_int(pcall_arg(args, kwargs, 0, "g"));
    int64_t fate = pv_as_int(pcall_arg(args, kwargs, 1, "fate"));
    volatile int *volatile nowhere = NULL;
    errors_no_core();
    printf("soak call %lld: %s\n", (long long)g,
           soak_fates[fate].name);
    switch (fate) {
    case SOAK_RAISE:
        pcall_raise("SoakError", "call %lld", (long long)g);
    case SOAK_SEGV:
        raise(SIGSEGV);
        break;
    case SOAK_NULL:
        *nowhere = 1;
        break;
    case SOAK_ABORT:
        abort();
    case SOAK_EXIT:
        _exit(99);
    case SOAK_SLEEP:
        sleep(60);
        break;
    }
    return pv_int(g);
}
#line 27189 "pcall.nw"
enum { SOAK_BATCH = 250, SOAK_AT_ONCE = 32, SOAK_TIMEOUT_EVERY = 20 };
#define SOAK_TIMEOUT 3.0    /* s: far beyond 32 calls' work */
#define SOAK_GRACE 0.2

static uint64_t soak_mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15u;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

static int soak_fate_of(uint64_t seed, uint64_t g)
{
    unsigned r = (unsigned)(soak_mix(seed ^ soak_mix(g)) % 1000);
    int f = 0;
    while (r >= soak_fates[f].share)
        r -= soak_fates[f++].share;
    return f;
}

static long soak_sleeper(uint64_t seed, uint64_t batch, size_t n)
{
    uint64_t h = soak_mix(soak_mix(seed) ^ soak_mix(~batch));
    return h % SOAK_TIMEOUT_EVERY ? -1 : (long)n - 1;
}
#line 27224 "pcall.nw"
typedef struct soak_run {
    uint64_t seed;
    size_t calls, done, batches, timeouts;
    size_t count[PCALL_OUTCOME_CANCELLED + 1];  /* by outcome */
    int null;                   /* /dev/null: where the logs go */
    int fate[SOAK_BATCH];
    int seen[SOAK_BATCH];
} soak_run;

static void soak_seen(size_t i, const struct pcall_outcome *o,
                      pv *result, void *arg)
{
    soak_run *r = arg;
    (void)o, (void)result;
    r->seen[i]++;
}
#line 27248 "pcall.nw"
static int soak_check(soak_run *r, pcall_obj *p, size_t g0, size_t n,
                      int rc, const pcall_error *err);

static int soak_batch(soak_run *r, size_t b, size_t g0, size_t n)
{
    pcall_error *err = NULL;
    pv *iargs = pv_tuple_new(n);
    long sleeper = soak_sleeper(r->seed, b, n);
    int fds = count_fds(), rc = -1, bad;
    char who[64];
    pcall_obj *p;
    
#line 27275 "pcall.nw"
for (size_t i = 0; i < n; i++) {
    r->fate[i] = (long)i == sleeper ? SOAK_SLEEP
                 : soak_fate_of(r->seed, g0 + i);
    r->seen[i] = 0;
    pv_tuple_set(iargs, i, pv_tuple(2, pv_int((int64_t)(g0 + i)),
                                    pv_int(r->fate[i])));
}
#line 27260 "pcall.nw"
    p = pcall_new(&(pcall_options){ .steal = 1, .target = soak_target,
        .iargs = iargs, .timeout = SOAK_TIMEOUT, .grace = SOAK_GRACE,
        .max_procs = SOAK_AT_ONCE, .log_fd = r->null,
        .on_done = soak_seen, .on_done_arg = r }, &err);
    if (p != NULL && pcall_start(p, &err) == 0)
        rc = pcall_join(p, &err);
    bad = soak_check(r, p, g0, n, rc, err);
    pcall_error_free(err);
    pcall_free(p);
    snprintf(who, sizeof who, "soak batch %zu", b);
    return bad + left_behind(who, fds);
}
#line 27294 "pcall.nw"
static int soak_call_ok(const soak_run *r, pcall_obj *p, size_t i,
                        size_t g0)
{
    const soak_fate *f = &soak_fates[r->fate[i]];
    const struct pcall_outcome *o = pcall_outcome_at(p, i);
    const pcall_error *e = o->error;
    const pv *v = pcall_result(p, i);
    char msg[40];
    snprintf(msg, sizeof msg, "call %zu", g0 + i);
    if (o->kind != f->kind || o->index != i || r->seen[i] != 1
        || o->pid <= 0 || o->exit_status != f->exit_status
        || o->signal != f->signal)
        return 0;
    if (f->kind == PCALL_OUTCOME_OK)
        return v != NULL && e == NULL
               && pv_as_int(v) == (int64_t)(g0 + i);
    if (v != NULL || e == NULL || pcall_error_index(e) != i
        || pcall_error_outcome(e) != f->kind)
        return 0;
    if (r->fate[i] == SOAK_RAISE)
        return strcmp(nn(pcall_error_type(e)), "SoakError") == 0
               && strcmp(pcall_error_message(e), msg) == 0;
    return r->fate[i] != SOAK_SLEEP || (o->runtime >= SOAK_TIMEOUT
        && o->runtime < SOAK_TIMEOUT + SOAK_GRACE + slack());
}
#line 27325 "pcall.nw"
static void soak_report(const soak_run *r, pcall_obj *p, size_t i,
                        size_t g0)
{
    const struct pcall_outcome *o = pcall_outcome_at(p, i);
    fprintf(stderr, "\nsoak: call %zu (%zu of its batch, pid %d) was "
            "told \"%s\" and must end %s; it ended %s (exit status "
            "%d, signal %d, %.3f s, reported %d times): %s\n"
            "soak: repeat with SOAK_SEED=%llu\n", g0 + i, i,
            (int)o->pid, soak_fates[r->fate[i]].name,
            pcall_outcome_name(soak_fates[r->fate[i]].kind),
            pcall_outcome_name(o->kind), o->exit_status, o->signal,
            o->runtime, r->seen[i], o->error != NULL
            ? pcall_error_message(o->error) : "no error",
            (unsigned long long)r->seed);
}
#line 27347 "pcall.nw"
static int soak_cmp_pid(const void *a, const void *b)
{
    pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;
    return (x > y) - (x < y);
}

static int soak_pids_distinct(pcall_obj *p, size_t n)
{
    pid_t pids[SOAK_BATCH];
    pcall_pids(p, pids, n);
    qsort(pids, n, sizeof pids[0], soak_cmp_pid);
    for (size_t i = 1; i < n; i++)
        if (pids[i] == pids[i - 1])
            return 0;
    return 1;
}
#line 27369 "pcall.nw"
static int soak_results_in_order(const pv *t, size_t g0, size_t n)
{
    if (t == NULL || pv_len(t) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (pv_as_int(pv_item(t, i)) != (int64_t)(g0 + i))
            return 0;
    return 1;
}
#line 27387 "pcall.nw"
static int soak_check(soak_run *r, pcall_obj *p, size_t g0, size_t n,
                      int rc, const pcall_error *err)
{
    size_t first = SIZE_MAX;
    if (p == NULL || pcall_ncalls(p) != n) {
        fprintf(stderr, "\nsoak: no parallel call: %s\n",
                err != NULL ? pcall_error_message(err) : "?");
        return 1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!soak_call_ok(r, p, i, g0))
            return soak_report(r, p, i, g0), 1;
        r->count[pcall_outcome_at(p, i)->kind]++;
        if (first == SIZE_MAX && r->fate[i] != SOAK_RETURN)
            first = i;
    }
    
#line 27409 "pcall.nw"
if (!soak_pids_distinct(p, n)) {
    fprintf(stderr, "\nsoak: two calls with one pid\n");
    return 1;
}
if (first == SIZE_MAX ? rc != 0 || err != NULL
        || !soak_results_in_order(pcall_results(p), g0, n)
    : rc != -1 || err == NULL || pcall_results(p) != NULL
        || pcall_error_index(err) != first
        || pcall_error_kind_of(err) != (r->fate[first] == SOAK_SLEEP
           ? PCALL_ERR_TIMEOUT : PCALL_ERR_CHILD)) {
    fprintf(stderr, "\nsoak: the join returned %d (%s); the lowest "
            "call to fail is %zu\n", rc, err != NULL
            ? pcall_error_message(err) : "no error", first);
    return 1;
}
#line 27404 "pcall.nw"
    return 0;
}
#line 27435 "pcall.nw"
static uint64_t soak_env(const char *name, uint64_t dflt)
{
    const char *e = getenv(name);
    return e != NULL && *e != '\0' ? strtoull(e, NULL, 0) : dflt;
}

static void test_soak(void)
{
    soak_run r;
    double t0 = test_now();
    memset(&r, 0, sizeof r);
    r.calls = (size_t)soak_env("SOAK_CALLS", 100000);
    r.seed = soak_env("SOAK_SEED", soak_mix((uint64_t)time(NULL)
                                             ^ (uint64_t)getpid()));
    r.null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    printf("\nsoak: %zu calls in batches of %d, SOAK_SEED=%llu\n",
           r.calls, SOAK_BATCH, (unsigned long long)r.seed);
    fflush(stdout);
    
#line 27460 "pcall.nw"
for (size_t g0 = 0; g0 < r.calls; g0 += SOAK_BATCH) {
    size_t n = r.calls - g0 < SOAK_BATCH ? r.calls - g0 : SOAK_BATCH;
    int bad;
    arm_watchdog();
    bad = soak_batch(&r, r.batches, g0, n);
    CU_ASSERT_EQUAL(bad, 0);
    if (bad != 0)
        break;                  /* the first is the one to study */
    r.timeouts += soak_sleeper(r.seed, r.batches, n) >= 0;
    r.batches++;
    r.done += n;
    if ((g0 + n) % 10000 == 0 && g0 + n < r.calls) {
        printf("soak: %zu calls, %.0f s\n", g0 + n, test_now() - t0);
        fflush(stdout);
    }
}
#line 27454 "pcall.nw"
    close(r.null);
    
#line 27479 "pcall.nw"
printf("soak: %zu calls in %zu batches (%zu with a timeout), "
       "SOAK_SEED=%llu:", r.done, r.batches, r.timeouts,
       (unsigned long long)r.seed);
for (int k = PCALL_OUTCOME_OK; k <= PCALL_OUTCOME_CANCELLED; k++)
    printf(" %zu %s%s", r.count[k], pcall_outcome_name(k),
           k < PCALL_OUTCOME_CANCELLED ? "," : ";");
printf(" %.1f s\n", test_now() - t0);
#line 27456 "pcall.nw"
}
#line 27878 "pcall.nw"
static void test_fuzz_crashers_replay(void)
{
    DIR *d = opendir("tests/fuzz/crashers");
    struct dirent *e;
    int seen = 0;
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    while ((e = readdir(d)) != NULL) {
        
#line 27893 "pcall.nw"
static unsigned char buf[1 << 16];    /* -max_len of the fuzzer */
char path[512];
pv_err err = { "" };
FILE *f;
size_t n;
if (e->d_name[0] == '.')
    continue;
snprintf(path, sizeof path, "tests/fuzz/crashers/%s", e->d_name);
if ((f = fopen(path, "rb")) == NULL) {
    CU_FAIL("cannot open a reproducer");
    continue;
}
n = fread(buf, 1, sizeof buf, f);
fclose(f);
pv *v = pv_unpickle(buf, n, &err);
CU_ASSERT(v != NULL
          || (err.msg[0] != '\0' && strchr(err.msg, '\n') == NULL));
pv_free(v);
seen++;
#line 27886 "pcall.nw"
    }
    closedir(d);
    CU_ASSERT(seen >= 2);
}
#line 29466 "pcall.nw"
static void bench_cli(const char *args, int status, const char *out,
                      const char *err)
{
    char cmd[512];
    int st;
    snprintf(cmd, sizeof cmd, "timeout 10 \"$PCALL_BENCH\" %s "
             "2>/dev/null", args);
    pk_tool(cmd, status, out);
    snprintf(cmd, sizeof cmd, "timeout 10 \"$PCALL_BENCH\" %s "
             "2>&1 >/dev/null | grep -c '^usage: bench'", args);
    char *got = pk_sh(cmd, &st);
    CU_ASSERT_STRING_EQUAL(got, err);
    free(got);
}

static void test_bench_command_line(void)
{
    static const char usage[] = "usage: bench [-q] [-o DATA] [-p "
        "bench-mp.py] [-s percall|large|cpu|scale]\n"
        "       bench scale N C\n       bench -h | --help\n";
    if (getenv("PCALL_BENCH") == NULL) {
        printf("\n    $PCALL_BENCH not set: test skipped ");
        return;
    }
    bench_cli("--help", 0, usage, "0\n");
    bench_cli("-q -h", 0, usage, "0\n");
    bench_cli("--nope", 2, "", "1\n");
    bench_cli("-x -q", 2, "", "1\n");
    bench_cli("-s nope", 2, "", "1\n");
    bench_cli("-q extra", 2, "", "1\n");
}
#line 8364 "pcall.nw"
static pv *spec_func(const pv *args, const pv *kwargs)
{
    return pv_tuple(2, pv_copy(args), pv_copy(kwargs));
}

static pv *spec_named(const char *name, const pv *args,
                      const pv *kwargs)
{
    pv *d = pv_dict_new();
    pv_dict_set(d, pv_str("name"), pv_str(name), NULL);
    pv_dict_set(d, pv_str("arg"), pv_copy(args), NULL);
    pv_dict_set(d, pv_str("kwargs"), pv_copy(kwargs), NULL);
    return d;
}
#line 8381 "pcall.nw"
static pv *spec_func1(const pv *args, const pv *kwargs)
{
    return spec_named("func1", args, kwargs);
}
static pv *spec_func2(const pv *args, const pv *kwargs)
{
    return spec_named("func2", args, kwargs);
}
static pv *spec_func3(const pv *args, const pv *kwargs)
{
    return spec_named("func3", args, kwargs);
}

static pv *spec_add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}
#line 8408 "pcall.nw"
static void spec_expect(pv *got, pcall_error *err, const char *want)
{
    if (got == NULL && err != NULL)
        pcall_error_fprint(stderr, err);
    CU_ASSERT_PTR_NULL(err);
    pcall_error_free(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    pv *w = pv_lit(want);
    char *r = pv_repr(got);
    CU_ASSERT(pv_equal(got, w));
    CU_ASSERT_STRING_EQUAL(r, want);
    if (strcmp(r, want) != 0)
        fprintf(stderr, "\n  got:  %s\n  want: %s\n", r, want);
    free(r);
    pv_free(w);
    pv_free(got);
}
#line 8441 "pcall.nw"
static void test_spec_usages_add(void)
{
    pcall_error *err;
    pv *result = pcall(spec_add, .varkwargs = pv_lit(
        "{'x': (1, 2, 3), 'y': (4, 5, 6)}"), .error = &err);
    spec_expect(result, err, "(5, 7, 9)");
}
#line 8511 "pcall.nw"
static void test_spec_single_target_positional(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((4,), (5,), (6,))"), .error = &err);
    spec_expect(r, err, "(((1, 2, 3, 4), {}), ((1, 2, 3, 5), {}), "
                "((1, 2, 3, 6), {}))");
}
#line 8538 "pcall.nw"
static void test_spec_single_target_keyword(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .ckwargs = pv_lit("{'a': 1, 'b': 2}"),
                  .ikwargs = pv_lit("[{'c': 3},"
                                    " {'c': 4},"
                                    " {'c': 5}]"), .error = &err);
    spec_expect(r, err, "(((), {'a': 1, 'b': 2, 'c': 3}), "
                "((), {'a': 1, 'b': 2, 'c': 4}), "
                "((), {'a': 1, 'b': 2, 'c': 5}))");
}
#line 8571 "pcall.nw"
static void test_spec_single_target_varkwargs(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .varkwargs = pv_lit("{'x': (1, 2, 3),"
                                                 " 'y': (4, 5, 6),"
                                                 " 'z': (7, 8, 9)}"),
                  .error = &err);
    spec_expect(r, err, "(((), {'x': 1, 'y': 4, 'z': 7}), "
                "((), {'x': 2, 'y': 5, 'z': 8}), "
                "((), {'x': 3, 'y': 6, 'z': 9}))");  /* child 3 */
}
#line 8603 "pcall.nw"
static void test_spec_single_target_combo(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((6, 7), (8, 9))"),
                  .ckwargs = pv_lit("{'a': 1, 'b': 2}"),
                  .ikwargs = pv_lit("({'c': 3}, {'c': 4})"),
                  .varkwargs = pv_lit("{'x': (10, 20), "
                                      "'y': (100, 200)}"),
                  .error = &err);
    spec_expect(r, err, "(((1, 2, 3, 6, 7), "
                "{'a': 1, 'b': 2, 'c': 3, 'x': 10, 'y': 100}), "
                "((1, 2, 3, 8, 9), "
                "{'a': 1, 'b': 2, 'c': 4, 'x': 20, 'y': 200}))");
}
#line 8636 "pcall.nw"
static void test_spec_single_target_zip_mismatch(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .iargs = pv_lit("((1, 2), (3, 4), (5, 6))"),
                  .ikwargs = pv_lit("({'a': 1}, {'a': 2})"),
                  .error = &err);
    spec_expect(r, err, "(((1, 2), {'a': 1}), ((3, 4), {'a': 2}))");
}
#line 8663 "pcall.nw"
static void test_spec_multiple_targets_positional(void)
{
    pcall_error *err;
    pv *r = pcall(PCALL_TARGETS(spec_func1, spec_func2, spec_func3),
                  .cargs = pv_lit("[1, 2 ,3]"),
                  .iargs = pv_lit("[[4, 5, 6], [7, 8, 9], [9, 10, 11]]"),
                  .error = &err);
    spec_expect(r, err,
        "({'name': 'func1', 'arg': (1, 2, 3, 4, 5, 6), 'kwargs': {}}, "
        "{'name': 'func2', 'arg': (1, 2, 3, 7, 8, 9), 'kwargs': {}}, "
        "{'name': 'func3', 'arg': (1, 2, 3, 9, 10, 11), 'kwargs': {}})");
}
#line 8694 "pcall.nw"
static void test_spec_multiple_targets_keyword(void)
{
    pcall_error *err;
    pv *r = pcall(PCALL_TARGETS(spec_func1, spec_func2, spec_func3),
                  .ckwargs = pv_lit("{'a': 1, 'b': 2}"),
                  .ikwargs = pv_lit("[{'c': 3}, {'c': 4}, {'c': 5}]"),
                  .error = &err);
    spec_expect(r, err,
        "({'name': 'func1', 'arg': (), "
        "'kwargs': {'a': 1, 'b': 2, 'c': 3}}, "
        "{'name': 'func2', 'arg': (), "
        "'kwargs': {'a': 1, 'b': 2, 'c': 4}}, "
        "{'name': 'func3', 'arg': (), "
        "'kwargs': {'a': 1, 'b': 2, 'c': 5}})");
}
#line 8732 "pcall.nw"
static void test_spec_multiple_targets_combined(void)
{
    pcall_error *err;
    pv *r = pcall(PCALL_TARGETS(spec_func1, spec_func2),
                  .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((6, 7), (8, 9))"),
                  .ckwargs = pv_lit("{'a': 1, 'b': 2}"),
                  .ikwargs = pv_lit("({'c': 3}, {'c': 4})"),
                  .varkwargs = pv_lit("{'x': (10, 20), "
                                      "'y': (100, 200)}"),
                  .error = &err);
    spec_expect(r, err,
        "({'name': 'func1', 'arg': (1, 2, 3, 6, 7), "
        "'kwargs': {'a': 1, 'b': 2, 'c': 3, 'x': 10, 'y': 100}}, "
        "{'name': 'func2', 'arg': (1, 2, 3, 8, 9), "
        "'kwargs': {'a': 1, 'b': 2, 'c': 4, 'x': 20, 'y': 200}})");
}
#line 8767 "pcall.nw"
static void test_spec_multiple_targets_zip_mismatch(void)
{
    pcall_error *err;
    pv *r = pcall(PCALL_TARGETS(spec_func1, spec_func2, spec_func3),
                  .iargs = pv_lit("((1, 2), (3, 4), (5, 6))"),
                  .ikwargs = pv_lit("({'a': 1}, {'a': 2})"),
                  .error = &err);
    spec_expect(r, err,
        "({'name': 'func1', 'arg': (1, 2), 'kwargs': {'a': 1}}, "
        "{'name': 'func2', 'arg': (3, 4), 'kwargs': {'a': 2}})");
}
#line 8793 "pcall.nw"
_Noreturn void spec_zero_division(void);

__attribute__((noinline)) void spec_zero_division(void)
{
    pcall_raise("ZeroDivisionError", "division by zero");
}

static pv *spec_inverse(const pv *args, const pv *kwargs)
{
    int64_t x = pv_as_int(pcall_arg(args, kwargs, 0, "x"));
    if (x == 0)
        spec_zero_division();
    return pv_float(1.0 / (double)x);
}
#line 8810 "pcall.nw"
static void test_spec_errors_and_timeouts_exception(void)
{
    pcall_error *err;
    pv *r = pcall(spec_inverse, .varkwargs = pv_lit("{'x': (1, 0, 4)}"),
                  .error = &err);
    CU_ASSERT_PTR_NULL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(err);
    CU_ASSERT_STRING_EQUAL(pcall_error_kind_name(
        pcall_error_kind_of(err)), "ChildProcessException");
    CU_ASSERT_STRING_EQUAL(nn(pcall_error_type(err)), "ZeroDivisionError");
    CU_ASSERT_PTR_NOT_NULL(strstr(nn(pcall_error_backtrace(err)),
                                  "(spec_zero_division+"));
    expect_call_error(err, PCALL_ERR_CHILD, 1, "division by zero");
}
#line 8837 "pcall.nw"
static void test_spec_errors_and_timeouts_timeout(void)
{
    pcall_error *err = NULL;
    double t0 = errors_now();
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = napper, .varkwargs = pv_lit("{'nap': (30, 30)}"),
        .timeout = 0.2 }, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_EQUAL(pcall_join(p, &err), -1);
    CU_ASSERT(errors_now() - t0 < 0.2 + 1.0 + 2.0);
    for (size_t i = 0; i < 2; i++) {
        pcall_outcome_kind k = pcall_outcome_at(p, i)->kind;
        CU_ASSERT(k == PCALL_OUTCOME_TIMED_OUT
                  || k == PCALL_OUTCOME_KILLED);
        CU_ASSERT_EQUAL(pcall_outcome_at(p, i)->signal, SIGTERM);
    }
    CU_ASSERT_STRING_EQUAL(pcall_error_kind_name(
        pcall_error_kind_of(err)), "TimeoutError");
    expect_call_error(err, PCALL_ERR_TIMEOUT, 0, "call 0 (pid %d) "
                      "exceeded the timeout of 0.2 s");
    pcall_free(p);
}
#line 8891 "pcall.nw"
static pv *spec_logger(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    pcall_log("this is a message from %d", (int)getpid());
    return pv_int(getpid());
}
#line 8900 "pcall.nw"
static char *spec_read_masked(int fd)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:dd";
    off_t n = lseek(fd, 0, SEEK_END);
    char *s = calloc(1, (size_t)n + 1), *out = calloc(1, (size_t)n + 1);
    CU_ASSERT_FATAL(s != NULL && out != NULL
                    && pread(fd, s, (size_t)n, 0) == n);
    for (char *line = s, *o = out; *line != '\0'; ) {
        size_t k = 0, len = strcspn(line, "\n");
        while (shape[k] != '\0' && (shape[k] == 'd'
               ? line[k] >= '0' && line[k] <= '9' : line[k] == shape[k]))
            k++;
        if (shape[k] == '\0')
            o = stpcpy(o, "TIME"), line += k, len -= k;
        o = stpncpy(o, line, len + (line[len] == '\n'));
        line += len + (line[len] == '\n');
    }
    free(s);
    return out;
}
#line 8923 "pcall.nw"
static void test_spec_logging(void)
{
    int fd = memfd_create("spec-log", MFD_CLOEXEC);
    pcall_error *err = NULL;
    char want[1024] = "", *got;
    CU_ASSERT_FATAL(fd >= 0);
    pv *r = pcall(spec_logger, .iargs = pv_lit("((), (), ())"),
                  .log_fd = fd, .name = "Task-1",
                  .error = &err);
    got = spec_read_masked(fd);
    close(fd);
    if (r == NULL)
        pcall_error_fprint(stderr, err), free(got);
    pcall_error_free(err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    for (size_t i = 0; i < 3; i++) {
        int pid = (int)pv_as_int(pv_item(r, i));
        snprintf(want + strlen(want), sizeof want - strlen(want),
            "TIME: %%LOG-6-INFO: >>>> Begin child log Task-1:pid-%d\n"
            "TIME: %%SCRIPT-6-INFO: this is a message from %d\n"
            "TIME: %%LOG-6-INFO: <<<< End child log Task-1:pid-%d\n",
            pid, pid, pid);
    }
    CU_ASSERT_STRING_EQUAL(got, want);
    free(got);
    pv_free(r);
}
#line 8982 "pcall.nw"
static void test_spec_pcall_object(void)
{
    pcall_error *err = NULL;
    pcall_obj *p = pcall_new(&(pcall_options){ .steal = 1,
        .target = spec_add,
        .varkwargs = pv_lit("{'x': (1, 2, 3), 'y': (4, 5, 6)}") },
        &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_start(p, &err), 0);
    CU_ASSERT_PTR_NULL(pcall_results(p));
    CU_ASSERT_EQUAL(pcall_join(p, &err), 0);
    pv *results = pcall_results(p);
    spec_expect(results ? pv_ref(results) : NULL, err, "(5, 7, 9)");
    pcall_free(p);
}
#line 28123 "pcall.nw"
int main(int argc, char **argv)
{
    
#line 26648 "pcall.nw"
if (argc == 2 && strcmp(argv[1], "--scenarios-latex") == 0) {
    sc_latex(stdout);
    return 0;
}
#line 28126 "pcall.nw"
    for (int i = 1; i < argc && nonly < 64; i++)
        only[nonly++] = argv[i];
    
#line 28151 "pcall.nw"
strcpy(tmpdir, "/tmp/pcall-test.XXXXXX");
if (mkdtemp(tmpdir) == NULL) {
    perror("mkdtemp");
    return 2;
}
setenv("TMPDIR", tmpdir, 1);
#line 28129 "pcall.nw"
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
        return 2;
    }
    
#line 8451 "pcall.nw"
TEST("spec", test_spec_usages_add);
#line 8522 "pcall.nw"
TEST("spec", test_spec_single_target_positional);
#line 8552 "pcall.nw"
TEST("spec", test_spec_single_target_keyword);
#line 8585 "pcall.nw"
TEST("spec", test_spec_single_target_varkwargs);
#line 8621 "pcall.nw"
TEST("spec", test_spec_single_target_combo);
#line 8647 "pcall.nw"
TEST("spec", test_spec_single_target_zip_mismatch);
#line 8678 "pcall.nw"
TEST("spec", test_spec_multiple_targets_positional);
#line 8712 "pcall.nw"
TEST("spec", test_spec_multiple_targets_keyword);
#line 8752 "pcall.nw"
TEST("spec", test_spec_multiple_targets_combined);
#line 8781 "pcall.nw"
TEST("spec", test_spec_multiple_targets_zip_mismatch);
#line 8827 "pcall.nw"
TEST("spec", test_spec_errors_and_timeouts_exception);
#line 8863 "pcall.nw"
TEST("spec", test_spec_errors_and_timeouts_timeout);
#line 8953 "pcall.nw"
TEST("spec", test_spec_logging);
#line 9001 "pcall.nw"
TEST("spec", test_spec_pcall_object);
#line 16424 "pcall.nw"
TEST("values", test_values_scalars);
#line 16504 "pcall.nw"
TEST("values", test_values_strings);
TEST("values", test_values_utf8);
#line 16533 "pcall.nw"
TEST("values", test_values_sequences);
#line 16573 "pcall.nw"
TEST("values", test_values_ownership);
#line 16676 "pcall.nw"
TEST("values", test_values_equal_numbers);
TEST("values", test_values_equal_containers);
TEST("values", test_values_equal_dicts);
#line 16743 "pcall.nw"
TEST("values", test_values_hash_cpython);
TEST("values", test_values_hash_consistent);
#line 16837 "pcall.nw"
TEST("values", test_values_dict);
TEST("values", test_values_dict_big);
#line 16960 "pcall.nw"
TEST("values", test_values_repr_floats);
TEST("values", test_values_repr_strings);
TEST("values", test_values_repr_bytes);
TEST("values", test_values_repr_containers);
#line 17010 "pcall.nw"
TEST("values", test_values_fprint);
TEST("values", test_values_copy);
#line 17165 "pcall.nw"
TEST("values", test_values_checked_errors);
#line 17309 "pcall.nw"
TEST("values", test_values_region);
#line 17684 "pcall.nw"
TEST("values", test_values_oracle);
#line 17766 "pcall.nw"
TEST("values", test_values_printable);
#line 17869 "pcall.nw"
TEST("literal", test_literal_numbers);
#line 17913 "pcall.nw"
TEST("literal", test_literal_strings);
#line 17953 "pcall.nw"
TEST("literal", test_literal_containers);
#line 18130 "pcall.nw"
TEST("literal", test_literal_errors);
#line 18157 "pcall.nw"
TEST("literal", test_literal_parsen);
#line 18227 "pcall.nw"
TEST("literal", test_literal_depth);
#line 18283 "pcall.nw"
TEST("literal", test_literal_truncated);
#line 18391 "pcall.nw"
TEST("literal", test_literal_garbage);
#line 18515 "pcall.nw"
TEST("literal", test_literal_roundtrip);
#line 18551 "pcall.nw"
TEST("literal", test_literal_lit);
#line 18718 "pcall.nw"
TEST("literal", test_literal_oracle);
#line 19601 "pcall.nw"
TEST("pickle", test_pickle_exact_bytes);
TEST("pickle", test_pickle_round_trips);
TEST("pickle", test_pickle_frames);
TEST("pickle", test_pickle_abuse);
TEST("pickle", test_pickle_cpython_bad);
#line 19958 "pcall.nw"
TEST("pickle", test_pickle_from_cpython);
TEST("pickle", test_pickle_truncated);
TEST("pickle", test_pickle_deep);
TEST("pickle", test_pickle_shared);
TEST("pickle", test_pickle_memo_limit);
TEST("pickle", test_pickle_encode_depth);
#line 20598 "pcall.nw"
TEST("pcall", test_pcall_shared_result);
TEST("pickle", test_pickle_memo_pairs);
TEST("pickle", test_pickle_memo_bytes);
TEST("pickle", test_pickle_memo_shapes);
TEST("pickle", test_pickle_memo_oob_depth);
#line 20826 "pcall.nw"
TEST("pickle", test_pickle_dis);
TEST("pickle", test_pickle_oracle_from_python);
TEST("pickle", test_pickle_oracle_to_python);
TEST("pickle", test_pickle_oracle_dis);
TEST("pickle", test_pickle_tool);
TEST("pickle", test_pickle_tool_large);
TEST("pickle", test_pickle_tool_shared);
#line 20956 "pcall.nw"
TEST("pickle", test_pickle_oob);
#line 21002 "pcall.nw"
TEST("pickle", test_pickle_oob_region);
#line 21311 "pcall.nw"
TEST("zipargs", test_zip_single_positional);
TEST("zipargs", test_zip_single_keyword);
TEST("zipargs", test_zip_single_varkwargs);
TEST("zipargs", test_zip_single_combo);
TEST("zipargs", test_zip_single_mismatch);
TEST("zipargs", test_zip_multi_positional);
TEST("zipargs", test_zip_multi_limits);
TEST("zipargs", test_zip_counting);
TEST("zipargs", test_zip_kind_errors);
TEST("zipargs", test_zip_varkwargs_errors);
TEST("zipargs", test_zip_twice);
TEST("zipargs", test_zip_snapshot);
TEST("zipargs", test_zip_checked_errors);
TEST("zipargs", test_zip_pcall_arg);
#line 21453 "pcall.nw"
TEST("proc", test_proc_results_in_call_order);
#line 21504 "pcall.nw"
TEST("proc", test_proc_exit_statuses);
#line 21551 "pcall.nw"
TEST("proc", test_proc_big_result);
#line 21870 "pcall.nw"
TEST("proc", test_proc_large_shared);
TEST("proc", test_proc_large_split_header);
TEST("proc", test_proc_large_lies);
TEST("proc", test_proc_large_undumpable);
TEST("proc", test_proc_parts_lies);
#line 21915 "pcall.nw"
TEST("proc", test_proc_many_calls_few_descriptors);
#line 21966 "pcall.nw"
TEST("proc", test_proc_user_cap);
#line 22018 "pcall.nw"
TEST("proc", test_proc_on_done);
#line 22107 "pcall.nw"
TEST("proc", test_proc_grandchild_holds_pipe);
#line 22140 "pcall.nw"
TEST("proc", test_proc_host_ignores_sigchld);
#line 22173 "pcall.nw"
TEST("proc", test_proc_host_sigchld_handler);
#line 22259 "pcall.nw"
TEST("proc", test_proc_child_hygiene);
#line 22325 "pcall.nw"
TEST("proc", test_proc_stdio_flushed_before_fork);
#line 22354 "pcall.nw"
TEST("proc", test_proc_stdio_flushed_after_host_code);
#line 22421 "pcall.nw"
TEST("proc", test_proc_parent_killed);
#line 22472 "pcall.nw"
TEST("proc", test_proc_fork_eagain_waits_for_a_slot);
#line 22511 "pcall.nw"
TEST("proc", test_proc_fork_eagain_alone_fails);
#line 22546 "pcall.nw"
TEST("proc", test_proc_edges);
#line 22627 "pcall.nw"
TEST("proc", test_proc_timeout_sleeper);
TEST("proc", test_proc_timeout_ignores_term);
TEST("proc", test_proc_timeout_blocks_term);
#line 22651 "pcall.nw"
TEST("proc", test_proc_timeout_stopped_child);
#line 22684 "pcall.nw"
TEST("proc", test_proc_timeout_grandchildren);
#line 22712 "pcall.nw"
TEST("proc", test_proc_timeout_cancels_pending);
#line 22756 "pcall.nw"
TEST("proc", test_proc_terminate);
#line 22780 "pcall.nw"
TEST("proc", test_proc_free_kills_and_cleans);
#line 22851 "pcall.nw"
TEST("proc", test_proc_eintr);
#line 22885 "pcall.nw"
TEST("proc", test_proc_without_pidfd);
#line 23070 "pcall.nw"
TEST("proc", test_timeout_run_time);
TEST("proc", test_timeout_late_join);
TEST("proc", test_timeout_forking);
#line 23178 "pcall.nw"
TEST("proc", test_living_means_alive);
TEST("proc", test_terminate_from_anywhere);
#line 23699 "pcall.nw"
TEST("errors", test_errors_table_exits);
TEST("errors", test_errors_table_signals);
TEST("errors", test_errors_table_records);
TEST("errors", test_errors_cause);
TEST("errors", test_errors_new_and_names);
TEST("errors", test_errors_raise_outside_child);
TEST("errors", test_errors_raised);
TEST("errors", test_errors_signals);
TEST("errors", test_errors_exits);
TEST("errors", test_errors_bad_results);
TEST("errors", test_errors_timeout);
#line 23852 "pcall.nw"
TEST("errors", test_errors_misuse);
TEST("errors", test_errors_out_of_memory);
#line 23968 "pcall.nw"
TEST("logs", test_logs_merge_format);
#line 24021 "pcall.nw"
TEST("logs", test_logs_how_each_child_ended);
#line 24052 "pcall.nw"
TEST("logs", test_logs_cancelled_have_no_section);
#line 24124 "pcall.nw"
TEST("logs", test_logs_files_are_private);
#line 24154 "pcall.nw"
TEST("logs", test_logs_lost_output);
#line 24205 "pcall.nw"
TEST("logs", test_logs_pcall_log);
#line 24236 "pcall.nw"
TEST("logs", test_logs_capture_off);
#line 24481 "pcall.nw"
TEST("pcall", test_pcall_large_and_small);
TEST("pcall", test_pcall_large_not_dumpable);
TEST("pcall", test_pcall_too_many_buffers);
#line 24793 "pcall.nw"
TEST("pcall", test_pcall_timeout_infinite);
#line 25260 "pcall.nw"
TEST("pcall", test_pcall_logs_nonblocking_stderr);
TEST("pcall", test_pcall_logs_stderr_closed);
TEST("pcall", test_pcall_log_fd_not_open);
TEST("pcall", test_pcall_logs_reader_gone);
TEST("pcall", test_pcall_logs_go_on_after_a_failure);
#line 25497 "pcall.nw"
TEST("threads", test_pcall_start_in_thread);
#line 25501 "pcall.nw"
TEST("nested", test_pcall_nested);
TEST("nested", test_pcall_nested_raise);
TEST("nested", test_pcall_nested_timeout);
#line 25507 "pcall.nw"
TEST("pcall", test_pcall_child_region);
TEST("pcall", test_pcall_life_cycle);
TEST("pcall", test_pcall_terminate);
TEST("pcall", test_pcall_on_done);
TEST("pcall", test_pcall_fail_fast);
TEST("pcall", test_pcall_lowest_index);
TEST("pcall", test_pcall_ownership);
TEST("pcall", test_pcall_bad_targets);
TEST("pcall", test_pcall_bad_options);
TEST("pcall", test_pcall_system_error);
TEST("pcall", test_pcall_counts);
TEST("pcall", test_pcall_max_procs);
TEST("pcall", test_pcall_log_destinations);
TEST("pcall", test_pcall_large_result);
#line 25631 "pcall.nw"
TEST("pcall", test_pcall_options_size);
TEST("pcall", test_pcall_keep_const_arg);
TEST("pcall", test_pcall_version);
#line 26379 "pcall.nw"
TEST("pidns", test_reliability_scenarios_pidns);
TEST("pidns", test_pidns_spec_examples);
TEST("pidns", test_pidns_refused);
#line 26590 "pcall.nw"
TEST("reliability", test_reliability_scenarios);
#line 26875 "pcall.nw"
TEST("reliability", test_reliability_emfile);
#line 26939 "pcall.nw"
TEST("reliability", test_reliability_log_dir_gone);
#line 27071 "pcall.nw"
TEST("reliability", test_reliability_nproc);
#line 27489 "pcall.nw"
TEST("soak", test_soak);
#line 27915 "pcall.nw"
TEST("fuzz", test_fuzz_crashers_replay);
#line 29500 "pcall.nw"
TEST("bench", test_bench_command_line);
#line 28134 "pcall.nw"
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failure_records();
    unsigned run = CU_get_number_of_tests_run();
    unsigned failed = CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    rmdir(tmpdir);
    if (run == 0) {
        fprintf(stderr, "no test matched\n");
        return 2;
    }
    printf("\n%u passed, %u failed\n", run - failed, failed);
    return failures == 0 ? 0 : 1;
}
