#line 30924 "pcall.nw"
/* fuzz-literal.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "literal.h"

#line 30938 "pcall.nw"
/* 1 if no float in v, at any depth, is an infinity or a nan. */
static int all_finite(const pv *v)
{
    switch (pv_kind_of(v)) {
    case PV_FLOAT:
        return isfinite(pv_as_float(v));
    case PV_TUPLE:
    case PV_LIST:
        for (size_t i = 0; i < pv_len(v); i++)
            if (!all_finite(pv_item(v, i)))
                return 0;
        return 1;
    case PV_DICT:
        for (size_t i = 0; i < pv_len(v); i++)
            if (!all_finite(pv_dict_key(v, i))
                || !all_finite(pv_dict_value(v, i)))
                return 0;
        return 1;
    default:
        return 1;
    }
}
#line 30967 "pcall.nw"
static void broken(const char *what, const char *a, const char *b)
{
    fprintf(stderr, "fuzz-literal: %s\n  first:  %s\n  second: %s\n",
            what, a, b);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pv_err err;
    pv *v = pv_parsen((const char *)data, size, &err);
    if (v == NULL)
        return 0;                       /* refused: fine */
    char *r1 = pv_repr(v);
    if (all_finite(v)) {
        pv *w = pv_parse(r1, &err);
        if (w == NULL)
            broken("cannot parse our own repr", r1, err.msg);
        char *r2 = pv_repr(w);
        if (strcmp(r1, r2) != 0)
            broken("parse, repr, parse changed the value", r1, r2);
        free(r2);
        pv_free(w);
    }
    free(r1);
    pv_free(v);
    return 0;
}
