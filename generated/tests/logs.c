#line 26201 "pcall.nw"
/* tests/logs.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 26221 "pcall.nw"
#include "logs.h"
#include <dirent.h>
#include <sys/mman.h>
#include <sys/stat.h>
#line 26228 "pcall.nw"
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
#line 26252 "pcall.nw"
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
#line 26272 "pcall.nw"
static int same_text(const char *got, const char *want)
{
    if (strcmp(got, want) == 0)
        return 1;
    fprintf(stderr, "\n--- got:\n%s--- wanted:\n%s---\n", got, want);
    return 0;
}
#line 26288 "pcall.nw"
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
#line 26331 "pcall.nw"
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
#line 26347 "pcall.nw"
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
#line 26384 "pcall.nw"
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
#line 26419 "pcall.nw"
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
#line 26454 "pcall.nw"
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
#line 26489 "pcall.nw"
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
#line 26519 "pcall.nw"
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
#line 26542 "pcall.nw"
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
#line 26564 "pcall.nw"
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

#line 26207 "pcall.nw"
void register_logs_tests(void)
{
    
#line 26323 "pcall.nw"
TEST("logs", test_logs_merge_format);
#line 26376 "pcall.nw"
TEST("logs", test_logs_how_each_child_ended);
#line 26407 "pcall.nw"
TEST("logs", test_logs_cancelled_have_no_section);
#line 26479 "pcall.nw"
TEST("logs", test_logs_files_are_private);
#line 26509 "pcall.nw"
TEST("logs", test_logs_lost_output);
#line 26560 "pcall.nw"
TEST("logs", test_logs_pcall_log);
#line 26591 "pcall.nw"
TEST("logs", test_logs_capture_off);
#line 26210 "pcall.nw"
}
