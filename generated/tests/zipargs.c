#line 22970 "pcall.nw"
/* tests/zipargs.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 22988 "pcall.nw"
#include "zipargs.h"
#line 22992 "pcall.nw"
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
#line 23017 "pcall.nw"
#define ZIP_EXPECT(want, ...) do {                                  \
        char *got_ = zip_repr(__VA_ARGS__);                         \
        CU_ASSERT_STRING_EQUAL(got_, (want));                       \
        if (strcmp(got_, (want)) != 0)                              \
            fprintf(stderr, "\n  got:  %s\n  want: %s\n", got_,     \
                    (want));                                        \
        free(got_);                                                 \
    } while (0)
#line 23034 "pcall.nw"
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
#line 23062 "pcall.nw"
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
#line 23086 "pcall.nw"
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
#line 23112 "pcall.nw"
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
#line 23130 "pcall.nw"
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
#line 23154 "pcall.nw"
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
#line 23177 "pcall.nw"
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
#line 23201 "pcall.nw"
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
    
#line 23253 "pcall.nw"
pv_list_append(ca, pv_int(-1));
pv_list_append(pv_item(ia, 0), pv_int(-1));
pv_list_append(ia, pv_lit("[4]"));
pv_dict_set(ck, pv_str("k"), pv_str("changed"), NULL);
pv_dict_set(pv_item(ik, 0), pv_str("x"), pv_int(-1), NULL);
pv_dict_set(vk, pv_str("y"), pv_lit("[1, 2]"), NULL);
pv_list_append(pv_dict_get_str(vk, "x"), pv_int(40));
pv_free(ca), pv_free(ia), pv_free(ck), pv_free(ik), pv_free(vk);
#line 23222 "pcall.nw"
    zip_call_is(z, 1, "((0, 2), {'k': 'c', 'x': 20})");
    zip_call_is(z, 0, "((0, 1), {'k': 'c', 'a': 1, 'x': 10})");
    pcall_zip_free(z);
}
#line 23232 "pcall.nw"
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
#line 23266 "pcall.nw"
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

#line 22976 "pcall.nw"
void register_zipargs_tests(void)
{
    
#line 23285 "pcall.nw"
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
#line 22979 "pcall.nw"
}
