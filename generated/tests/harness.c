#line 31284 "pcall.nw"
/* tests/harness.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#include <dirent.h>
#line 31307 "pcall.nw"
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
#line 31332 "pcall.nw"
void add_test(const char *suite, const char *name, CU_TestFunc fn)
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
#line 31366 "pcall.nw"
char tmpdir[64];
static int fds_before;
static const char *current = "(none)";

int count_fds(void)
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
#line 31403 "pcall.nw"
int left_behind(const char *who, int fds)
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
#line 31459 "pcall.nw"
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

void arm_watchdog(void)
{
    const char *e = getenv("PCALL_TEST_TIMEOUT");
    unsigned secs = e ? (unsigned)atoi(e) : 60;
    signal(SIGALRM, watchdog_fired);
    alarm(secs ? secs : 60);
}

#line 31433 "pcall.nw"
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
#line 31494 "pcall.nw"
int harness_start(int argc, char **argv)
{
    for (int i = 1; i < argc && nonly < 64; i++)
        only[nonly++] = argv[i];
    
#line 31509 "pcall.nw"
strcpy(tmpdir, "/tmp/pcall-test.XXXXXX");
if (mkdtemp(tmpdir) == NULL) {
    perror("mkdtemp");
    return 2;
}
setenv("TMPDIR", tmpdir, 1);
#line 31499 "pcall.nw"
    if (CU_initialize_registry() != CUE_SUCCESS) {
        fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
        rmdir(tmpdir);
        return 2;
    }
    return 0;
}
#line 31518 "pcall.nw"
int harness_finish(void)
{
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
#line 9463 "pcall.nw"
pv *spec_func(const pv *args, const pv *kwargs)
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
#line 9480 "pcall.nw"
pv *spec_func1(const pv *args, const pv *kwargs)
{
    return spec_named("func1", args, kwargs);
}
pv *spec_func2(const pv *args, const pv *kwargs)
{
    return spec_named("func2", args, kwargs);
}
pv *spec_func3(const pv *args, const pv *kwargs)
{
    return spec_named("func3", args, kwargs);
}

pv *spec_add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}
#line 9507 "pcall.nw"
void spec_expect(pv *got, pcall_error *err, const char *want)
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
#line 10000 "pcall.nw"
char *spec_read_masked(int fd)
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
#line 18782 "pcall.nw"
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
#line 18799 "pcall.nw"
void pvt_expect_abort(void (*fn)(void), const char *want)
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
        
#line 18830 "pcall.nw"
struct rlimit no_core = { 0, 0 };
setrlimit(RLIMIT_CORE, &no_core);
dup2(p[1], 2);
close(p[0]);
close(p[1]);
fn();
_exit(0);                   /* fn did not abort: the test fails */
#line 18813 "pcall.nw"
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
#line 18944 "pcall.nw"
max_align_t pvt_region[4096 / sizeof(max_align_t)];

int pvt_in_region(const void *p)
{
    uintptr_t a = (uintptr_t)p, b = (uintptr_t)pvt_region;
    return a >= b && a - b < sizeof pvt_region;
}
#line 22045 "pcall.nw"
char *pk_read_all(FILE *f)
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
#line 22405 "pcall.nw"
char *pk_sh(const char *cmd, int *status)
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
#line 22419 "pcall.nw"
void pk_tool(const char *cmd, int status, const char *want)
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
#line 23341 "pcall.nw"
double test_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int under_valgrind(void)
{
    return getenv("PCALL_VALGRIND") != NULL;
}

double time_scale(void)
{
    static double scale;
    if (scale == 0) {
        
#line 23385 "pcall.nw"
const char *e = getenv("PCALL_TEST_TIME_SCALE");
double load[1];
long cpus = sysconf(_SC_NPROCESSORS_ONLN);
scale = 1;
if (e != NULL && atof(e) >= 1)
    scale = atof(e);
else if (getloadavg(load, 1) == 1 && cpus > 0
         && load[0] / (double)cpus > 1)
    scale = load[0] / (double)cpus > 4 ? 4 : load[0] / (double)cpus;
#line 23358 "pcall.nw"
    }
    return scale;
}

pcall_proc_config proc_cfg(size_t n, pcall_proc_body *body)
{
    pcall_proc_config c;
    memset(&c, 0, sizeof c);
    c.ncalls = n;
    c.body = body;
    return c;
}
#line 23397 "pcall.nw"
pcall_procs *proc_run(const pcall_proc_config *c, int want,
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
#line 23419 "pcall.nw"
int body_echo(size_t i, void *arg, int fd)
{
    char b[32];
    int n = snprintf(b, sizeof b, "call %zu", i);
    (void)arg;
    return pcall_proc_send(fd, b, (size_t)n) == 0 ? 0 : 1;
}

int outcome_is(pcall_proc_outcome *o, const char *data)
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

int echoed(pcall_procs *p, size_t i)
{
    char want[32];
    snprintf(want, sizeof want, "call %zu", i);
    return outcome_is(pcall_procs_outcome(p, i), want);
}
#line 23488 "pcall.nw"
int body_status(size_t i, void *arg, int fd)
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
#line 23965 "pcall.nw"
int body_nap(size_t i, void *arg, int fd)
{
    usleep(100000);
    return body_echo(i, arg, fd);
}
#line 24061 "pcall.nw"
double slack(void)
{
    return (under_valgrind() ? 3.0 : 1.0) * time_scale();
}

/* Is every process of the group gone?  The test is a subreaper, so
   grandchildren killed with the group come back to it to be reaped
   (pid 1 might never reap them). */
int group_gone(pid_t pgid)
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
#line 24088 "pcall.nw"
int body_sleep(size_t i, void *arg, int fd)
{
    (void)arg;
    if (i == 0)
        for (;;)
            sleep(10);
    return body_echo(i, arg, fd);
}
#line 24099 "pcall.nw"
int body_family(size_t i, void *arg, int fd)
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
#line 24411 "pcall.nw"
int body_ready_then_sleep(size_t i, void *arg, int fd)
{
    if (*(int *)arg)
        signal(SIGTERM, SIG_IGN);
    pcall_proc_send(fd, "ready", 5);
    (void)i;
    for (;;)
        sleep(10);
    return 0;
}

void wait_ready(pcall_procs *p)
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
#line 25535 "pcall.nw"
const char *nn(const char *s)
{
    return s != NULL ? s : "(NULL)";  /* CUnit's strcmp would crash */
}
#line 25765 "pcall.nw"
void errors_no_core(void)
{
    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
}
#line 25914 "pcall.nw"
void expect_call_error(pcall_error *e, pcall_error_kind kind,
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
#line 26012 "pcall.nw"
double errors_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}
#line 26632 "pcall.nw"
pv *napper(const pv *args, const pv *kwargs)
{
    const pv *nap = pcall_arg(args, kwargs, 0, "nap");
    double s = pv_is(nap, PV_FLOAT) ? pv_as_float(nap)
                                    : (double)pv_as_int(nap);
    struct timespec t = { (time_t)s, (long)((s - (time_t)s) * 1e9) };
    while (nanosleep(&t, &t) != 0)
        ;
    return pv_int(getpid());
}
#line 27355 "pcall.nw"
int sections_in(const char *text)
{
    int n = 0;
    for (const char *t = text; (t = strstr(t, "Begin child log"))
         != NULL; t++)
        n++;
    return n;
}
#line 27382 "pcall.nw"
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
#line 27396 "pcall.nw"
/* Descriptor 2 becomes a full non-blocking pipe, read slowly by r;
   returns a copy of the old descriptor 2. */
int stderr_full_pipe(slow_reader *r)
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

void stderr_back(slow_reader *r, int saved)
{
    dup2(saved, 2);                     /* the pipe's last writer */
    close(saved);
    pthread_join(r->thread, NULL);
    close(r->fd);
}
