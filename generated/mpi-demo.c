#line 34590 "pcall.nw"
/* mpi-demo.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <stdio.h>
#include <unistd.h>
#include "pcall-mpi.h"

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

static const pcall_mpi_target targets[] = { { "add", add } };

int main(int argc, char **argv)
{
    pcall_error *err;
    int r = pcall_mpi_init(&argc, &argv, targets, 1, &err);
    if (r != PCALL_MPI_HOST) {          /* served, or failed */
        if (r < 0)
            pcall_error_fprint(stderr, err);
        return r < 0;
    }
    pv *result = pcall(add, .varkwargs = pv_lit(
        "{'x': (1, 2, 3), 'y': (4, 5, 6)}"), .error = &err);
    int failed = result == NULL;
    if (failed)
        pcall_error_fprint(stderr, err);
    else
        pv_fprint(stdout, result);      /* (5, 7, 9) */
    printf("\n");
    pv_free(result);
    pcall_mpi_finalize();
    return failed;
}
