#line 31224 "pcall.nw"
/* tests/fuzz.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include "harness.h"
#include <dirent.h>
#line 31088 "pcall.nw"
static void test_fuzz_crashers_replay(void)
{
    DIR *d = opendir("tests/fuzz/crashers");
    struct dirent *e;
    int seen = 0;
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    while ((e = readdir(d)) != NULL) {
        
#line 31103 "pcall.nw"
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
#line 31096 "pcall.nw"
    }
    closedir(d);
    CU_ASSERT(seen >= 2);
}

#line 31230 "pcall.nw"
void register_fuzz_tests(void)
{
    
#line 31125 "pcall.nw"
TEST("fuzz", test_fuzz_crashers_replay);
#line 31233 "pcall.nw"
}
