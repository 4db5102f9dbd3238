#line 7550 "pcall.nw"
/* logs.h -- tangled from pcall.nw; do not edit.
 * Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE. */
#ifndef PCALL_LOGS_H
#define PCALL_LOGS_H
/** @file logs.h
 *  @ingroup api
 *  @brief Timestamped log lines, and the merge of the children's
 *  captured output into one log, in call order. */
#include "values.h"

PCALL_BEGIN_DECLS
#line 7609 "pcall.nw"
/**
 * Write one line, stamped with the local time and tagged
 * "%SCRIPT-6-INFO", to stdout and flush it.
 * @param fmt a printf format; the newline is added
 */
PCALL_API
void pcall_log(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
#line 7562 "pcall.nw"
PCALL_END_DECLS
#endif
