#line 30805 "pcall.nw"
/* fuzz-pickle.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pickle.h"

#line 30822 "pcall.nw"
static void broken(const char *what, const char *a, const char *b)
{
    fprintf(stderr, "fuzz-pickle: %s\n  first:  %s\n  second: %s\n",
            what, a, b);
    abort();
}
#line 30847 "pcall.nw"
enum { FUZZ_MAX_NODES = 1 << 16 };

/* What is left of budget after counting v's nodes, each shared item
   once per reference; -1 once the budget is spent. */
static long nodes(const pv *v, long budget)
{
    if (--budget < 0)
        return -1;
    switch (pv_kind_of(v)) {
    case PV_TUPLE:
    case PV_LIST:
        for (size_t i = 0; i < pv_len(v) && budget >= 0; i++)
            budget = nodes(pv_item(v, i), budget);
        return budget;
    case PV_DICT:
        for (size_t i = 0; i < pv_len(v) && budget >= 0; i++) {
            budget = nodes(pv_dict_key(v, i), budget);
            if (budget >= 0)
                budget = nodes(pv_dict_value(v, i), budget);
        }
        return budget;
    default:
        return budget;
    }
}
#line 30880 "pcall.nw"
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pv_err err;
    pv *v = pv_unpickle(data, size, &err);
    if (v == NULL)
        return 0;                       /* refused: fine */
    if (nodes(v, FUZZ_MAX_NODES) < 0) {
        pv_free(v);                     /* too big to round-trip */
        return 0;
    }
    char *r1 = pv_repr(v);
    
#line 30908 "pcall.nw"
unsigned char *buf;
size_t len;
if (pv_pickle(v, &buf, &len, &err) != 0)
    broken("cannot encode a decoded value", r1, err.msg);
#line 30892 "pcall.nw"
    pv *w = pv_unpickle(buf, len, &err);
    if (w == NULL)
        broken("cannot decode our own pickle", r1, err.msg);
    char *r2 = pv_repr(w);
    if (strcmp(r1, r2) != 0)
        broken("decode, encode, decode changed the value", r1, r2);
    free(r2);
    free(r1);
    free(buf);
    pv_free(w);
    pv_free(v);
    return 0;
}
