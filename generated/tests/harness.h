#line 31255 "pcall.nw"
/* tests/harness.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_TEST_HARNESS_H
#define PCALL_TEST_HARNESS_H
#include <CUnit/Basic.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "pcall.h"
#include "proc.h"          /* the tests reach the library's internals */
#include "internal.h"
#line 31302 "pcall.nw"
void add_test(const char *suite, const char *name, CU_TestFunc fn);
#define TEST(suite, fn) add_test((suite), #fn, (fn))
#line 31489 "pcall.nw"
int harness_start(int argc, char **argv);
int harness_finish(void);
#line 31359 "pcall.nw"
extern char tmpdir[64];  /* the suite's private TMPDIR */
int count_fds(void);
int left_behind(const char *who, int fds);
void arm_watchdog(void);
#line 18938 "pcall.nw"
#define PVT_CHECK(c) \
    ((c) ? (void)0 : (void)fprintf(stderr, "line %d: %s\n", \
                                   __LINE__, #c))
#line 24877 "pcall.nw"
#define T_OUT ((under_valgrind() ? 1.0 : 0.3) * time_scale())
#define GRACE ((under_valgrind() ? 0.5 : 0.2) * time_scale())
#line 27373 "pcall.nw"
typedef struct slow_reader {
    int fd;                     /* the pipe's read end */
    pthread_t thread;
    char got[1 << 18];          /* what came through (filler too) */
    size_t len;
} slow_reader;
#line 31543 "pcall.nw"
/* The specification's targets (Chapter "The specification's
   examples"). */
pv *spec_func(const pv *args, const pv *kwargs);
pv *spec_func1(const pv *args, const pv *kwargs);
pv *spec_func2(const pv *args, const pv *kwargs);
pv *spec_func3(const pv *args, const pv *kwargs);
pv *spec_add(const pv *args, const pv *kwargs);
void spec_expect(pv *got, pcall_error *err, const char *want);
char *spec_read_masked(int fd);
/* The values' allocator and aborts (Chapter "Testing the values"). */
void pvt_expect_abort(void (*fn)(void), const char *want);
extern max_align_t pvt_region[4096 / sizeof(max_align_t)];
int pvt_in_region(const void *p);
/* The command-line tools (Chapter "Testing pickle"). */
char *pk_read_all(FILE *f);
char *pk_sh(const char *cmd, int *status);
void pk_tool(const char *cmd, int status, const char *want);
#line 31563 "pcall.nw"
/* Children and their bodies (Chapter "Testing the process
   lifecycle"). */
double test_now(void);
int under_valgrind(void);
double time_scale(void);
pcall_proc_config proc_cfg(size_t n, pcall_proc_body *body);
pcall_procs *proc_run(const pcall_proc_config *c, int want,
                      double *secs);
int body_echo(size_t i, void *arg, int fd);
int outcome_is(pcall_proc_outcome *o, const char *data);
int echoed(pcall_procs *p, size_t i);
int body_status(size_t i, void *arg, int fd);
int body_nap(size_t i, void *arg, int fd);
double slack(void);
int group_gone(pid_t pgid);
int body_sleep(size_t i, void *arg, int fd);
int body_family(size_t i, void *arg, int fd);
int body_ready_then_sleep(size_t i, void *arg, int fd);
void wait_ready(pcall_procs *p);
void test_proc_grandchild_holds_pipe(void);
#line 31586 "pcall.nw"
/* Timeouts (Chapter "Testing timeouts"). */
void test_timeout_run_time(void);
void test_timeout_late_join(void);
void test_timeout_forking(void);
void test_living_means_alive(void);
void test_terminate_from_anywhere(void);
/* Errors (Chapter "Testing errors"). */
const char *nn(const char *s);
void errors_no_core(void);
pv *misbehave(const pv *args, const pv *kwargs);
void expect_call_error(pcall_error *e, pcall_error_kind kind,
                       size_t index, const char *fmt);
double errors_now(void);
/* The object (Chapter "Testing the Pcall object"). */
pv *napper(const pv *args, const pv *kwargs);
int sections_in(const char *text);
int stderr_full_pipe(slow_reader *r);
void stderr_back(slow_reader *r, int saved);
void test_pcall_nested_raise(void);
/* The table of scenarios (Chapter "What can go wrong"). */
void sc_latex(FILE *f);
#line 31616 "pcall.nw"
void register_spec_tests(void);
void register_values_tests(void);
void register_literal_tests(void);
void register_pickle_tests(void);
void register_zipargs_tests(void);
void register_proc_tests(void);
void register_timeouts_tests(void);
void register_errors_tests(void);
void register_logs_tests(void);
void register_pcall_tests(void);
void register_reliability_tests(void);
void register_fuzz_tests(void);
void register_bench_tests(void);
#line 31280 "pcall.nw"
#endif
