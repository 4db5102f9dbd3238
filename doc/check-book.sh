#!/bin/bash
# check-book.sh -- checks of the built book (make check-index,
# make check-pages).
#
#   doc/check-book.sh index PDF IDS GEN   the identifier indexes
#   doc/check-book.sh pages PDF           no body page a third empty
#   doc/check-book.sh selftest            both fail on broken books
#
# index: IDS is doc/pcall-ids.txt (`class name` per identifier,
# from doc/cdefs.awk), GEN the tangled sources.  It fails when a common
# English word is defined, when a defined name is not a C token of the
# tangled C (so came from Python, a comment or a string), when an
# entry of an index lists one page twice or an index lists a name
# twice, when an `@ %def` line names no file-scope C definition, when
# a function of a public header is missing from the index of the
# public API, or when a name with the library's prefixes (pcall_, pv_,
# PCALL_, PV_) is listed among the tests and tools (a module of the
# library that doc/cdefs.awk does not know).
#
# pages: it reads each page's words with their boxes (pdftotext
# -bbox) and measures how much of the text area under the last line is
# empty.  A page more than a third empty fails unless it is the last
# page of a chapter (the next page with words opens a chapter or a
# part, so a blank page before it is passed over), a part's
# own page, the last page before a page of floats (the next page holds
# a caption), or in the front matter or the appendices.
set -eo pipefail
what=$1; pdf=$2
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

# The text of the pages from the one whose first line matches $1 to
# the one before the page whose text matches $2.
index_section() {
    awk -v from="$1" -v to="$2" '
        index($0, to) { on = 0 } on { print } index($0, from) { on = 1 }
    ' "$t/book.txt"
}
# One entry per line: `name: refs`, continuation lines joined.
entries() {
    awk '/^ *[A-Za-z_][A-Za-z0-9_]*: / { if (e != "") print e
                                         e = $0; sub(/^ +/, "", e); next }
         /^  *[0-9]/ && e != "" { sub(/^ +/, " "); e = e $0; next }
         { if (e != "") print e; e = "" }
         END { if (e != "") print e }'
}

case $what in
index)
    ids=$3; gen=$4; bad=0
    pdftotext -layout "$pdf" "$t/book.txt"
    # 1. No common English word is an identifier.
    stop="the a an and or of to in is it be as by on at if s line child
          this that with for from not are was but all any can one two
          which when then than its has have will may must each every"
    for w in $stop; do
        if awk -v w="$w" '$1 != "%def-only" && $2 == w { f = 1 } END { exit !f }' "$ids"; then
            echo "index: the English word '$w' is indexed as defined" >&2
            bad=1
        fi
    done
    # 2. Every defined name is a C token of the tangled C: comments
    #    (by the preprocessor) and string literals removed.
    find "$gen" -name '*.[ch]' | while read -r f; do
        gcc -fpreprocessed -dD -E -P -x c "$f" 2>/dev/null \
          | sed -e 's/"\([^"\\]\|\\.\)*"//g' -e "s/'\([^'\\\\]\|\\\\.\)*'//g"
    done | grep -o '[A-Za-z_][A-Za-z0-9_]*' | sort -u > "$t/tokens"
    awk '$1 != "%def-only" { print $2 }' "$ids" | sort -u > "$t/defined"
    comm -23 "$t/defined" "$t/tokens" > "$t/strays"
    if [ -s "$t/strays" ]; then
        echo "index: defined, but not a C token of $gen/:" \
             $(cat "$t/strays") >&2; bad=1
    fi
    # 3. Every name of an `@ %def` line is a file-scope C definition.
    if grep -q '^%def-only ' "$ids"; then
        echo "index: @ %def names that are no file-scope C definition" \
             "(a local, or Python):" \
             $(awk '$1 == "%def-only" { print $2 }' "$ids") >&2; bad=1
    fi
    # 4. No page twice in an entry, no name twice in an index.
    for s in "public API|internals" "internals|tests and tools" \
             "tests and tools|Index of concepts"; do
        from="Identifiers of the ${s%%|*}"; to="${s#*|}"
        [ "$to" = "Index of concepts" ] || to="Identifiers of the $to"
        index_section "$from" "$to" | entries > "$t/entries"
        if [ ! -s "$t/entries" ]; then
            echo "index: the index \"$from\" is empty or missing" >&2
            bad=1; continue
        fi
        awk -F': ' '{ n = split($2, r, /, */)
                      for (i = 1; i <= n; i++) {
                          gsub(/ /, "", r[i])
                          if (r[i] in seen) print $1 ": page " r[i] " twice"
                          seen[r[i]] = 1 }
                      delete seen
                      if ($1 in name) print $1 ": listed twice"
                      name[$1] = 1 }' "$t/entries" > "$t/dups"
        if [ -s "$t/dups" ]; then
            sed "s/^/index: $from: /" "$t/dups" >&2; bad=1
        fi
        [ "$from" = "Identifiers of the public API" ] \
            && cut -d: -f1 "$t/entries" | sort -u > "$t/api"
    done
    # 5. Every function a public header declares is in the public API.
    for h in values literal pickle zipargs errors logs pcall proc; do
        [ -f "$gen/$h.h" ] || continue
        gcc -fpreprocessed -E -P -x c "$gen/$h.h" 2>/dev/null \
          | grep -v '^[[:space:]#]\|^typedef' \
          | grep -o '[A-Za-z_][A-Za-z0-9_]* *(' | tr -d ' (' \
          | { if [ $h = proc ]; then grep '^pcall_' || true; else cat; fi; }
    done | sort -u > "$t/declared"
    comm -23 "$t/declared" "$t/api" > "$t/missing"
    if [ -s "$t/missing" ]; then
        echo "index: declared in a public header, not in the public" \
             "API index:" $(cat "$t/missing") >&2; bad=1
    fi
    # 6. The library's names are not the tests'.
    awk '$1 == "test" && $2 ~ /^(pcall|pv|PCALL|PV)_/ { print $2 }' \
        "$ids" > "$t/libtest"
    if [ -s "$t/libtest" ]; then
        echo "index: library names among the tests and tools (is" \
             "the module in doc/cdefs.awk's root_class?):" \
             $(cat "$t/libtest") >&2; bad=1
    fi
    [ $bad = 0 ] && echo "index check: $(wc -l < "$t/defined")" \
        "identifiers, $(wc -l < "$t/declared") public functions indexed"
    exit $bad
    ;;
pages)
    pdftotext -bbox "$pdf" "$t/bbox.html"
    pdftotext -layout "$pdf" "$t/book.txt"
    # Per page: the lowest word's bottom inside the text area, and
    # whether the page opens a chapter or a part or holds a float's
    # caption.  geometry: A4, text 240 mm high, top margin 2/5 of the
    # rest: the text area is from 64.6 pt to 744.9 pt.
    awk -v top=64.6 -v bot=744.9 '
        /<page / { p++; low[p] = top; n = 0 }
        /<word / {
            match($0, /yMin="[0-9.]+"/); y0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            match($0, /yMax="[0-9.]+"/); y1 = substr($0, RSTART + 6, RLENGTH - 7) + 0
            w = $0; sub(/^.*">/, "", w); sub(/<.*$/, "", w)
            if (y0 > bot || y1 < top) next     # running head, foot
            n++; word[n] = w
            if (n <= 2 && (w == "Chapter" || w == "Appendix")) opens[p] = 1
            if (n <= 2 && w == "Part") opens[p] = 2
            if (n > 1 && word[n-1] ~ /^(Figure|Table)$/ &&
                w ~ /^[0-9A-Z]+\.[0-9]+:$/) cap[p] = 1   # a caption
            if (y1 > low[p]) low[p] = y1
        }
        END {
            for (i = 1; i <= p; i++) {
                empty = (bot - low[i]) / (bot - top)
                print i, empty, opens[i] + 0, cap[i] + 0
            }
        }' "$t/bbox.html" > "$t/pages"
    # The body: from the page of Part I to the page before the
    # appendices (the front matter and the tables, indexes after).
    first=$(awk 'BEGIN{RS="\f"} /Part I/ && /A parallel call/ && !/Contents/ {print NR; exit}' "$t/book.txt")
    last=$(awk 'BEGIN{RS="\f"} /Appendix A/ {print NR; exit}' "$t/book.txt")
    awk -v first="${first:-1}" -v last="${last:-100000}" '
        { e[$1] = $2; o[$1] = $3; c[$1] = $4; n = $1 }
        END {
            bad = 0
            for (i = first; i < last && i < n; i++) {
                if (e[i] <= 1/3) continue
                # the next page with words: \cleardoublepage may put
                # a blank page between the end of a chapter and the next
                for (j = i + 1; j < n && e[j] == 1; j++) ;
                if (o[j] || c[j] || o[i] == 2) continue
                printf "page %d (of the PDF) is %d%% empty\n", i, e[i] * 100
                bad++
            }
            if (bad) { printf "%d body pages more than a third empty\n", bad; exit 1 }
            printf "page check: pages %d to %d, none more than a third empty\n", first, last - 1
        }' "$t/pages" >&2
    ;;
selftest)
    # Each check must fail on a broken book: two small books made
    # here, one with a page half empty inside a chapter, one with an
    # index that breaks every rule of the index check.
    self=$(realpath "$0"); cd "$t"
    words=$(for i in $(seq 300); do printf 'word%d ' "$i"; done)
    cat > pages.tex <<EOF
\documentclass[11pt,a4paper,openany]{book}
\usepackage[a4paper,textwidth=150mm,textheight=240mm]{geometry}
\begin{document}
\tableofcontents
\part{A parallel call}
\chapter{One} $words $words\clearpage $words $words $words
\chapter{Two} $words $words
\appendix
\chapter{Tables} $words
\end{document}
EOF
    pdflatex -interaction=nonstopmode pages.tex > /dev/null 2>&1 || true
    if "$self" pages pages.pdf 2> pages.out; then
        echo "selftest: the page check passed a half-empty page" >&2
        exit 1
    fi
    grep -q '^page .* empty' pages.out || { cat pages.out >&2; exit 1; }
    mkdir gen
    printf 'int pcall(void);\nint pcall_gone(void);\n' > gen/pcall.h
    printf 'int pcall(void) { return the + pcall_tp_lost; }\n' \
        > gen/pcall.c
    printf '%s\n' 'api pcall' 'api pcall_gone' 'test the' \
        'internal stray' '%def-only local' 'test pcall_tp_lost' > ids.txt
    cat > index.tex <<'EOF'
\documentclass{article}
\begin{document}
\section*{Identifiers of the public API}
\texttt{pcall}: 12a, 13b, 12a\par
\texttt{pcall}: 14\par
\section*{Identifiers of the internals}
\texttt{stray}: 3\par
\section*{Identifiers of the tests and tools}
\texttt{the}: 4\par
\section*{Index of concepts}
\end{document}
EOF
    pdflatex -interaction=nonstopmode index.tex > /dev/null 2>&1 || true
    if "$self" index index.pdf ids.txt gen 2> index.out; then
        echo "selftest: the index check passed a broken index" >&2
        exit 1
    fi
    for want in "English word 'the'" "C token of gen/: stray" \
                "%def names .*local" "page 12a twice" \
                "pcall: listed twice" "API index: pcall_gone" \
                "tests and tools.*pcall_tp_lost"; do
        grep -q "$want" index.out || {
            echo "selftest: the index check did not say: $want" >&2
            cat index.out >&2; exit 1; }
    done
    echo "check selftest: the page and index checks fail on broken books"
    ;;
*)
    echo "usage: $0 index PDF IDS GEN | pages PDF | selftest" >&2
    exit 2 ;;
esac
