#line 31237 "pcall.nw"
/* tests/bench.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#line 32965 "pcall.nw"
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

#line 31242 "pcall.nw"
void register_bench_tests(void)
{
    
#line 32999 "pcall.nw"
TEST("bench", test_bench_command_line);
#line 31245 "pcall.nw"
}
