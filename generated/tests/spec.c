#line 31198 "pcall.nw"
/* tests/spec.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#include <sys/mman.h>
#line 9541 "pcall.nw"
static void test_spec_usages_add(void)
{
    pcall_error *err;
    pv *result = pcall(spec_add, .varkwargs = pv_lit(
        "{'x': (1, 2, 3), 'y': (4, 5, 6)}"), .error = &err);
    spec_expect(result, err, "(5, 7, 9)");
}
#line 9611 "pcall.nw"
static void test_spec_single_target_positional(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .cargs = pv_lit("(1, 2, 3)"),
                  .iargs = pv_lit("((4,), (5,), (6,))"), .error = &err);
    spec_expect(r, err, "(((1, 2, 3, 4), {}), ((1, 2, 3, 5), {}), "
                "((1, 2, 3, 6), {}))");
}
#line 9638 "pcall.nw"
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
#line 9671 "pcall.nw"
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
#line 9703 "pcall.nw"
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
#line 9736 "pcall.nw"
static void test_spec_single_target_zip_mismatch(void)
{
    pcall_error *err;
    pv *r = pcall(spec_func, .iargs = pv_lit("((1, 2), (3, 4), (5, 6))"),
                  .ikwargs = pv_lit("({'a': 1}, {'a': 2})"),
                  .error = &err);
    spec_expect(r, err, "(((1, 2), {'a': 1}), ((3, 4), {'a': 2}))");
}
#line 9763 "pcall.nw"
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
#line 9794 "pcall.nw"
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
#line 9832 "pcall.nw"
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
#line 9867 "pcall.nw"
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
#line 9893 "pcall.nw"
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
#line 9910 "pcall.nw"
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
#line 9937 "pcall.nw"
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
#line 9991 "pcall.nw"
static pv *spec_logger(const pv *args, const pv *kwargs)
{
    (void)args, (void)kwargs;
    pcall_log("this is a message from %d", (int)getpid());
    return pv_int(getpid());
}
#line 10023 "pcall.nw"
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
#line 10082 "pcall.nw"
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

#line 31204 "pcall.nw"
void register_spec_tests(void)
{
    
#line 9551 "pcall.nw"
TEST("spec", test_spec_usages_add);
#line 9622 "pcall.nw"
TEST("spec", test_spec_single_target_positional);
#line 9652 "pcall.nw"
TEST("spec", test_spec_single_target_keyword);
#line 9685 "pcall.nw"
TEST("spec", test_spec_single_target_varkwargs);
#line 9721 "pcall.nw"
TEST("spec", test_spec_single_target_combo);
#line 9747 "pcall.nw"
TEST("spec", test_spec_single_target_zip_mismatch);
#line 9778 "pcall.nw"
TEST("spec", test_spec_multiple_targets_positional);
#line 9812 "pcall.nw"
TEST("spec", test_spec_multiple_targets_keyword);
#line 9852 "pcall.nw"
TEST("spec", test_spec_multiple_targets_combined);
#line 9881 "pcall.nw"
TEST("spec", test_spec_multiple_targets_zip_mismatch);
#line 9927 "pcall.nw"
TEST("spec", test_spec_errors_and_timeouts_exception);
#line 9963 "pcall.nw"
TEST("spec", test_spec_errors_and_timeouts_timeout);
#line 10053 "pcall.nw"
TEST("spec", test_spec_logging);
#line 10101 "pcall.nw"
TEST("spec", test_spec_pcall_object);
#line 31207 "pcall.nw"
}
