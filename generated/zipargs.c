#line 10746 "pcall.nw"
/* zipargs.c -- tangled from pcall.nw; do not edit. */
#line 10753 "pcall.nw"
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "zipargs.h"
#line 10767 "pcall.nw"
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
#line 10798 "pcall.nw"
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
#line 10819 "pcall.nw"
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
#line 10847 "pcall.nw"
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
#line 10871 "pcall.nw"
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
#line 10900 "pcall.nw"
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
#line 10926 "pcall.nw"
static pv *build_args(const pcall_zip_spec *s, size_t call)
{
    const pv *mine = s->iargs != NULL ? pv_item(s->iargs, call) : NULL;
    size_t nc = s->cargs != NULL ? pv_len(s->cargs) : 0;
    size_t ni = mine != NULL ? pv_len(mine) : 0;
    pv *t = pv_tuple_new(nc + ni);
    for (size_t j = 0; j < nc; j++)
        pv_tuple_set(t, j, pv_ref(pv_item(s->cargs, j)));
    for (size_t j = 0; j < ni; j++)
        pv_tuple_set(t, nc + j, pv_ref(pv_item(mine, j)));
    return t;
}
#line 10949 "pcall.nw"
static int keyword_twice(const pcall_zip_spec *s, size_t call,
                         const pv *key, const char *from, pv_err *err);

static int add_keywords(pv *kw, const pv *d, size_t pick,
                        const char *from, const pcall_zip_spec *s,
                        size_t call, pv_err *err)
{
    for (size_t k = 0; k < pv_len(d); k++) {
        pv *key = pv_dict_key(d, k);
        pv *value = pv_dict_value(d, k);
        if (pick != SIZE_MAX)
            value = pv_item(value, pick);
        if (pv_dict_get(kw, key) != NULL)
            return keyword_twice(s, call, key, from, err);
        /* a str key is always hashable: this cannot fail */
        pv_dict_set(kw, pv_ref(key), pv_ref(value), NULL);
    }
    return 0;
}
#line 10975 "pcall.nw"
static int keyword_twice(const pcall_zip_spec *s, size_t call,
                         const pv *key, const char *from, pv_err *err)
{
    char first[48];
    char *r = pv_repr(key);
    if (s->ckwargs != NULL && pv_dict_get(s->ckwargs, key) != NULL)
        snprintf(first, sizeof first, "ckwargs");
    else
        snprintf(first, sizeof first, "ikwargs[%zu]", call);
    zip_fail(err, "call %zu gets keyword argument %s twice: from %s "
             "and from %s", call, r, first, from);
    free(r);
    return -1;
}
#line 10992 "pcall.nw"
static pv *build_kwargs(const pcall_zip_spec *s, size_t call,
                        pv_err *err)
{
    pv *kw = pv_dict_new();
    char where[48];
    snprintf(where, sizeof where, "ikwargs[%zu]", call);
    if ((s->ckwargs != NULL
         && add_keywords(kw, s->ckwargs, SIZE_MAX, "ckwargs", s, call,
                         err) < 0)
        || (s->ikwargs != NULL
            && add_keywords(kw, pv_item(s->ikwargs, call), SIZE_MAX,
                            where, s, call, err) < 0)
        || (s->varkwargs != NULL
            && add_keywords(kw, s->varkwargs, call, "varkwargs", s,
                            call, err) < 0)) {
        pv_free(kw);
        return NULL;
    }
    return kw;
}
#line 11019 "pcall.nw"
pv *pcall_zipargs(const pcall_zip_spec *s, pv_err *err)
{
    if (s == NULL) {
        fprintf(stderr, "pcall_zipargs: NULL argument spec\n");
        abort();
    }
    if (check_all(s, err) < 0)
        return NULL;
    size_t n = count_calls(s);
    pv *calls = pv_tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        pv *kw = build_kwargs(s, i, err);
        if (kw == NULL) {
            pv_free(calls);
            return NULL;
        }
        pv_tuple_set(calls, i, pv_tuple(2, build_args(s, i), kw));
    }
    return calls;
}
#line 11042 "pcall.nw"
pv *pcall_arg(const pv *args, const pv *kwargs, size_t pos,
              const char *name)
{
    if (args != NULL && pos != SIZE_MAX && pos < pv_len(args))
        return pv_item(args, pos);
    if (kwargs != NULL && name != NULL)
        return pv_dict_get_str(kwargs, name);
    return NULL;
}
