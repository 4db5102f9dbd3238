#line 25505 "pcall.nw"
/* tests/errors.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 25527 "pcall.nw"
#include <fnmatch.h>
#include <sys/resource.h>
#include <sys/time.h>
#include "errors.h"
#include "pickle.h"
#line 26086 "pcall.nw"
int64_t errors_misuse(const pv *v, size_t i);
void errors_exhaust_memory(void);
#line 25542 "pcall.nw"
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
#line 25561 "pcall.nw"
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
#line 25585 "pcall.nw"
#define JUDGED(po, timeout, want) do {                              \
        char *got_ = judged((po), (timeout));                       \
        CU_ASSERT_STRING_EQUAL(got_, (want));                       \
        if (strcmp(got_, (want)) != 0)                              \
            fprintf(stderr, "\n  got:  %s\n  want: %s\n", got_,     \
                    (want));                                        \
        free(got_);                                                 \
    } while (0)
#line 25596 "pcall.nw"
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
#line 25618 "pcall.nw"
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
#line 25652 "pcall.nw"
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
#line 25684 "pcall.nw"
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
    
#line 25711 "pcall.nw"
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
#line 25705 "pcall.nw"
    pcall_error_free(e);
    free(po.data);
}
#line 25729 "pcall.nw"
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
#line 25773 "pcall.nw"
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
#line 25809 "pcall.nw"
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
    
#line 25828 "pcall.nw"
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
    
#line 25863 "pcall.nw"
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
#line 25850 "pcall.nw"
if (strcmp(how, "sleep") == 0)
    sleep(30);
#line 26068 "pcall.nw"
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
#line 28916 "pcall.nw"
if (strcmp(how, "abort") == 0)
    abort();
if (strcmp(how, "big-crash") == 0)
    
#line 28947 "pcall.nw"
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
#line 28920 "pcall.nw"
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
#line 29300 "pcall.nw"
if (strcmp(how, "leave-group") == 0) {
    setpgid(0, getpgid(getppid()));     /* into the host's group */
    sleep(15);
}
if (strcmp(how, "orphan") == 0 && fork() == 0)
    for (;;)
        pause();                        /* a helper left behind */
#line 29371 "pcall.nw"
if (strcmp(how, "pause") == 0)
    for (;;)
        pause();                /* through any signal it catches */
#line 25823 "pcall.nw"
    return pv_str(how);
}
#line 25886 "pcall.nw"
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
#line 25932 "pcall.nw"
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
#line 25947 "pcall.nw"
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
#line 25964 "pcall.nw"
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
#line 25980 "pcall.nw"
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
#line 26021 "pcall.nw"
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
#line 26091 "pcall.nw"
__attribute__((noinline)) int64_t errors_misuse(const pv *v, size_t i)
{
    int64_t x = pv_as_int(pv_is(v, PV_TUPLE) ? pv_item(v, i) : v);
    return x + 1;
}
#line 26099 "pcall.nw"
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
#line 26137 "pcall.nw"
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
#line 26158 "pcall.nw"
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

#line 25511 "pcall.nw"
void register_errors_tests(void)
{
    
#line 26036 "pcall.nw"
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
#line 26189 "pcall.nw"
TEST("errors", test_errors_misuse);
TEST("errors", test_errors_out_of_memory);
#line 25514 "pcall.nw"
}
