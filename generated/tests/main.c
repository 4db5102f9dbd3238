#line 31632 "pcall.nw"
/* tests/main.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"

static void (*const chapters[])(void) = {
    register_spec_tests, register_values_tests,
    register_literal_tests, register_pickle_tests,
    register_zipargs_tests, register_proc_tests,
    register_timeouts_tests, register_errors_tests,
    register_logs_tests, register_pcall_tests,
    register_reliability_tests, register_fuzz_tests,
    register_bench_tests,
};

int main(int argc, char **argv)
{
    
#line 29856 "pcall.nw"
if (argc == 2 && strcmp(argv[1], "--scenarios-latex") == 0) {
    sc_latex(stdout);
    return 0;
}
#line 31649 "pcall.nw"
    int rc = harness_start(argc, argv);
    if (rc != 0)
        return rc;
    for (size_t i = 0; i < sizeof chapters / sizeof chapters[0]; i++)
        chapters[i]();
    return harness_finish();
}
