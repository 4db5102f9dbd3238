#line 6708 "pcall.nw"
/* logs.h -- tangled from pcall.nw; do not edit. */
#ifndef PCALL_LOGS_H
#define PCALL_LOGS_H
/** @file logs.h
 *  @brief Timestamped log lines, and the merge of the children's
 *  captured output into one log, in call order. */
#include "proc.h"

#line 6721 "pcall.nw"
/**
 * Merge the captured output of every call into a descriptor, in call
 * order, one framed section per call that ran; each call's output
 * is merged once.  Calls not yet DONE, and cancelled ones, have no
 * section.  A non-blocking out_fd is waited for (poll), never an
 * error; SIGPIPE is blocked in the calling thread while merging, so
 * a pipe without a reader is the error EPIPE, not the death of the
 * process.  A section that fails does not stop the merge: every
 * other section is still tried.
 * @param p the calls (run with pcall_proc_config.capture set)
 * @param name names the sections ("NAME:pid-N"); NULL: "pcall"
 * @param out_fd where to write
 * @param err filled with the first failure (may be NULL)
 * @return 0, or -1 if a log could not be read or out_fd written (the
 *         logs whose sections failed can be merged again)
 */
int pcall_logs_merge(pcall_procs *p, const char *name, int out_fd,
                     pv_err *err);

/**
 * Write one line, stamped with the local time and tagged
 * "%SCRIPT-6-INFO", to stdout and flush it.
 * @param fmt a printf format; the newline is added
 */
void pcall_log(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
#line 6717 "pcall.nw"
#endif
