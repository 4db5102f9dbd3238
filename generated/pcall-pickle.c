#line 17806 "pcall.nw"
/* pcall-pickle.c -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "literal.h"
#include "pickle.h"
#include "pcall.h"

#line 17827 "pcall.nw"
#ifndef PCALL_VERSION_STRING
#define PCALL_VERSION_STRING "1.0.0"    /* keep equal to the Makefile's */
#endif
#line 17833 "pcall.nw"
static const char *prog = "pcall-pickle";

static int usage(FILE *f, int status)
{
    fprintf(f, "usage: %s repr FILE|-\n"
               "       %s dis FILE|-\n"
               "       %s dumps LITERAL\n"
               "       %s --help | --version\n", prog, prog, prog,
            prog);
    return status;
}

/* Standard output is written through stdio; report a failed write. */
static int finish(void)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "%s: cannot write: %s\n", prog,
                strerror(errno));
        return 1;
    }
    return 0;
}
#line 17862 "pcall.nw"
static int slurp(const char *path, unsigned char **buf, size_t *len)
{
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
    size_t n = 0, cap = 0;
    unsigned char *b = NULL;
    int err = 0;
    if (fd < 0)
        return -1;
    while (err == 0) {
        ssize_t r;
        
#line 17886 "pcall.nw"
if (n == cap) {
    unsigned char *nb;
    cap = cap ? 2 * cap : 1 << 16;
    if (cap < n || (nb = realloc(b, cap)) == NULL) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        exit(1);
    }
    b = nb;
}
#line 17873 "pcall.nw"
        r = read(fd, b + n, cap - n);
        if (r > 0)
            n += (size_t)r;
        else if (r == 0)
            break;
        else if (errno != EINTR)
            err = errno;
    }
    
#line 17898 "pcall.nw"
if (fd != 0)
    close(fd);
if (err != 0) {
    free(b);
    errno = err;
    return -1;
}
*buf = b;
*len = n;
return 0;
#line 17882 "pcall.nw"
}
#line 17922 "pcall.nw"
/* What is left of budget after counting v's nodes, each shared item
   once per reference; -1 once the budget is spent. */
static int64_t nodes_left(const pv *v, int64_t budget)
{
    size_t n;
    if (--budget < 0)
        return -1;
    switch (pv_kind_of(v)) {
    case PV_TUPLE: case PV_LIST:
        n = pv_len(v);
        for (size_t i = 0; i < n && budget >= 0; i++)
            budget = nodes_left(pv_item(v, i), budget);
        return budget;
    case PV_DICT:
        n = pv_len(v);
        for (size_t i = 0; i < n && budget >= 0; i++)
            budget = nodes_left(pv_dict_value(v, i),
                                nodes_left(pv_dict_key(v, i), budget));
        return budget;
    default:
        return budget;
    }
}
#line 17952 "pcall.nw"
static int read_pickle(const char *cmd, const char *path)
{
    unsigned char *buf;
    size_t len;
    pv_err err;
    int ok;
    if (slurp(path, &buf, &len) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
        return 1;
    }
    if (strcmp(cmd, "repr") == 0) {
        pv *v = pv_unpickle(buf, len, &err);
        if ((ok = v != NULL)) {
            
#line 17977 "pcall.nw"
int64_t budget = (int64_t)PV_PICKLE_MAX_EXPANSION
                 + (len < INT64_MAX / 2 ? (int64_t)len : INT64_MAX / 2);
if ((ok = nodes_left(v, budget) >= 0)) {
    pv_fprint(stdout, v);
    putchar('\n');
} else {
    snprintf(err.msg, sizeof err.msg, "shared references expand to "
             "more than %" PRId64 " values; the repr is not printed",
             budget);
}
#line 17966 "pcall.nw"
        }
        pv_free(v);
    } else {
        ok = pv_pickle_dis_all(buf, len, stdout, &err) == 0;
    }
    free(buf);
    
#line 17990 "pcall.nw"
if (!ok) {
    fflush(stdout);
    fprintf(stderr, "%s: %s: %s\n", prog, path, err.msg);
    return 1;
}
return finish();
#line 17973 "pcall.nw"
}
#line 17999 "pcall.nw"
static int dumps(const char *literal)
{
    pv_err err;
    unsigned char *buf;
    size_t len;
    pv *v = pv_parse(literal, &err);
    if (v == NULL || pv_pickle(v, &buf, &len, &err) < 0) {
        fprintf(stderr, "%s: %s\n", prog, err.msg);
        pv_free(v);
        return 1;
    }
    fwrite(buf, 1, len, stdout);
    free(buf);
    pv_free(v);
    return finish();
}
#line 18018 "pcall.nw"
int main(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : "";
    int known = strcmp(cmd, "dumps") == 0 || strcmp(cmd, "repr") == 0
                || strcmp(cmd, "dis") == 0;
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout, 0);
        return finish();
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("%s %s\n", prog, PCALL_VERSION_STRING);
        return finish();
    }
    if (argc > 1 && !known)
        fprintf(stderr, "%s: unknown command '%s'\n", prog, cmd);
    if (argc != 3 || !known)
        return usage(stderr, 2);
    if (strcmp(cmd, "dumps") == 0)
        return dumps(argv[2]);
    return read_pickle(cmd, argv[2]);
}
