#line 9561 "pcall.nw"
/* demo.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <stdio.h>
#include <unistd.h>
#include "pcall.h"

/* def add(x, y): return x + y */
static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    pcall_log("this is a message from %d", (int)getpid());
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

#line 9582 "pcall.nw"
int main(void)
{
    pcall_error *err;
    pv *result = pcall(add, .varkwargs = pv_lit(
        "{'x': (1, 2, 3), 'y': (4, 5, 6)}"), .error = &err);
    if (result == NULL) {
        pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        return 1;
    }
    pv_fprint(stdout, result);              /* (5, 7, 9) */
    putchar('\n');
    pv_free(result);
    return 0;
}
