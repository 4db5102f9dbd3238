// The install check's C++ program (make check-install): the
// installed headers compile as C++ and link with C linkage.  C++ has
// no compound literals, so it fills pcall_options itself.  It must
// print "(5, 7, 9) VERSION".
#include <cstdio>
#include <cstring>
#include <pcall/pcall.h>

static pv *add(const pv *args, const pv *kwargs)
{
    const pv *x = pcall_arg(args, kwargs, 0, "x");
    const pv *y = pcall_arg(args, kwargs, 1, "y");
    if (x == NULL || y == NULL)
        pcall_raise("TypeError", "add() needs x and y");
    return pv_int(pv_as_int(x) + pv_as_int(y));
}

int main()
{
    pcall_error *err = NULL;
    pcall_options o = pcall_options();
    o.size = sizeof o;
    o.target = add;
    o.varkwargs = pv_lit("{'x': (1, 2, 3), 'y': (4, 5, 6)}");
    pcall_obj *p = pcall_new(&o, &err);
    pv_free(o.varkwargs);              // pcall_new took its own
    if (p == NULL || pcall_start(p, &err) != 0
        || pcall_join(p, &err) != 0) {
        pcall_error_fprint(stderr, err);
        pcall_error_free(err);
        pcall_free(p);
        return 1;
    }
    if (std::strcmp(pcall_version(), PCALL_VERSION_STRING) != 0)
        return 2;
    pv_fprint(stdout, pcall_results(p));
    std::printf(" %s\n", pcall_version());
    pcall_free(p);
    return 0;
}
