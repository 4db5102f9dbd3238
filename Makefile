# pcall -- build the library, the book and the tests from pcall.nw.
#
#   make            library, pcall-pickle, book (PDF and HTML),
#                   API docs, demo
#   make check      the gates and the CUnit suite
#   make html-shots screenshots of the HTML book (headless Chromium)
#   make lib        the library only (from generated/, no noweb needed)
#   make bench      the benchmark: doc/bench.md, doc/bench.png
#   make soak       100,000 misbehaving calls, checked one by one
#                   (SOAK_CALLS=N, SOAK_SEED=S); not part of check
#   make install    PREFIX=/usr/local DESTDIR= LIBDIR= INCLUDEDIR=
#                   MANDIR= DOCDIR= BINDIR=; make uninstall
#   make deb        the Debian packages, into ../ (debian/)
#   make grade LAB=NN-name [WORK=work|starter|solution]
#                   grade a lab of exercises/; make check-labs
#
# CPPFLAGS, CFLAGS and LDFLAGS are honoured as dpkg-buildflags gives
# them.  Warnings are errors (WERROR=-Werror) in `make check` and
# the other test targets, and in CI; not in a plain `make`.
#
# generated/ is committed and must equal a fresh tangle of pcall.nw;
# `make check` enforces it.  Never edit generated/ by hand.

SHELL  := /bin/bash
NW     ?= pcall.nw
GEN    ?= generated
BUILD  ?= build
HTML   := doc/html
CC     ?= cc
CXX    ?= c++
OPT    ?= -O2 -g
CFLAGS ?= $(OPT)
CPPFLAGS ?=
LDFLAGS ?=
WARN   := -std=c11 -Wall -Wextra -D_GNU_SOURCE
TEST_GOALS := check test check-clang valgrind asan check-install \
	check-exports check-mpi
WERROR ?= $(if $(filter $(TEST_GOALS),$(MAKECMDGOALS)),-Werror)
export WERROR
# Bind library calls at load time: a child that calls a function the
# parent never called then skips the dynamic linker and its page
# faults (chapter "Performance").
NOPLT  := -fno-plt
ALL_CFLAGS = $(WARN) $(WERROR) $(CPPFLAGS) $(CFLAGS) $(NOPLT) \
	$(EXTRA_CFLAGS) -I$(GEN)
# The shared library exports only what PCALL_API marks.
VISIBILITY := -fvisibility=hidden
LDLIBS_TEST = -lcunit -pthread
# What a static link of the library needs besides it (pcall.pc's
# Libs.private).
LIBS_PRIVATE := -pthread
# The version is the header's (pcall.h, PCALL_VERSION_*).
VERSION := $(shell sed -n 's/^\#define PCALL_VERSION_STRING "\(.*\)"/\1/p' \
	$(GEN)/pcall.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))

# Where `make install` puts things (GNU coding standards' names).
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share
MANDIR     ?= $(DATADIR)/man
DOCDIR     ?= $(DATADIR)/doc/pcall
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
INSTALL    ?= install
# The installed headers: the public ones, without #line.
PUBLIC_HEADERS := values.h literal.h pickle.h zipargs.h errors.h \
	logs.h pcall.h

# The test program's files under generated/tests/: the harness, the
# runner (main) and one file per chapter of tests (chapter "The test
# harness").
TESTMODS := harness main spec values literal pickle zipargs proc \
	timeouts errors logs pcall reliability fuzz bench

# Every root chunk of pcall.nw, i.e. every file under generated/.
# `make check-roots` fails when noroots lists anything else (a
# misspelled chunk name becomes a root of its own).
ROOTS := values.h values.c literal.h literal.c pickle.h pickle.c \
	zipargs.h zipargs.c errors.h errors.c transport.h transport.c \
	proc.h proc.c logs.h \
	logs.c pcall.h pcall.c internal.h pcall-pickle.c demo.c \
	fuzz-pickle.c fuzz-literal.c bench.c bench-mp.py bench.gp \
	tests/harness.h $(TESTMODS:%=tests/%.c) \
	pcall-mpi.h pcall-mpi.c mpi-test.c mpi-bench.c mpi-demo.c
LIBMODS := values literal pickle zipargs errors transport proc logs \
	pcall

# Whether to tangle: found at run time (`make` installs noweb first on
# a fresh machine).  HAVE_NOWEB=given means "generated/ is already
# what it should be" (the lab grader tangles for itself).
HAVE_NOWEB ?=

# Debian packages each job needs (installed when missing and root).
PKGS_BUILD := noweb doxygen texlive-latex-base texlive-pictures \
	texlive-latex-recommended texlive-latex-extra \
	texlive-fonts-recommended lmodern libcunit1-dev make gcc \
	poppler-utils perl pdf2svg
PKGS_TEST  := noweb libcunit1-dev valgrind clang doxygen make gcc \
	poppler-utils
PKGS_FUZZ  := clang libclang-rt-14-dev libcunit1-dev make
PKGS_BENCH := gnuplot-nox make gcc
PKGS_SHOTS := chromium
PKGS_INSTALL := pkg-config g++ binutils man-db groff-base
# Open MPI, for libpcall-mpi and its tests (chapter "Beyond one
# machine"): built only when mpicc is present.
PKGS_MPI   := openmpi-bin libopenmpi-dev make gcc
PKGS_DEB   := debhelper dpkg-dev devscripts lintian fakeroot \
	$(PKGS_BUILD) $(PKGS_INSTALL)

LIBSRC  = $(foreach m,$(LIBMODS),$(wildcard $(GEN)/$(m).c))
TESTOBJ = $(TESTMODS:%=$(BUILD)/tests/%.o)
LIBOBJ  = $(patsubst $(GEN)/%.c,$(BUILD)/obj/%.o,$(LIBSRC))
PICOBJ  = $(patsubst $(GEN)/%.c,$(BUILD)/pic/%.o,$(LIBSRC))

.PHONY: FORCE all lib tangle book html pdf apidoc demo check test exercises \
	check-tangle check-roots check-width check-clang valgrind soak \
	test-link \
	check-index check-pages check-book-selftest \
	asan fuzz fuzz-build deps-build deps-test deps-fuzz clean \
	bench bench-quick deps-bench check-html html-shots deps-shots \
	install uninstall headers \
	check-install check-exports check-apidoc deps-install deb \
	deps-deb lab-start grade check-labs handout
.DELETE_ON_ERROR:
# One step at a time, also under make -j: the packages must be in
# before anything is built, and the library's objects are made by the
# sub-makes of several targets (lib, the demo, the benchmark, the MPI
# library), which run in parallel would write the same files at once.
.NOTPARALLEL:

all: deps-build tangle lib headers $(BUILD)/pcall-pickle $(BUILD)/bench book \
	apidoc exercises demo mpi-if-present

# ---------------------------------------------------------------
# Packages
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null \
	    | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian packages:$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get update -qq && apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null \
	    || { echo "apt-get failed for:$$missing" >&2; exit 1; }; \
	  else \
	    echo "missing Debian packages:$$missing" >&2; \
	    echo "install them: sudo apt-get install$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi
endef

deps-build:
	$(call install_missing,$(PKGS_BUILD))
deps-test:
	$(call install_missing,$(PKGS_TEST))
deps-fuzz:
	$(call install_missing,$(PKGS_FUZZ))
deps-bench:
	$(call install_missing,$(PKGS_BENCH))
deps-shots:
	$(call install_missing,$(PKGS_SHOTS))
deps-install:
	$(call install_missing,$(PKGS_INSTALL))
deps-deb:
	$(call install_missing,$(PKGS_DEB))
deps-mpi:
	$(call install_missing,$(PKGS_MPI))

# ---------------------------------------------------------------
# Tangling: every root, with #line directives (-L) so that compiler
# errors and gdb point at pcall.nw, through cpif so that unchanged
# files keep their time stamps.  pipefail: a failing notangle must
# fail the build, not vanish into the pipe.  In Python and gnuplot
# a #line directive is a comment.
tangle:
	@set -eo pipefail; \
	if [ "$(HAVE_NOWEB)" = given ]; then exit 0; fi; \
	if ! command -v notangle >/dev/null 2>&1; then \
	  echo "notangle not found: building from the committed $(GEN)/"; \
	  exit 0; fi; \
	mkdir -p $(GEN) $(GEN)/tests; \
	for r in $$(noroots $(NW) | sed 's/^<<\(.*\)>>$$/\1/'); do \
	  case "$$r" in *.c|*.h|*.py|*.gp) ;; *) continue;; esac; \
	  notangle -L -R"$$r" $(NW) | cpif $(GEN)/$$r; \
	done

# ---------------------------------------------------------------
# The library
lib: tangle
	@$(MAKE) --no-print-directory $(BUILD)/libpcall.a \
	  $(BUILD)/libpcall.so.$(VERSION)

# The objects depend on the compiler and its flags too, so that
# `make CC=clang check` after `make` rebuilds rather than links gcc's
# objects.
$(BUILD)/flags: FORCE
	@mkdir -p $(@D); echo '$(CC) $(ALL_CFLAGS)' > $@.new; \
	if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi
FORCE:

$(BUILD)/obj/%.o: $(GEN)/%.c $(wildcard $(GEN)/*.h) $(BUILD)/flags
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/pic/%.o: $(GEN)/%.c $(wildcard $(GEN)/*.h) $(BUILD)/flags
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(VISIBILITY) -fPIC -c -o $@ $<

$(BUILD)/libpcall.a: $(LIBOBJ)
	rm -f $@ && ar rcs $@ $^
$(BUILD)/libpcall.so.$(VERSION): $(PICOBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,--no-undefined,--as-needed \
	  -Wl,-soname,libpcall.so.$(SOMAJOR) -o $@ $^ $(LIBS_PRIVATE)
	ln -sf libpcall.so.$(VERSION) $(BUILD)/libpcall.so.$(SOMAJOR)
	ln -sf libpcall.so.$(SOMAJOR) $(BUILD)/libpcall.so

$(BUILD)/pcall-pickle: tangle
	@$(MAKE) --no-print-directory $(BUILD)/libpcall.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(GEN)/pcall-pickle.c \
	  $(BUILD)/libpcall.a $(LIBS_PRIVATE)

$(BUILD)/demo: tangle
	@$(MAKE) --no-print-directory $(BUILD)/libpcall.a
	$(CC) $(ALL_CFLAGS) -rdynamic -o $@ $(GEN)/demo.c \
	  $(BUILD)/libpcall.a

demo: $(BUILD)/demo
	$(BUILD)/demo

# ---------------------------------------------------------------
# The benchmark (chapter "Performance").  `make bench`: the full run,
# into doc/bench.md and doc/bench.png (committed; the book includes
# the plot); the section that `make bench-mpi` wrote is kept.
# `make bench-quick` or `make bench BENCH=quick`: small sizes, into
# build/.  The flags go into the report.
BENCH     ?= full
BENCH_DIR  = $(if $(filter quick,$(BENCH)),$(BUILD),doc)
BENCH_DAT  = $(BUILD)/bench-$(BENCH).dat

$(BUILD)/bench: tangle
	@$(MAKE) --no-print-directory $(BUILD)/libpcall.a
	$(CC) $(ALL_CFLAGS) \
	  -DBENCH_CFLAGS='"$(strip $(CFLAGS) $(EXTRA_CFLAGS))"' \
	  -o $@ $(GEN)/bench.c $(BUILD)/libpcall.a

bench: deps-bench $(BUILD)/bench
	@set -eo pipefail; mkdir -p $(BENCH_DIR); \
	$(BUILD)/bench $(if $(filter quick,$(BENCH)),-q) \
	  -o $(BENCH_DAT) -p $(GEN)/bench-mp.py > $(BUILD)/bench.md.new; \
	gnuplot -e "data='$(BENCH_DAT)'; out='$(BENCH_DIR)/bench.png'" \
	  $(GEN)/bench.gp; \
	if [ -f $(BENCH_DIR)/bench.md ]; then \
	  sed -n '/^<!-- bench-mpi:/,/^<!-- \/bench-mpi -->/p' \
	    $(BENCH_DIR)/bench.md > $(BUILD)/bench-mpi.keep; \
	  if [ -s $(BUILD)/bench-mpi.keep ]; then echo \
	    | cat - $(BUILD)/bench-mpi.keep >> $(BUILD)/bench.md.new; fi; \
	fi; \
	mv $(BUILD)/bench.md.new $(BENCH_DIR)/bench.md; \
	cat $(BENCH_DIR)/bench.md; \
	echo "bench: $(BENCH_DIR)/bench.md, $(BENCH_DIR)/bench.png"
bench-quick:
	@$(MAKE) --no-print-directory bench BENCH=quick

# The course exercises' starter programs, built against the library.
EXERCISES := $(patsubst exercises/%.c,$(BUILD)/%,$(wildcard exercises/*.c))
exercises: lib
	@$(MAKE) --no-print-directory $(EXERCISES)
$(BUILD)/%: exercises/%.c $(BUILD)/libpcall.a
	$(CC) $(ALL_CFLAGS) -rdynamic -o $@ $< $(BUILD)/libpcall.a

# The graded labs (exercises/README.md).  `make lab-start LAB=...`
# copies the lab's starter.nw to the student's work.nw; `make grade
# LAB=... [WORK=work|starter|solution|FILE.nw]` builds the book with
# the work file's chunks in place of the book's, runs the lab's tests
# and prints the score; `make check-labs` proves every lab gradable
# (starter below 100, reference at 100).
LAB  ?=
WORK ?= work
LABS_ALL := $(patsubst exercises/%/lab.conf,%,\
	$(wildcard exercises/*/lab.conf))
lab-start:
	@[ -n "$(LAB)" ] || { echo "make lab-start LAB=NN-name; the" \
	  "labs: $(LABS_ALL)" >&2; exit 2; }
	@d=exercises/$(LAB:exercises/%=%); d=$${d%/}; \
	[ -f $$d/starter.nw ] || { echo "no lab $$d" >&2; exit 2; }; \
	if [ -e $$d/work.nw ]; then echo "$$d/work.nw exists: kept"; \
	else cp $$d/starter.nw $$d/work.nw; \
	  echo "your work file: $$d/work.nw (read $$d/README.md)"; fi
grade: deps-test
	@[ -n "$(LAB)" ] || { echo "make grade LAB=NN-name; the labs:" \
	  "$(LABS_ALL)" >&2; exit 2; }
	@exercises/labs/grade $(LAB) $(WORK)
check-labs: deps-test
	@exercises/labs/check-labs
# The repository a student receives: the labs' chunks replaced in the
# book by their starters, no exercises/solutions/.
handout:
	@[ -n "$(DEST)" ] || { echo "make handout DEST=DIR [LABS='NN-a" \
	  "NN-b ...'] (default: every lab)" >&2; exit 2; }
	@exercises/labs/handout $(DEST) $(or $(LABS),$(LABS_ALL))

# ---------------------------------------------------------------
# The tests: each file of $(GEN)/tests/ compiles on its own (and
# again only when it or a header changes), and all link into one
# program.  The first rule tangles, then asks a second make, which
# reads the fresh files, for the objects and the link.  -rdynamic so
# that a child's backtrace names functions.
# The link runs only when an object or the library is newer than the
# program, so that an unchanged program keeps its time stamp.
TESTLINK = $(CC) $(ALL_CFLAGS) -rdynamic -o $(BUILD)/testpcall \
	$(TESTOBJ) $(BUILD)/libpcall.a $(LDLIBS_TEST)
$(BUILD)/testpcall: tangle
	@$(MAKE) --no-print-directory test-link
test-link: $(TESTOBJ) $(BUILD)/libpcall.a
	@if [ ! -e $(BUILD)/testpcall ] || [ -n "$$(find $^ \
	    -newer $(BUILD)/testpcall)" ]; then \
	  echo '$(TESTLINK)'; $(TESTLINK); fi

$(BUILD)/tests/%.o: $(GEN)/tests/%.c $(GEN)/tests/harness.h \
	$(wildcard $(GEN)/*.h) $(BUILD)/flags
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

test: $(BUILD)/testpcall
	@if [ -f $(GEN)/pcall-pickle.c ]; then \
	  $(MAKE) --no-print-directory $(BUILD)/pcall-pickle; fi
	@$(MAKE) --no-print-directory $(BUILD)/bench
	PCALL_PICKLE=$(BUILD)/pcall-pickle PCALL_BENCH=$(BUILD)/bench \
	  $(BUILD)/testpcall $(TESTS)

check: deps-test check-tangle check-roots check-width check-book-selftest \
	check-index check-pages apidoc check-apidoc check-exports \
	check-install exercises test check-html check-labs

# The built book (doc/check-book.sh): the identifier indexes hold only
# C definitions, each page once per entry, every public function; no
# page of the body is more than a third empty but at a chapter's end.
check-index: doc/pcall.pdf doc/pcall-ids.txt
	@doc/check-book.sh index doc/pcall.pdf doc/pcall-ids.txt $(GEN)
check-pages: doc/pcall.pdf
	@doc/check-book.sh pages doc/pcall.pdf
# Both checks, run on two small broken books, must fail.
check-book-selftest:
	@doc/check-book.sh selftest

# generated/ must be byte for byte what pcall.nw tangles to.
check-tangle:
	@set -eo pipefail; t=$$(mktemp -d); trap 'rm -rf "$$t"' EXIT; \
	bad=0; \
	for f in $(GEN)/* $(GEN)/tests/*; do \
	  [ -d "$$f" ] && continue; \
	  r=$${f#$(GEN)/}; \
	  notangle -L -R"$$r" $(NW) > "$$t/out" 2>"$$t/err" \
	    || { echo "$$f: no root <<$$r>> in $(NW)" >&2; bad=1; \
	         continue; }; \
	  cmp -s "$$t/out" "$$f" \
	    || { echo "$$f differs from a fresh tangle of $(NW)" >&2; \
	         bad=1; }; \
	done; \
	for r in $(ROOTS); do [ -f $(GEN)/$$r ] \
	  || { echo "$(GEN)/$$r is missing" >&2; bad=1; }; done; \
	[ $$bad = 0 ] && echo "tangle check: $(GEN)/ matches $(NW)"

# noroots must list exactly the expected roots.
check-roots:
	@set -eo pipefail; \
	got=$$(noroots $(NW) | sed 's/^<<\(.*\)>>$$/\1/' | sort); \
	want=$$(printf '%s\n' $(ROOTS) | sort); \
	if [ "$$got" != "$$want" ]; then \
	  echo "noroots $(NW) lists unexpected roots:" >&2; \
	  diff <(echo "$$want") <(echo "$$got") >&2; exit 1; \
	fi; echo "roots check: $(words $(ROOTS)) roots, as expected"

# Code lines must fit the printed page: at most 75 columns.
check-width:
	@awk 'BEGIN{c=0; bad=0} \
	  /^<<.*>>=[ \t]*$$/ {c=1; next} \
	  /^@( |$$)/ {c=0; next} \
	  c && length($$0) > 75 { \
	    printf "%s:%d: code line of %d columns (max 75)\n", \
	      FILENAME, FNR, length($$0) > "/dev/stderr"; bad=1 } \
	  END{exit bad}' $(NW) && echo "width check: code fits 75 columns"

check-clang:
	$(MAKE) BUILD=build-clang CC=clang test

valgrind: $(BUILD)/testpcall
	@if [ -f $(GEN)/pcall-pickle.c ]; then \
	  $(MAKE) --no-print-directory $(BUILD)/pcall-pickle; fi
	@$(MAKE) --no-print-directory $(BUILD)/bench
	PCALL_PICKLE=$(BUILD)/pcall-pickle PCALL_BENCH=$(BUILD)/bench \
	  PCALL_VALGRIND=1 PCALL_TEST_TIMEOUT=$${PCALL_TEST_TIMEOUT:-180} \
	  valgrind --error-exitcode=99 --leak-check=full \
	  --errors-for-leak-kinds=definite,indirect \
	  --show-leak-kinds=definite,indirect \
	  --child-silent-after-fork=yes --track-fds=no \
	  $(BUILD)/testpcall $(TESTS)

# The soak (chapter "What can go wrong"): the suite `soak`, which
# the test program runs only when it is named.  It prints its seed;
# SOAK_SEED=S repeats a run, SOAK_CALLS=N sets its length.
SOAK_CALLS ?= 100000
SOAK_SEED  ?=
soak: $(BUILD)/testpcall
	SOAK_CALLS=$(SOAK_CALLS) SOAK_SEED=$(SOAK_SEED) \
	  $(BUILD)/testpcall soak

# ---------------------------------------------------------------
# Sanitizers and fuzzing (chapter "Sanitizers and fuzzing").
# `make asan`: the whole suite under AddressSanitizer and UBSan, the
# first report fatal.  `make fuzz FUZZ_SECONDS=N`: each libFuzzer
# target for N seconds, both at once, on a scratch corpus seeded
# from $(FUZZ_DIR)/TARGET/; then the corpus is minimised
# (-merge=1) back into $(FUZZ_DIR)/TARGET/.
SAN_CC      ?= clang
SAN_FLAGS   := -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
ASAN_BUILD  ?= build-asan
FUZZ_BUILD  ?= build-fuzz
FUZZ_DIR    ?= tests/fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := pickle literal
FUZZ_MAXLEN_pickle  := 65536
FUZZ_MAXLEN_literal := 4096
FUZZ_CFLAGS = $(WARN) -O1 -g $(SAN_FLAGS) -I$(GEN)
FUZZ_OBJ = $(patsubst $(GEN)/%.c,$(FUZZ_BUILD)/obj/%.o,$(LIBSRC))
.SECONDARY: $(FUZZ_OBJ)

asan: deps-fuzz
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	  UBSAN_OPTIONS=print_stacktrace=1 \
	  PCALL_TEST_CALLS=300 \
	  $(MAKE) --no-print-directory NW=$(NW) GEN=$(GEN) \
	  BUILD=$(ASAN_BUILD) CC=$(SAN_CC) OPT="-O1 -g" \
	  EXTRA_CFLAGS="$(SAN_FLAGS)" test

$(FUZZ_BUILD)/obj/%.o: $(GEN)/%.c $(wildcard $(GEN)/*.h)
	@mkdir -p $(@D)
	$(SAN_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
$(FUZZ_BUILD)/fuzz-%: $(GEN)/fuzz-%.c $(FUZZ_OBJ)
	$(SAN_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ -lm

fuzz-build: deps-fuzz tangle
	@$(MAKE) --no-print-directory \
	  $(patsubst %,$(FUZZ_BUILD)/fuzz-%,$(FUZZ_TARGETS))

fuzz: fuzz-build
	@set -u; pids=""; \
	for t in $(FUZZ_TARGETS); do \
	  case $$t in pickle) m=$(FUZZ_MAXLEN_pickle);; \
	              *) m=$(FUZZ_MAXLEN_literal);; esac; \
	  rm -rf $(FUZZ_BUILD)/corpus-$$t; \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$t $(FUZZ_DIR)/$$t; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s," \
	    "log $(FUZZ_BUILD)/fuzz-$$t.log"; \
	  ASAN_OPTIONS=detect_leaks=1 \
	  $(FUZZ_BUILD)/fuzz-$$t -max_len=$$m \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/ \
	    $(FUZZ_BUILD)/corpus-$$t $(FUZZ_DIR)/$$t \
	    > $(FUZZ_BUILD)/fuzz-$$t.log 2>&1 & pids="$$pids $$!"; \
	done; \
	bad=0; for p in $$pids; do wait $$p || bad=1; done; \
	for t in $(FUZZ_TARGETS); do \
	  grep -h '^stat::\|^Done' $(FUZZ_BUILD)/fuzz-$$t.log \
	    | sed "s/^/fuzz-$$t: /"; done; \
	if [ $$bad != 0 ]; then \
	  grep -h -A3 'ERROR\|fuzz-[a-z]*: \|artifact' \
	    $(FUZZ_BUILD)/fuzz-*.log >&2; \
	  echo "fuzz: a target failed; its input is in" \
	    "$(FUZZ_BUILD)/ (crash-*, timeout-*, oom-*)" >&2; exit 1; \
	fi; \
	for t in $(FUZZ_TARGETS); do \
	  rm -rf $(FUZZ_BUILD)/min-$$t; mkdir -p $(FUZZ_BUILD)/min-$$t; \
	  $(FUZZ_BUILD)/fuzz-$$t -merge=1 $(FUZZ_BUILD)/min-$$t \
	    $(FUZZ_DIR)/$$t $(FUZZ_BUILD)/corpus-$$t \
	    > $(FUZZ_BUILD)/merge-$$t.log 2>&1 \
	    || { tail $(FUZZ_BUILD)/merge-$$t.log >&2; exit 1; }; \
	  rm -rf $(FUZZ_DIR)/$$t; mv $(FUZZ_BUILD)/min-$$t $(FUZZ_DIR)/$$t; \
	  echo "fuzz-$$t: corpus $$(ls $(FUZZ_DIR)/$$t | wc -l) files," \
	    "$$(cat $(FUZZ_DIR)/$$t/* | wc -c) bytes"; \
	done

# ---------------------------------------------------------------
# The book: noweave into a body that doc/pcall.tex includes, so the
# same body weaves to HTML too.  pdflatex until references settle.
book: pdf html

pdf: doc/pcall.pdf
html: $(HTML)/index.html

# noweave's own pipeline, spelled out: noweb's markup, then
# doc/cdefs.awk instead of -autodefs c and finduses (it indexes only
# file-scope C definitions, marks only uses that are C tokens, and
# writes each identifier's class to doc/pcall-ids.tex for the three
# identifier indexes), then noidx and the back end.
# (Recursive, so that it is read when a recipe runs: on a fresh
# machine noweb is installed by then.)
NWLIB = $(shell sed -n 's/^LIB=//p' $$(command -v noweave 2>/dev/null) \
	2>/dev/null)
NWIDS = awk -f doc/cdefs.awk -v ids=doc/pcall-ids
doc/pcall-ids.tex doc/pcall-ids.txt: doc/pcall-body.tex
	@test -f $@ || { rm -f doc/pcall-body.tex; \
	  $(MAKE) --no-print-directory doc/pcall-body.tex; }
doc/pcall-body.tex: $(NW) doc/cdefs.awk
	@set -eo pipefail; test -x "$(NWLIB)/markup" \
	  || { echo "noweb's markup not found (is noweb installed?)" >&2; \
	       exit 1; }; \
	$(NWLIB)/markup $(NW) | $(NWIDS) \
	  | $(NWLIB)/noidx | $(NWLIB)/totex > doc/pcall-body.tex.new; \
	mv doc/pcall-body.tex.new doc/pcall-body.tex; \
	touch doc/pcall-ids.tex doc/pcall-ids.txt

# The table of Chapter "What can go wrong" is printed by the test
# binary from the very array of scenarios that its test runs; cpif
# keeps the time stamp (and spares pdflatex) when the table is the same.
doc/scenarios.tex: $(BUILD)/testpcall
	set -o pipefail; $(BUILD)/testpcall --scenarios-latex | cpif $@

doc/pcall.pdf: doc/pcall.tex doc/pcall-body.tex doc/pcall-ids.tex \
	doc/scenarios.tex \
	$(wildcard doc/*.tex) $(wildcard doc/bench.png)
	@set -e; cd doc; ok=0; \
	for i in 1 2 3 4 5 6; do \
	  pdflatex -interaction=nonstopmode -halt-on-error pcall.tex \
	    > pcall.build.log 2>&1 \
	    || { tail -40 pcall.build.log >&2; \
	         echo "pdflatex failed: doc/pcall.build.log" >&2; \
	         exit 1; }; \
	  touch pcall.ind; cp pcall.ind pcall.ind.old; \
	  makeindex -q pcall.idx 2>pcall.ilg.err \
	    || { cat pcall.ilg.err pcall.ilg >&2; exit 1; }; \
	  if grep -q 'Rerun to get\|Label(s) may have changed' pcall.log \
	     || ! cmp -s pcall.ind pcall.ind.old; then continue; fi; \
	  ok=1; break; \
	done; \
	rm -f pcall.ind.old pcall.ilg.err; \
	if grep -n 'Rerun to get\|Label(s) may have changed' pcall.log >&2 \
	   || [ $$ok = 0 ]; \
	then echo "the book's references did not settle in $$i passes" \
	  >&2; exit 1; fi; \
	if grep -n 'undefined on input\|There were undefined' \
	     pcall.log >&2; then \
	  echo "the book has undefined references" >&2; exit 1; fi; \
	if grep -n '^Overfull \\hbox' pcall.log >&2; then \
	  echo "the book has text running off the page" >&2; exit 1; fi; \
	if grep -n -A1 'Warning:\|^pdfTeX warning' pcall.log >&2; then \
	  echo "the book has warnings: doc/pcall.log" >&2; exit 1; fi
	@echo "book: doc/pcall.pdf"

# The HTML edition, doc/html/: noweb's pipeline as noweave -html
# -index runs it, but with doc/html-filter.pl turning each chunk's LaTeX
# into HTML (its numbers and references from the PDF build's aux)
# and without -docanchor, so that a chunk's links land on the chunk.
# Each TikZ picture becomes a standalone document, drawn by pdflatex
# and pdf2svg; doc/html-split.pl cuts the result into a page per part
# and chapter; doc/html-check.pl must pass before the edition
# replaces the old one.
HFIGS  := $(BUILD)/html-figs
HTML_SRC := $(NW) doc/cdefs.awk doc/html-filter.pl \
	doc/html-split.pl doc/html-check.pl doc/pcall.css doc/pcall.pdf \
	$(wildcard doc/bench.png)
$(HTML)/index.html: $(HTML_SRC)
	@set -eo pipefail; rm -rf $(HTML).new; \
	mkdir -p $(HTML).new $(HFIGS); \
	$(NWLIB)/markup $(NW) \
	  | perl doc/html-filter.pl doc/pcall.aux $(HFIGS) $(HTML).new doc \
	  | awk -f doc/cdefs.awk -v ids=$(HFIGS)/ids | $(NWLIB)/noidx \
	  | $(NWLIB)/tohtml -localindex > $(HFIGS)/woven.html; \
	for t in $(HFIGS)/tikz-*.tex; do \
	  [ -e "$$t" ] || continue; b=$${t%.tex}; n=$${b##*/}; \
	  if ! grep -q "src=\"$$n.svg\"" $(HFIGS)/woven.html; then \
	    rm -f $$b.*; continue; fi; \
	  if [ ! $$b.svg -nt $$t ]; then \
	    ( cd $(HFIGS) && pdflatex -interaction=nonstopmode \
	      -halt-on-error $$n.tex > $$n.build.log 2>&1 ) \
	    || { tail -20 $$b.build.log >&2; \
	         echo "html: $$t does not compile" >&2; exit 1; }; \
	    pdf2svg $$b.pdf $$b.svg; \
	  fi; \
	  cp $$b.svg $(HTML).new/; \
	done; \
	cp doc/pcall.css $(HTML).new/pcall.css; \
	perl doc/html-split.pl $(HFIGS)/woven.html $(HTML).new \
	  $(HFIGS)/ids.txt; \
	perl doc/html-check.pl $(HTML).new $(NW) doc/pcall.toc; \
	rm -rf $(HTML); mv $(HTML).new $(HTML)
	@echo "HTML book: $(HTML)/index.html"

# The edition's gate, and a proof that it can fail: each of a few
# deliberately broken copies of the edition must be refused.
check-html: deps-build html
	@perl doc/html-check.pl $(HTML) $(NW) doc/pcall.toc
	@bash doc/html-check-selftest.sh $(HTML) $(NW) doc/pcall.toc

# `make html-shots`: each page's first screen, as headless Chromium
# draws it, in $(BUILD)/shots/ (to look at; not part of check).
html-shots: deps-shots html
	@set -e; mkdir -p $(BUILD)/shots; \
	for f in $(HTML)/*.html; do \
	  n=$$(basename $$f .html); \
	  chromium --headless --no-sandbox --disable-gpu \
	    --hide-scrollbars --window-size=1366,900 --no-first-run \
	    --user-data-dir=$(BUILD)/shots/.profile \
	    --screenshot=$(BUILD)/shots/$$n.png \
	    "file://$$(realpath $$f)" >/dev/null 2>&1 \
	  || { echo "html-shots: chromium failed on $$f" >&2; exit 1; }; \
	done; rm -rf $(BUILD)/shots/.profile; \
	echo "html-shots: $$(ls $(BUILD)/shots | wc -l) in $(BUILD)/shots/"

apidoc: tangle
	@mkdir -p $(BUILD)
	PCALL_VERSION=$(VERSION) PCALL_APIDOC_DIR=$(BUILD)/apidoc \
	  doxygen doc/Doxyfile > $(BUILD)/doxygen.log
	@echo "API docs: $(BUILD)/apidoc/html/index.html"

clean:
	rm -rf $(BUILD) build-clang build-deb $(ASAN_BUILD) $(FUZZ_BUILD) \
	  doc/pcall-body.tex doc/pcall-ids.tex doc/pcall-ids.txt \
	  doc/pcall.pdf doc/*.idx doc/*.ind doc/*.ilg $(HTML) $(HTML).new \
	  doc/pcall.html doc/scenarios.tex doc/*.aux doc/*.log \
	  doc/*.toc doc/*.out

# ---------------------------------------------------------------
# Installing (book chapter "The Pcall object", section "Installing
# and linking").  The headers go to $(INCLUDEDIR)/pcall/ without
# their #line directives: programs write #include <pcall/pcall.h>.
MAN3 := $(wildcard doc/man/*.3)
MAN1 := $(wildcard doc/man/*.1)
HDRS := $(patsubst %,$(BUILD)/include/pcall/%,$(PUBLIC_HEADERS))

headers: tangle
	@$(MAKE) --no-print-directory $(HDRS)
$(BUILD)/include/pcall/%.h: $(GEN)/%.h
	@mkdir -p $(@D)
	sed '/^#line /d' $< > $@

$(BUILD)/pcall.pc: pcall.pc.in $(GEN)/pcall.h Makefile
	@mkdir -p $(@D)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	  -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  -e 's|@LIBS_PRIVATE@|$(LIBS_PRIVATE)|' $< > $@
# The prefix may change from one `make install` to the next.
.PHONY: $(BUILD)/pcall.pc

install: lib headers $(BUILD)/pcall-pickle $(BUILD)/pcall.pc
	$(INSTALL) -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR) \
	  $(DESTDIR)$(INCLUDEDIR)/pcall $(DESTDIR)$(BINDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3 \
	  $(DESTDIR)$(DOCDIR)
	$(INSTALL) -m 644 $(BUILD)/libpcall.a $(DESTDIR)$(LIBDIR)/
	$(INSTALL) -m 644 $(BUILD)/libpcall.so.$(VERSION) \
	  $(DESTDIR)$(LIBDIR)/
	ln -sf libpcall.so.$(VERSION) \
	  $(DESTDIR)$(LIBDIR)/libpcall.so.$(SOMAJOR)
	ln -sf libpcall.so.$(SOMAJOR) $(DESTDIR)$(LIBDIR)/libpcall.so
	$(INSTALL) -m 644 $(HDRS) $(DESTDIR)$(INCLUDEDIR)/pcall/
	$(INSTALL) -m 644 $(BUILD)/pcall.pc $(DESTDIR)$(PKGCONFIGDIR)/
	$(INSTALL) -m 755 $(BUILD)/pcall-pickle $(DESTDIR)$(BINDIR)/
	$(INSTALL) -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	$(INSTALL) -m 644 $(MAN3) $(DESTDIR)$(MANDIR)/man3/
	@set -e; while read page names; do for n in $$names; do \
	  echo ".so man3/$$page.3" > $(DESTDIR)$(MANDIR)/man3/$$n.3; \
	done; done < doc/man/links
	$(INSTALL) -m 644 README.md NEWS LICENSE $(DESTDIR)$(DOCDIR)/
	@set -e; for f in doc/pcall.pdf doc/pcall.html; do \
	  if [ -f $$f ]; then \
	    $(INSTALL) -m 644 $$f $(DESTDIR)$(DOCDIR)/; fi; done; \
	if [ -d $(BUILD)/apidoc/html ]; then \
	  $(INSTALL) -d $(DESTDIR)$(DOCDIR)/html; \
	  cp -R $(BUILD)/apidoc/html/. $(DESTDIR)$(DOCDIR)/html/; fi

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/libpcall.a \
	  $(DESTDIR)$(LIBDIR)/libpcall.so.$(VERSION) \
	  $(DESTDIR)$(LIBDIR)/libpcall.so.$(SOMAJOR) \
	  $(DESTDIR)$(LIBDIR)/libpcall.so \
	  $(DESTDIR)$(PKGCONFIGDIR)/pcall.pc \
	  $(DESTDIR)$(BINDIR)/pcall-pickle \
	  $(patsubst doc/man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MAN1)) \
	  $(patsubst doc/man/%,$(DESTDIR)$(MANDIR)/man3/%,$(MAN3))
	rm -f $(patsubst %,$(DESTDIR)$(INCLUDEDIR)/pcall/%, \
	  $(PUBLIC_HEADERS))
	@while read page names; do for n in $$names; do \
	  rm -f $(DESTDIR)$(MANDIR)/man3/$$n.3; done; done < doc/man/links
	rm -rf $(DESTDIR)$(DOCDIR)
	-rmdir $(DESTDIR)$(INCLUDEDIR)/pcall

# The shared library must export exactly the functions that the
# installed headers mark PCALL_API (each documented: Doxygen fails on
# an undocumented one), nothing else.
check-exports: lib headers deps-install
	@set -eo pipefail; t=$$(mktemp -d); trap 'rm -rf "$$t"' EXIT; \
	cat $(HDRS) | sed -n '/PCALL_API$$/{N;s/\n/ /;}; /^#/d; /^\(PCALL_NORETURN \)\{0,1\}PCALL_API /p' \
	  | sed 's/(.*//; s/.*[ *]//' | sort -u > "$$t/api"; \
	awk '/^[a-z_][a-z_0-9 ]*[ *]+[a-z_][a-z_0-9]*\(/ \
	  && !/^(typedef|static)/ && prev !~ /PCALL_API$$/ { \
	    print FILENAME ": declared without PCALL_API: " $$0; bad = 1 } \
	  { prev = $$0 } END { exit bad }' $(HDRS) >&2; \
	nm -D --defined-only $(BUILD)/libpcall.so.$(VERSION) \
	  | awk '$$2 ~ /^[TDBRVW]$$/ {print $$3}' | sed 's/@.*//' \
	  | grep -v '^_\(init\|fini\|edata\|end\|_bss_start\)$$' \
	  | sort -u > "$$t/exported"; \
	if ! diff "$$t/api" "$$t/exported" > "$$t/diff"; then \
	  echo "libpcall.so exports differ from the PCALL_API" \
	    "functions of the installed headers (< API, > exported):" >&2; \
	  cat "$$t/diff" >&2; exit 1; fi; \
	echo "exports check: libpcall.so exports the $$(wc -l < "$$t/api")" \
	  "PCALL_API functions and nothing else"

# Every public header must have its page in the API reference (a
# header without @file has none).
check-apidoc: apidoc
	@bad=0; for h in $(PUBLIC_HEADERS) internal.h; do \
	  f=$(BUILD)/apidoc/html/$${h%.h}_8h.html; \
	  [ -f $$f ] || { echo "$$h is not in the API reference" \
	    "($$f missing: no @file?)" >&2; bad=1; }; done; \
	for h in $(PUBLIC_HEADERS); do \
	  grep -q "$${h%.h}_8h.html" $(BUILD)/apidoc/html/group__api.html \
	  || { echo "$$h is not in the group User API" >&2; bad=1; }; \
	done; \
	[ $$bad = 0 ] && echo "apidoc check: every public header is" \
	  "in the reference"

# Install into a scratch DESTDIR, then build a C and a C++ program
# with pkg-config against it, shared and static, and run them.
check-install: deps-install
	@set -eo pipefail; t=$$(mktemp -d); trap 'rm -rf "$$t"' EXIT; \
	$(MAKE) --no-print-directory install DESTDIR="$$t/root" \
	  PREFIX=/usr/local > "$$t/install.log" \
	  || { cat "$$t/install.log" >&2; exit 1; }; \
	export PKG_CONFIG_PATH="$$t/root/usr/local/lib/pkgconfig"; \
	export PKG_CONFIG_SYSROOT_DIR="$$t/root"; \
	cflags=$$(pkg-config --cflags pcall); \
	libs=$$(pkg-config --libs pcall); \
	slibs=$$(pkg-config --static --libs pcall); \
	[ "$$(pkg-config --modversion pcall)" = $(VERSION) ]; \
	if grep -l '^#line' $$t/root/usr/local/include/pcall/*.h; then \
	  echo "installed headers carry #line" >&2; exit 1; fi; \
	$(CC) -std=c11 -Wall -Wextra -Werror $$cflags \
	  -o "$$t/prog" tests/install/prog.c $$libs; \
	$(CC) -std=c11 -Wall -Wextra -Werror $$cflags -static \
	  -o "$$t/prog-static" tests/install/prog.c $$slibs; \
	$(CXX) -std=c++11 -Wall -Wextra -Werror $$cflags \
	  -o "$$t/prog-cxx" tests/install/prog.cpp $$libs; \
	for p in prog prog-static prog-cxx; do \
	  out=$$(LD_LIBRARY_PATH="$$t/root/usr/local/lib" "$$t/$$p"); \
	  [ "$$out" = "(5, 7, 9) $(VERSION)" ] \
	    || { echo "$$p printed '$$out'" >&2; exit 1; }; \
	done; \
	LD_LIBRARY_PATH="$$t/root/usr/local/lib" ldd "$$t/prog" \
	  > "$$t/ldd"; \
	grep -q "libpcall.so.$(SOMAJOR) => $$t/root" "$$t/ldd" \
	  || { echo "prog does not use the installed libpcall.so" >&2; \
	       exit 1; }; \
	if readelf -d "$$t/prog-static" | grep libpcall; then \
	  echo "prog-static needs libpcall.so" >&2; exit 1; fi; \
	for m in $$t/root/usr/local/share/man/man*/*; do \
	  case "$$(head -c 4 "$$m")" in ".so ") \
	    l=$$(sed 's/^\.so //' "$$m"); \
	    [ -f "$$t/root/usr/local/share/man/$$l" ] || { \
	      echo "$${m##*/}: no $$l" >&2; exit 1; }; continue;; esac; \
	  MANWIDTH=80 man -l "$$m" > /dev/null 2> "$$t/man.err"; \
	  if [ -s "$$t/man.err" ]; then cat "$$t/man.err" >&2; \
	    echo "man -l $${m##*/} warns" >&2; exit 1; fi; done; \
	$(MAKE) --no-print-directory uninstall DESTDIR="$$t/root" \
	  PREFIX=/usr/local > /dev/null; \
	left=$$(find "$$t/root" -type f -o -type l); \
	[ -z "$$left" ] || { echo "uninstall left: $$left" >&2; exit 1; }; \
	echo "install check: pkg-config builds, C shared and static," \
	  "C++, run; man pages render; uninstall leaves nothing"

# ---------------------------------------------------------------
# The Debian packages (debian/): libpcall1, libpcall-dev, pcall-doc.
# dpkg-buildpackage writes them next to the clone; they are moved to
# $(DEB_DIR), where lintian checks them.
DEB_DIR ?= build-deb/debs
DEB_FILES = pcall_$(VERSION)_*.changes pcall_$(VERSION)_*.buildinfo \
	libpcall1_$(VERSION)_*.deb libpcall1-dbgsym_$(VERSION)_*.deb \
	libpcall-dev_$(VERSION)_*.deb \
	libpcall-dev-dbgsym_$(VERSION)_*.deb pcall-doc_$(VERSION)_*.deb
deb: deps-deb
	dpkg-buildpackage -us -uc -b
	@mkdir -p $(DEB_DIR); cd .. && for f in $(DEB_FILES); do \
	  [ ! -e "$$f" ] || mv "$$f" $(CURDIR)/$(DEB_DIR)/; done
	lintian --fail-on error $(DEB_DIR)/pcall_$(VERSION)_*.changes
	@echo "deb: $(DEB_DIR)/"; ls $(DEB_DIR)

# ---------------------------------------------------------------
# libpcall-mpi (book chapter "Beyond one machine"): the same calls
# over the ranks of an MPI job.  Built with mpicc, only when it is
# present (`make` skips it otherwise; `make mpi-lib` installs Open
# MPI first); the core library does not depend on MPI.  It holds the
# core's objects, so a program links -lpcall-mpi alone.  mpirun runs
# as root only with Open MPI's two allow-run-as-root variables, and
# more ranks than cores only with --oversubscribe: both are set here,
# for the targets that run it (CI runs as root on two cores).  With
# --bind-to none, a rank and its calls may use every core: Open MPI
# binds each rank of a job of two to one core by default (mpirun(1)).
MPICC   ?= mpicc
MPI_NP  ?= 3
MPIRUN  := env OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 \
	OMPI_MCA_rmaps_base_oversubscribe=1 mpirun --oversubscribe \
	--bind-to none
MPI_LIBS := $(BUILD)/libpcall-mpi.a $(BUILD)/libpcall-mpi.so.$(VERSION) \
	$(BUILD)/pcall-mpi.pc $(BUILD)/include/pcall/pcall-mpi.h
# The checks' own time limit: a hang is a failure, not a stuck CI.
MPI_LIMIT ?= 300

.PHONY: mpi-lib mpi-if-present check-mpi bench-mpi mpi-demo deps-mpi
mpi-if-present:
	@if command -v $(MPICC) >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory mpi-lib; \
	else echo "$(MPICC) not found: libpcall-mpi not built" \
	  "(make deps-mpi installs Open MPI)"; fi
mpi-lib: deps-mpi tangle
	@$(MAKE) --no-print-directory $(MPI_LIBS) $(BUILD)/mpi-demo

$(BUILD)/mpi/%.o: $(GEN)/%.c $(wildcard $(GEN)/*.h) $(BUILD)/flags
	@mkdir -p $(@D)
	$(MPICC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/mpi-pic/%.o: $(GEN)/%.c $(wildcard $(GEN)/*.h) $(BUILD)/flags
	@mkdir -p $(@D)
	$(MPICC) $(ALL_CFLAGS) $(VISIBILITY) -fPIC -c -o $@ $<
$(BUILD)/libpcall-mpi.a: $(BUILD)/mpi/pcall-mpi.o $(LIBOBJ)
	rm -f $@ && ar rcs $@ $^
$(BUILD)/libpcall-mpi.so.$(VERSION): $(BUILD)/mpi-pic/pcall-mpi.o \
	$(PICOBJ)
	$(MPICC) $(CFLAGS) $(LDFLAGS) -shared -Wl,--no-undefined \
	  -Wl,-soname,libpcall-mpi.so.$(SOMAJOR) -o $@ $^ $(LIBS_PRIVATE)
	ln -sf libpcall-mpi.so.$(VERSION) \
	  $(BUILD)/libpcall-mpi.so.$(SOMAJOR)
	ln -sf libpcall-mpi.so.$(SOMAJOR) $(BUILD)/libpcall-mpi.so
$(BUILD)/pcall-mpi.pc: pcall-mpi.pc.in $(GEN)/pcall.h Makefile
	@mkdir -p $(@D)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	  -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  -e 's|@LIBS_PRIVATE@|$(LIBS_PRIVATE)|' $< > $@

# The test, bench and demo programs, linked with the static library.
$(BUILD)/mpi-%: $(GEN)/mpi-%.c $(BUILD)/libpcall-mpi.a
	$(MPICC) $(ALL_CFLAGS) -rdynamic -o $@ $< \
	  $(BUILD)/libpcall-mpi.a $(LIBS_PRIVATE)

# `make check-mpi`: mpi-test over three ranks; then in ranks without
# standard input, without any standard stream (a minute: it hung
# once), and with a line left in stdout's buffer, which must come
# out once per rank; then a serving rank killed, a rank's fork server
# killed, a fork server's socket spoiled, and no descriptor left for
# it: each time the job must end, within its limit, with the message
# naming what failed, and leave none of its processes behind.
check-mpi: mpi-lib
	@$(MAKE) --no-print-directory $(BUILD)/mpi-test
	timeout $(MPI_LIMIT) $(MPIRUN) -np 3 $(BUILD)/mpi-test
	timeout $(MPI_LIMIT) $(MPIRUN) -np 3 $(BUILD)/mpi-test closed-stdin
	timeout 60 $(MPIRUN) -np 3 $(BUILD)/mpi-test closed-std
	@echo "== output buffered before pcall_mpi_init"; \
	out=$$(timeout $(MPI_LIMIT) $(MPIRUN) -np 3 \
	  $(BUILD)/mpi-test partial-line 2>&1) \
	  || { echo "$$out"; exit 1; }; \
	echo "$$out"; \
	n=$$(printf '%s\n' "$$out" | grep -o 'unflushed;' | wc -l); \
	if [ "$$n" != 3 ]; then echo "check-mpi: a line buffered before" \
	  "pcall_mpi_init came out $$n times, not once per rank (3)" >&2; \
	  exit 1; fi; \
	echo "check-mpi: the buffered line came out once per rank"
	@set -o pipefail; \
	for mode in dead-rank dead-server spoiled-socket no-descriptors; \
	do \
	  case $$mode in \
	  dead-rank) what="a serving rank killed (SIGKILL)"; \
	    want='process rank [12] with PID .* exited on signal 9';; \
	  dead-server) what="a rank's fork server killed (SIGKILL)"; \
	    want='rank [12] .*fork server (pid [0-9]*) was killed by';; \
	  spoiled-socket) what="a fork server's socket spoiled"; \
	    want='rank [12] .*fork server (pid [0-9]*) sent a frame of';; \
	  *) what="no descriptor for a fork server's socket"; \
	    want='pcall_mpi_init: socketpair: Too many open files';; \
	  esac; \
	  echo "== $$what"; rc=0; \
	  timeout $(MPI_LIMIT) $(MPIRUN) -np 3 $(BUILD)/mpi-test $$mode \
	    > $(BUILD)/mpi-$$mode.log 2>&1 || rc=$$?; \
	  cat $(BUILD)/mpi-$$mode.log; \
	  if grep -q "^$$mode: skipped" $(BUILD)/mpi-$$mode.log; then \
	    echo "check-mpi: SKIPPED: $$what (no right to take the" \
	      "server's descriptor: run as root)"; continue; fi; \
	  if [ $$rc = 0 ] || [ $$rc = 124 ]; then \
	    echo "check-mpi: $$what gave status $$rc (0: not" \
	      "noticed; 124: the job hung)" >&2; exit 1; fi; \
	  grep -q "$$want" $(BUILD)/mpi-$$mode.log || { echo "check-mpi:" \
	    "no message naming what failed: $$what" >&2; exit 1; }; \
	  sleep 2; \
	  if pgrep -f "^$(BUILD)/mpi-test $$mode" >/dev/null; then \
	    echo "check-mpi: processes of the dead job are left:" >&2; \
	    pgrep -af "^$(BUILD)/mpi-test $$mode" >&2; exit 1; fi; \
	  echo "check-mpi: the job ended (status $$rc): $$what"; \
	done

# `make mpi-demo`: the specification's first example over 3 ranks.
mpi-demo: mpi-lib
	@$(MAKE) --no-print-directory $(BUILD)/mpi-demo
	$(MPIRUN) -np $(MPI_NP) $(BUILD)/mpi-demo

# `make bench-mpi`: mpi-bench without MPI, then with the host alone
# and 1, 2, 3 serving ranks, and 1, 2 serving ranks of one slot each,
# MPI_ROUNDS times in turn; then
# MPI_PAIR_JOBS jobs of one serving rank, each timing MPI_PAIR_SETS
# pairs of sets of MPI_PAIR_CALLS trivial calls, one set over MPI and
# one on the local engine in a process forked before MPI started
# (`mpi-bench --pairs`).  doc/bench-mpi.awk takes the medians, and
# the pairs' median ratio and its interval.  The table and that
# sentence replace the section between the markers in doc/bench.md
# (appended if absent), which `make bench` keeps.
MPI_ROUNDS ?= 7
MPI_PAIR_JOBS ?= 10
MPI_PAIR_SETS ?= 6
MPI_PAIR_CALLS ?= 3000
MPI_BENCH_BEGIN := <!-- bench-mpi: written by make bench-mpi -->
MPI_BENCH_END   := <!-- /bench-mpi -->
bench-mpi: mpi-lib
	@$(MAKE) --no-print-directory $(BUILD)/mpi-bench
	@set -eo pipefail; out=$(BUILD)/bench-mpi.md; \
	{ echo '$(MPI_BENCH_BEGIN)'; echo '## Over MPI'; echo; \
	  echo "Open MPI $$(mpirun --version | sed -n '1s/.* //p')," \
	    "$$(nproc) online CPUs, $$(date -u '+%Y-%m-%d %H:%M') UTC;" \
	    "ranks beyond the CPUs are oversubscribed."; \
	  echo "Trivial: 1000 calls, best of 3, and the CPU time of all" \
	    "the job's processes over the 3000 calls, a call's share;" \
	    "CPU-bound: 16 calls of 0.1 s CPU, best of 2; 64 MiB: one" \
	    "call, best of 3." \
	    "Each figure is the median of $(MPI_ROUNDS) rounds; a round" \
	    "runs every row once, so that a slow spell of the machine" \
	    "falls on all rows alike."; \
	  echo; \
	  echo "Without MPI, the calls run on the local engine in a" \
	    "process that never starts MPI (\`mpi-bench --local\`, run" \
	    "without mpirun), with no cap and then at most $$(nproc) at" \
	    "once, as a serving rank runs them.  The ratios are taken in" \
	    "each round against the latter in the same round; the table" \
	    "gives the median of the rounds' ratios, then the lowest and" \
	    "highest.  The CPU time counts rank 0, every serving rank," \
	    "its fork server and the server's children (\`-\` where" \
	    "some ranks run on other hosts).  The rows of 0 serving" \
	    "ranks run the local engine on" \
	    "rank 0 of a job of one rank, after MPI_Init.  In the rows of" \
	    "one slot a rank, each serving rank runs one call at a time" \
	    "(\`PCALL_MPI_SLOTS=1\`), as a rank of one core would.  Every" \
	    "job runs with \`--bind-to none\`."; echo; \
	  echo '| serving ranks | µs per trivial call | ratio |' \
	    'CPU µs per trivial call | CPU ratio |' \
	    'CPU-bound calls/s | 64 MiB result, s |'; \
	  echo '|--|--:|--:|--:|--:|--:|--:|'; \
	  { for r in $$(seq $(MPI_ROUNDS)); do \
	      timeout $(MPI_LIMIT) $(BUILD)/mpi-bench --local; \
	      for np in 1 2 3 4; do \
	      timeout $(MPI_LIMIT) $(MPIRUN) -np $$np $(BUILD)/mpi-bench; \
	    done; \
	      for np in 2 3; do \
	      PCALL_MPI_SLOTS=1 timeout $(MPI_LIMIT) $(MPIRUN) -np $$np \
	        -x PCALL_MPI_SLOTS $(BUILD)/mpi-bench; \
	    done; done; \
	    for r in $$(seq $(MPI_PAIR_JOBS)); do \
	      timeout $(MPI_LIMIT) $(MPIRUN) -np 2 $(BUILD)/mpi-bench \
	        $(MPI_PAIR_CALLS) --pairs $(MPI_PAIR_SETS); \
	    done; } | awk -v jobs=$(MPI_PAIR_JOBS) -f doc/bench-mpi.awk; \
	  echo '$(MPI_BENCH_END)'; } > $$out; \
	touch doc/bench.md; \
	awk -v sec=$$out 'BEGIN { while ((getline l < sec) > 0) \
	    s = s l "\n" } \
	  index($$0, "<!-- bench-mpi:") == 1 { skip = 1; \
	    printf "%s", s; done = 1; next } \
	  skip && index($$0, "<!-- /bench-mpi -->") == 1 { skip = 0; \
	    next } \
	  !skip { print } \
	  END { if (!done) printf "\n%s", s }' doc/bench.md \
	  > doc/bench.md.new; \
	mv doc/bench.md.new doc/bench.md; cat $$out; \
	echo "bench-mpi: doc/bench.md"

# `make install-mpi`: libpcall-mpi, its header (#include
# <pcall/pcall-mpi.h>, beside the core's headers, which `make
# install` puts there) and pcall-mpi.pc; the same variables as
# `make install`.
install-mpi: mpi-lib headers
	$(INSTALL) -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR) \
	  $(DESTDIR)$(INCLUDEDIR)/pcall
	$(INSTALL) -m 644 $(BUILD)/libpcall-mpi.a \
	  $(BUILD)/libpcall-mpi.so.$(VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf libpcall-mpi.so.$(VERSION) \
	  $(DESTDIR)$(LIBDIR)/libpcall-mpi.so.$(SOMAJOR)
	ln -sf libpcall-mpi.so.$(SOMAJOR) $(DESTDIR)$(LIBDIR)/libpcall-mpi.so
	$(INSTALL) -m 644 $(HDRS) $(BUILD)/include/pcall/pcall-mpi.h \
	  $(DESTDIR)$(INCLUDEDIR)/pcall/
	$(INSTALL) -m 644 $(BUILD)/pcall-mpi.pc $(DESTDIR)$(PKGCONFIGDIR)/
uninstall-mpi:
	rm -f $(DESTDIR)$(LIBDIR)/libpcall-mpi.a \
	  $(DESTDIR)$(LIBDIR)/libpcall-mpi.so.$(VERSION) \
	  $(DESTDIR)$(LIBDIR)/libpcall-mpi.so.$(SOMAJOR) \
	  $(DESTDIR)$(LIBDIR)/libpcall-mpi.so \
	  $(DESTDIR)$(INCLUDEDIR)/pcall/pcall-mpi.h \
	  $(DESTDIR)$(PKGCONFIGDIR)/pcall-mpi.pc
.PHONY: install-mpi uninstall-mpi $(BUILD)/pcall-mpi.pc
