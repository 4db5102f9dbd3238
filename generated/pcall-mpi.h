#line 34499 "pcall.nw"
/* pcall-mpi.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_MPI_H
#define PCALL_MPI_H
/** @file pcall-mpi.h
 *  @ingroup api
 *  @brief The same parallel calls, run on the ranks of an MPI job
 *  (libpcall-mpi, chapter "Beyond one machine"). */
#include "pcall.h"

PCALL_BEGIN_DECLS
#line 34516 "pcall.nw"
/** A target by name: every rank builds the same table, and a call
 *  travels as its target's index in it. */
typedef struct pcall_mpi_target {
    const char *name;       /**< its name, unique in the table */
    pcall_target *fn;       /**< the function */
} pcall_mpi_target;

/** pcall_mpi_init() on rank 0: go on, the calls go to the ranks. */
#define PCALL_MPI_HOST 0
/** pcall_mpi_init() on the other ranks: served; return from main. */
#define PCALL_MPI_SERVED 1
#line 34530 "pcall.nw"
/** Join the MPI job (MPI_Init, unless the program did) and check
 *  that every rank has the same table.  On rank 0, install the MPI
 *  engine (if there are other ranks) and return PCALL_MPI_HOST; on
 *  the other ranks, serve calls until rank 0 calls
 *  pcall_mpi_finalize(), finalize, and return PCALL_MPI_SERVED.
 *  A call's target must be in the table.  It is a checked runtime
 *  error to call it twice.  Call it before MPI_Init: the calls'
 *  children are forked from a child it forks first (the fork
 *  server), which then has no MPI in it.  A rank runs as many
 *  calls at once as it may use CPUs (its affinity mask), or
 *  PCALL_MPI_SLOTS in its environment says.
 *  @param argc  main's, for MPI_Init (may be NULL)
 *  @param argv  main's, for MPI_Init (may be NULL)
 *  @param table the targets (the same names, in the same order, on
 *               every rank)
 *  @param n     their number
 *  @param err   receives the error on failure (may be NULL)
 *  @return PCALL_MPI_HOST, PCALL_MPI_SERVED, or -1 (PCALL_ERR_ARGS:
 *          a bad or differing table; PCALL_ERR_SYSTEM: MPI failed),
 *          MPI finalized */
PCALL_API int pcall_mpi_init(int *argc, char ***argv,
                             const pcall_mpi_target *table, size_t n,
                             pcall_error **err);
/** On rank 0: tell the serving ranks to stop, and finalize MPI (if
 *  pcall_mpi_init() initialized it).  Objects still alive are
 *  terminated first.  Elsewhere, or twice: does nothing.
 *  @return 0, or -1 if MPI reported an error */
PCALL_API int pcall_mpi_finalize(void);
#line 34561 "pcall.nw"
/** @return this process's rank, or -1 before pcall_mpi_init() */
PCALL_API int pcall_mpi_rank(void);
/** @return the number of ranks that serve calls (0: the calls run
 *          on this machine), or -1 before pcall_mpi_init() */
PCALL_API int pcall_mpi_servers(void);
/** Where a call ran: with pcall_pids(), which rank and host.
 *  It is a checked runtime error for p to be NULL or for i to be
 *  pcall_ncalls(p) or more.
 *  @param p an object, started
 *  @param i a call's index
 *  @return "rank R on host H" (owned by the library), or NULL if
 *          the call ran on this machine or was not handed out */
PCALL_API const char *pcall_mpi_where(pcall_obj *p, size_t i);
/** @param e an error
 *  @return where its call ran ("rank R on host H"), or NULL if on
 *          this machine or about no call (owned by e) */
PCALL_API const char *pcall_mpi_error_where(const pcall_error *e);
#line 34511 "pcall.nw"
PCALL_END_DECLS
#endif
