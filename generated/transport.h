#line 4194 "pcall.nw"
/* transport.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_TRANSPORT_H
#define PCALL_TRANSPORT_H
/** @file transport.h
 *  @brief How a result's bytes travel from a child to its parent:
 *  the pipe and its stamp, the store, results in parts and read by
 *  address.  Internal to the library; proc.h includes it for the
 *  functions a body calls to send its result.
 *  @ingroup internals */
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "pickle.h"
#include "values.h"

#line 4215 "pcall.nw"
/**
 * Write all of a buffer to a descriptor, retrying on EINTR and
 * short writes.
 * @param fd the descriptor, usually the body's result_fd
 * @param buf the bytes
 * @param len how many
 * @return 0, or -1 with errno set
 */
int pcall_proc_send(int fd, const void *buf, size_t len);
#line 4234 "pcall.nw"
/** Defined: this library reads large results out of the child's
 *  memory, and has pcall_large_result_min and
 *  pcall_large_read_child. */
#define PCALL_HAVE_LARGE_RESULTS 1

/** Results of at least this many bytes are read out of the child's
 *  memory (process_vm_readv) rather than sent through the pipe,
 *  where the kernel allows it, and bytes values this long are left
 *  out of the pickle (pcall_proc_oob_min()); SIZE_MAX: neither.
 *  Read by each set when it starts.  Default: 1 MiB. */
extern size_t pcall_large_result_min;

/** 1 (the default): large results are read out of the child's
 *  memory where the kernel allows it; 0: they always come through
 *  the pipe (their large bytes values in parts, after the pickle).
 *  Read by each set when it starts. */
extern int pcall_large_read_child;

/**
 * Send a child's whole result: the only bytes it sends.  Like
 * pcall_proc_send(), but a result of at least
 * pcall_large_result_min bytes may be read by the parent out of
 * buf; the child then waits, in this function, until it has.
 * @param fd the body's result_fd
 * @param buf the bytes
 * @param len how many
 * @return 0, or -1 with errno set
 */
int pcall_proc_send_result(int fd, const void *buf, size_t len);

/**
 * In a child: the least length of a bytes value that its pickle
 * should leave out of band (pv_pickle_oob()), for
 * pcall_proc_send_result_oob() to send beside it.
 * @return pcall_large_result_min as its set read it
 */
size_t pcall_proc_oob_min(void);

/**
 * Send a child's whole result, a pickle, and the out-of-band
 * buffers it refers to.  The parent receives the buffers straight
 * into bytes values (pcall_proc_outcome.oob): it reads them out of
 * the child's memory where it can (the child then waits, in this
 * function, until it has), or they come through the pipe after the
 * pickle.  Without buffers, as pcall_proc_send_result().
 * @param fd    the body's result_fd
 * @param buf   the pickle
 * @param len   its length
 * @param bufs  the buffers, from pv_pickle_oob()
 * @param nbufs their number
 * @return 0; -1 with errno set; or 1 when there are more buffers
 *         than one result may have (over a million): nothing was
 *         sent, and the caller should pickle again without buffers
 */
int pcall_proc_send_result_oob(int fd, const void *buf, size_t len,
                               const pv_pickle_buffer *bufs,
                               size_t nbufs);
#line 4303 "pcall.nw"
/** How the children of one set send their results. */
typedef struct pcall_tp_plan {
    size_t oob_min;     /**< bytes values this long: out of band */
    size_t large_min;   /**< results this large: read by address;
                             SIZE_MAX: never */
} pcall_tp_plan;

/** In a child, the plan of the set that forked it; NULL in a
 *  process no set has forked. */
extern const pcall_tp_plan *pcall_tp_child_plan;

/**
 * Make a set's plan from pcall_large_result_min,
 * pcall_large_read_child and what the kernel allows.
 * @param pl the plan to fill
 * @param by_address 0: never read a result by address
 */
void pcall_tp_plan_make(pcall_tp_plan *pl, int by_address);
#line 4332 "pcall.nw"
/** The store of small results, and the buffer reads land in. */
typedef struct pcall_tp_store {
    struct pcall_tp_block *blocks;  /**< newest block first */
    unsigned char *scratch;         /**< PCALL_TP_SCRATCH bytes */
} pcall_tp_store;

enum {
    PCALL_TP_STORE_MAX = 1 << 16,   /**< larger results: malloc */
    PCALL_TP_SCRATCH = 1 << 16      /**< the scratch buffer's size */
};

/** Open a store: allocate its scratch buffer.
 *  @param st the store, zeroed */
void pcall_tp_store_open(pcall_tp_store *st);

/**
 * Carve n bytes, 16-byte aligned, out of the store.
 * @param st the store
 * @param n how many bytes, at most PCALL_TP_STORE_MAX
 * @return the bytes; they live until pcall_tp_store_free()
 */
unsigned char *pcall_tp_store_alloc(pcall_tp_store *st, size_t n);

/** Free the whole store and its scratch buffer.
 *  @param st the store */
void pcall_tp_store_free(pcall_tp_store *st);

/**
 * Zeroed memory that a child does not inherit (MADV_DONTFORK);
 * aborts when there is none.
 * @param n how many elements
 * @param size the size of each
 * @return the memory, for pcall_tp_private_free()
 */
void *pcall_tp_private_calloc(size_t n, size_t size);

/** Give back memory of pcall_tp_private_calloc() or of the store:
 *  unmapped, or kept for the next request of its size.
 *  @param q the memory, or NULL
 *  @param len its length, n * size */
void pcall_tp_private_free(void *q, size_t len);

/** Move the first n elements of memory of pcall_tp_private_calloc()
 *  into a new zeroed block of m, and give back the old block.
 *  @param q the memory, or NULL when n is 0
 *  @param n how many elements it holds
 *  @param m how many the new block holds, at least n
 *  @param size the size of each
 *  @return the new block */
void *pcall_tp_private_regrow(void *q, size_t n, size_t m, size_t size);
#line 4395 "pcall.nw"
/** A large result's parts, once they have arrived. */
typedef struct pcall_tp_large {
    unsigned char *data;    /**< the pickle, malloc'ed */
    size_t len;             /**< its length */
    pv **oob;               /**< its out-of-band buffers */
    size_t noob;            /**< how many */
} pcall_tp_large;

/** Free the parts, and zero them.
 *  @param got the parts */
void pcall_tp_large_free(pcall_tp_large *got);

/** What a result's first bytes are. */
enum pcall_tp_kind {
    PCALL_TP_PLAIN,         /**< the result itself */
    PCALL_TP_BY_ADDRESS,    /**< a header: read it by address */
    PCALL_TP_IN_PARTS       /**< a header: the parts follow */
};

/**
 * Say what a result's bytes so far are.
 * @param b the bytes, after the stamp
 * @param len how many
 * @return a pcall_tp_kind
 */
int pcall_tp_kind(const unsigned char *b, size_t len);

/**
 * Read a result by address out of a child's memory.
 * @param pid the child, unreaped
 * @param b the header
 * @param len its length so far
 * @param got the parts, when 0 is returned
 * @return 0; -1: the header is not whole yet; or an errno value
 */
int pcall_tp_read_by_address(pid_t pid, const unsigned char *b,
                             size_t len, pcall_tp_large *got);
#line 4437 "pcall.nw"
/** A result in parts, being received. */
typedef struct pcall_tp_parts pcall_tp_parts;

/** The pipe capacity asked for while a result comes in parts. */
enum { PCALL_TP_PARTS_PIPE = 1 << 20 };

/**
 * Make room for a result in parts, given its header and the bytes
 * that came with it.
 * @param b the header and what followed it
 * @param len their length
 * @param f the parts, when 0 is returned
 * @return 0; -1: the header is not whole yet; or an errno value
 */
int pcall_tp_parts_start(const unsigned char *b, size_t len,
                         pcall_tp_parts **f);

/**
 * Where the next bytes of a result in parts go.
 * @param f the parts, not all arrived
 * @param to set to where the bytes go
 * @return how many may go there
 */
size_t pcall_tp_parts_room(const pcall_tp_parts *f,
                           unsigned char **to);

/**
 * Count bytes that arrived where pcall_tp_parts_room() said.
 * @param f the parts
 * @param n how many arrived
 * @return 1 when every part has arrived, else 0
 */
int pcall_tp_parts_took(pcall_tp_parts *f, size_t n);

/**
 * Hand over the parts that all arrived, and free the rest of f.
 * @param f the parts
 * @param got receives them
 */
void pcall_tp_parts_finish(pcall_tp_parts *f, pcall_tp_large *got);

/** Free a result in parts cut short.
 *  @param f the parts, or NULL */
void pcall_tp_parts_free(pcall_tp_parts *f);
#line 5508 "pcall.nw"
/** The first 8 bytes of a stamp. */
static const char PCALL_TP_DONE[8] = "\0pcallD";
/** The length of a stamp: PCALL_TP_DONE, then nanoseconds. */
enum { PCALL_TP_STAMP_LEN = 16 };
#line 4211 "pcall.nw"
#endif
