/* The install check's C program (make check-install): built with
 * pkg-config against an installed pcall, shared and static.  It
 * must print "(5, 7, 9) VERSION". */
#include <stdio.h>
#include <string.h>
#include <pcall/pcall.h>

/* def add(x, y): return x + y */
static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

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
    if (strcmp(pcall_version(), PCALL_VERSION_STRING) != 0)
        return 2;
    pv_fprint(stdout, result);
    printf(" %s\n", pcall_version());
    pv_free(result);
    return 0;
}
