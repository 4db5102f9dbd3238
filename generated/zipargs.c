#line 625 "pcall.nw"
/* zipargs.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#line 639 "pcall.nw"
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "zipargs.h"
#line 10865 "pcall.nw"
/* Internal to the library: not in any header.  In a pcall child the
   errors module installs a hook that raises a checked runtime error
   (or an allocation that failed: "MemoryError") as the target's
   error, and never returns; elsewhere pv_error_raise() returns and
   the caller prints its message and aborts. */
typedef void pv_error_hook(const char *type, const char *msg);
void pv_error_hook_set(pv_error_hook *hook);
void pv_error_raise(const char *type, const char *msg);
#line 654 "pcall.nw"
static int zip_fail(pv_err *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int zip_fail(pv_err *err, const char *fmt, ...)
{
    va_list ap;
    if (err == NULL)
        return -1;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *type_name(const pv *v)
{
    return pv_kind_name(pv_kind_of(v));
}

static int is_seq(const pv *v)
{
    return pv_is(v, PV_TUPLE) || pv_is(v, PV_LIST);
}
#line 685 "pcall.nw"
static int check_keys(const pv *d, const char *where, pv_err *err)
{
    for (size_t k = 0; k < pv_len(d); k++) {
        const pv *key = pv_dict_key(d, k);
        if (!pv_is(key, PV_STR)) {
            char *r = pv_repr(key);
            zip_fail(err, "%s: key %s must be a str, not %s", where,
                     r, type_name(key));
            free(r);
            return -1;
        }
    }
    return 0;
}
#line 706 "pcall.nw"
static int check_each(const pv *v, const char *name, pv_kind want,
                      pv_err *err)
{
    const char *what = want == PV_DICT ? "dict" : "sequence";
    char where[48];
    if (!is_seq(v))
        return zip_fail(err, "%s must be a tuple or list (one %s "
                        "per call), not %s", name, what, type_name(v));
    for (size_t i = 0; i < pv_len(v); i++) {
        const pv *item = pv_item(v, i);
        snprintf(where, sizeof where, "%s[%zu]", name, i);
        if (want == PV_DICT && !pv_is(item, PV_DICT))
            return zip_fail(err, "%s must be a dict, not %s", where,
                            type_name(item));
        if (want == PV_DICT && check_keys(item, where, err) < 0)
            return -1;
        if (want != PV_DICT && !is_seq(item))
            return zip_fail(err, "%s must be a tuple or list, not %s",
                            where, type_name(item));
    }
    return 0;
}
#line 734 "pcall.nw"
static int check_varkwargs(const pv *v, pv_err *err)
{
    if (!pv_is(v, PV_DICT))
        return zip_fail(err, "varkwargs must be a dict, not %s",
                        type_name(v));
    if (check_keys(v, "varkwargs", err) < 0)
        return -1;
    for (size_t k = 0; k < pv_len(v); k++) {
        const pv *seq = pv_dict_value(v, k);
        if (!is_seq(seq)) {
            char *r = pv_repr(pv_dict_key(v, k));
            zip_fail(err, "varkwargs[%s] must be a tuple or list (one "
                     "value per call), not %s", r, type_name(seq));
            free(r);
            return -1;
        }
    }
    return 0;
}
#line 758 "pcall.nw"
static int check_all(const pcall_zip_spec *s, pv_err *err)
{
    if (s->cargs != NULL && !is_seq(s->cargs))
        return zip_fail(err, "cargs must be a tuple or list, not %s",
                        type_name(s->cargs));
    if (s->iargs != NULL
        && check_each(s->iargs, "iargs", PV_TUPLE, err) < 0)
        return -1;
    if (s->ckwargs != NULL && !pv_is(s->ckwargs, PV_DICT))
        return zip_fail(err, "ckwargs must be a dict, not %s",
                        type_name(s->ckwargs));
    if (s->ckwargs != NULL
        && check_keys(s->ckwargs, "ckwargs", err) < 0)
        return -1;
    if (s->ikwargs != NULL
        && check_each(s->ikwargs, "ikwargs", PV_DICT, err) < 0)
        return -1;
    if (s->varkwargs != NULL && check_varkwargs(s->varkwargs, err) < 0)
        return -1;
    return 0;
}
#line 787 "pcall.nw"
static size_t zip_shorter(size_t n, const pv *seq)
{
    return pv_len(seq) < n ? pv_len(seq) : n;
}

static size_t count_calls(const pcall_zip_spec *s)
{
    size_t n = s->ntargets > 0 ? s->ntargets : SIZE_MAX;
    if (s->iargs != NULL)
        n = zip_shorter(n, s->iargs);
    if (s->ikwargs != NULL)
        n = zip_shorter(n, s->ikwargs);
    if (s->varkwargs != NULL)
        for (size_t k = 0; k < pv_len(s->varkwargs); k++)
            n = zip_shorter(n, pv_dict_value(s->varkwargs, k));
    return n == SIZE_MAX ? 1 : n;
}
#line 816 "pcall.nw"
static const pv *first_clash(const pv *d, const pv *a, const pv *b)
{
    for (size_t k = 0; k < pv_len(d); k++) {
        const pv *key = pv_dict_key(d, k);
        if ((a != NULL && pv_dict_get(a, key) != NULL)
            || (b != NULL && pv_dict_get(b, key) != NULL))
            return key;
    }
    return NULL;
}
#line 833 "pcall.nw"
static int keyword_twice(const pcall_zip_spec *s, size_t call,
                         const pv *key, int in_varkwargs, pv_err *err)
{
    char first[48], then[48];
    char *r = pv_repr(key);
    if (s->ckwargs != NULL && pv_dict_get(s->ckwargs, key) != NULL)
        snprintf(first, sizeof first, "ckwargs");
    else
        snprintf(first, sizeof first, "ikwargs[%zu]", call);
    if (in_varkwargs)
        snprintf(then, sizeof then, "varkwargs");
    else
        snprintf(then, sizeof then, "ikwargs[%zu]", call);
    zip_fail(err, "call %zu gets keyword argument %s twice: from %s "
             "and from %s", call, r, first, then);
    free(r);
    return -1;
}
#line 854 "pcall.nw"
static int check_twice(const pcall_zip_spec *s, size_t n, pv_err *err)
{
    for (size_t i = 0; i < n && (i == 0 || s->ikwargs != NULL); i++) {
        const pv *mine = s->ikwargs ? pv_item(s->ikwargs, i) : NULL;
        const pv *key;
        if (mine != NULL
            && (key = first_clash(mine, s->ckwargs, NULL)) != NULL)
            return keyword_twice(s, i, key, 0, err);
        if (s->varkwargs != NULL
            && (key = first_clash(s->varkwargs, s->ckwargs, mine))
               != NULL)
            return keyword_twice(s, i, key, 1, err);
    }
    return 0;
}
#line 882 "pcall.nw"
struct pcall_zip {
    size_t n;                   /* the number of calls */
    pv *cargs, *iargs, *ckwargs, *ikwargs, *varkwargs;
};
#line 892 "pcall.nw"
static pv *keep(const pv *v)
{
    return pv_ref((pv *)v);     /* counted, never changed */
}

static pv *keep_seq(const pv *v)
{
    if (pv_is(v, PV_TUPLE))
        return keep(v);
    pv *t = pv_tuple_new(pv_len(v));
    for (size_t j = 0; j < pv_len(v); j++)
        pv_tuple_set(t, j, pv_ref(pv_item(v, j)));
    return t;
}

static pv *keep_dict(const pv *d)
{
    pv *c = pv_dict_new();
    for (size_t k = 0; k < pv_len(d); k++)     /* str keys: no error */
        pv_dict_set(c, pv_ref(pv_dict_key(d, k)),
                    pv_ref(pv_dict_value(d, k)), NULL);
    return c;
}

static pv *keep_each(const pv *v, size_t n, pv *(*one)(const pv *))
{
    pv *t = pv_tuple_new(n);
    for (size_t i = 0; i < n; i++)
        pv_tuple_set(t, i, one(pv_item(v, i)));
    return t;
}
#line 926 "pcall.nw"
static void take_snapshot(pcall_zip *z, const pcall_zip_spec *s)
{
    z->cargs = s->cargs ? keep_seq(s->cargs) : NULL;
    z->iargs = s->iargs ? keep_each(s->iargs, z->n, keep_seq) : NULL;
    z->ckwargs = s->ckwargs ? keep_dict(s->ckwargs) : NULL;
    z->ikwargs = s->ikwargs ? keep_each(s->ikwargs, z->n, keep_dict)
                            : NULL;
    z->varkwargs = s->varkwargs ? keep_dict(s->varkwargs) : NULL;
}
#line 945 "pcall.nw"
static pv *build_args(const pcall_zip *z, size_t call)
{
    const pv *mine = z->iargs != NULL ? pv_item(z->iargs, call) : NULL;
    size_t nc = z->cargs != NULL ? pv_len(z->cargs) : 0;
    size_t ni = mine != NULL ? pv_len(mine) : 0;
    pv *t = pv_tuple_new(nc + ni);
    for (size_t j = 0; j < nc; j++)
        pv_tuple_set(t, j, pv_ref(pv_item(z->cargs, j)));
    for (size_t j = 0; j < ni; j++)
        pv_tuple_set(t, nc + j, pv_ref(pv_item(mine, j)));
    return t;
}
#line 968 "pcall.nw"
static void add_keywords(pv *kw, const pv *d, size_t pick)
{
    for (size_t k = 0; k < pv_len(d); k++) {
        pv *value = pv_dict_value(d, k);
        if (pick != SIZE_MAX)
            value = pv_item(value, pick);
        /* a str key is always hashable: this cannot fail */
        pv_dict_set(kw, pv_ref(pv_dict_key(d, k)), pv_ref(value),
                    NULL);
    }
}

static pv *build_kwargs(const pcall_zip *z, size_t call)
{
    pv *kw = pv_dict_new();
    if (z->ckwargs != NULL)
        add_keywords(kw, z->ckwargs, SIZE_MAX);
    if (z->ikwargs != NULL)
        add_keywords(kw, pv_item(z->ikwargs, call), SIZE_MAX);
    if (z->varkwargs != NULL)
        add_keywords(kw, z->varkwargs, call);
    return kw;
}
#line 1002 "pcall.nw"
static _Noreturn void zip_abort(const char *type, const char *fn,
                                const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: %s", fn, what);
    pv_error_raise(type, msg);          /* in a pcall child */
    fprintf(stderr, "pcall: %s\n", msg);
    abort();
}
#line 1014 "pcall.nw"
pcall_zip *pcall_zip_new(const pcall_zip_spec *s, pv_err *err)
{
    pcall_zip *z;
    size_t n;
    if (s == NULL)
        zip_abort("TypeError", "pcall_zip_new", "NULL argument spec");
    if (check_all(s, err) < 0)
        return NULL;
    n = count_calls(s);
    if (check_twice(s, n, err) < 0)
        return NULL;
    if ((z = calloc(1, sizeof *z)) == NULL) {
        char what[64];
        snprintf(what, sizeof what, "out of memory (%zu bytes)",
                 sizeof *z);
        zip_abort("MemoryError", "pcall_zip_new", what);
    }
    z->n = n;
    take_snapshot(z, s);
    return z;
}

size_t pcall_zip_count(const pcall_zip *z)
{
    if (z == NULL)
        zip_abort("TypeError", "pcall_zip_count", "NULL calls");
    return z->n;
}
#line 1045 "pcall.nw"
pv *pcall_zip_call(const pcall_zip *z, size_t i)
{
    if (z == NULL)
        zip_abort("TypeError", "pcall_zip_call", "NULL calls");
    if (i >= z->n) {
        char what[64];
        snprintf(what, sizeof what, "no call %zu: there are %zu", i,
                 z->n);
        zip_abort("IndexError", "pcall_zip_call", what);
    }
    return pv_tuple(2, build_args(z, i), build_kwargs(z, i));
}

void pcall_zip_free(pcall_zip *z)
{
    if (z == NULL)
        return;
    pv_free(z->cargs);
    pv_free(z->iargs);
    pv_free(z->ckwargs);
    pv_free(z->ikwargs);
    pv_free(z->varkwargs);
    free(z);
}
#line 1075 "pcall.nw"
pv *pcall_zipargs(const pcall_zip_spec *s, pv_err *err)
{
    if (s == NULL)
        zip_abort("TypeError", "pcall_zipargs", "NULL argument spec");
    pcall_zip *z = pcall_zip_new(s, err);
    if (z == NULL)
        return NULL;
    pv *calls = pv_tuple_new(z->n);
    for (size_t i = 0; i < z->n; i++)
        pv_tuple_set(calls, i, pcall_zip_call(z, i));
    pcall_zip_free(z);
    return calls;
}
#line 1091 "pcall.nw"
pv *pcall_arg(const pv *args, const pv *kwargs, size_t pos,
              const char *name)
{
    if (args != NULL && pos != SIZE_MAX && pos < pv_len(args))
        return pv_item(args, pos);
    if (kwargs != NULL && name != NULL)
        return pv_dict_get_str(kwargs, name);
    return NULL;
}
