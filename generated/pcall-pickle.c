#line 9388 "pcall.nw"
/* pcall-pickle.c -- tangled from pcall.nw; do not edit. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "literal.h"
#include "pickle.h"

#line 9402 "pcall.nw"
static const char *prog = "pcall-pickle";

static int usage(void)
{
    fprintf(stderr, "usage: %s repr FILE|-\n"
                    "       %s dis FILE|-\n"
                    "       %s dumps LITERAL\n", prog, prog, prog);
    return 2;
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
#line 9429 "pcall.nw"
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
        
#line 9453 "pcall.nw"
if (n == cap) {
    unsigned char *nb;
    cap = cap ? 2 * cap : 1 << 16;
    if (cap < n || (nb = realloc(b, cap)) == NULL) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        exit(1);
    }
    b = nb;
}
#line 9440 "pcall.nw"
        r = read(fd, b + n, cap - n);
        if (r > 0)
            n += (size_t)r;
        else if (r == 0)
            break;
        else if (errno != EINTR)
            err = errno;
    }
    
#line 9465 "pcall.nw"
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
#line 9449 "pcall.nw"
}
#line 9482 "pcall.nw"
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
            pv_fprint(stdout, v);
            putchar('\n');
        }
        pv_free(v);
    } else {
        ok = pv_pickle_dis(buf, len, stdout, &err) == 0;
    }
    free(buf);
    
#line 9508 "pcall.nw"
if (!ok) {
    fflush(stdout);
    fprintf(stderr, "%s: %s: %s\n", prog, path, err.msg);
    return 1;
}
return finish();
#line 9504 "pcall.nw"
}
#line 9517 "pcall.nw"
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
#line 9536 "pcall.nw"
int main(int argc, char **argv)
{
    if (argc != 3)
        return usage();
    if (strcmp(argv[1], "dumps") == 0)
        return dumps(argv[2]);
    if (strcmp(argv[1], "repr") == 0 || strcmp(argv[1], "dis") == 0)
        return read_pickle(argv[1], argv[2]);
    return usage();
}
