#!/bin/bash
# html-check-selftest.sh DIR NW TOC -- prove that doc/html-check.pl
# can fail: break a copy of the edition in DIR one way at a time and
# require the checker to refuse each copy.  Run by `make check-html`.
set -u
dir=$1 nw=$2 toc=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0 n=0
page=$(cd "$dir" && ls chapter-1.html)
svg=$(cd "$dir" && ls tikz-*.svg | head -1)
# the appendix with the three identifier lists
idx=$(cd "$dir" && grep -l '<ul class="index identifiers api">' *.html)
# the scenario table of chapter "What can go wrong", by its head
scen=$(cd "$dir" && grep -l '<th>where</th><th>what happens</th>' chapter-*.html)

try() {   # try NAME COMMAND...: COMMAND breaks the copy in $tmp/c
    local name=$1; shift
    n=$((n + 1))
    rm -rf "$tmp/c"; cp -r "$dir" "$tmp/c"
    if ! ( cd "$tmp/c" && "$@" ) || diff -rq "$dir" "$tmp/c" >/dev/null
    then
        echo "html-check selftest: cannot break the copy: $name" >&2
        fails=$((fails + 1)); return
    fi
    if perl doc/html-check.pl "$tmp/c" "$nw" "$toc" > "$tmp/out" 2>&1; then
        echo "html-check selftest: NOT refused: $name" >&2
        fails=$((fails + 1))
    else
        echo "  refused, $name: $(head -1 "$tmp/out" | cut -c1-90)"
    fi
}
try "a missing figure"        rm "$svg"
try "a figure that is no SVG" sh -c "echo 'not a picture' > $svg"
try "a figure as PNG"         sh -c "mv $svg ${svg%.svg}.png && sed -i 's/$svg/${svg%.svg}.png/' $(cd "$dir" && grep -l "$svg" *.html)"
try "an unresolved ?? ref"    sed -i '0,/class="ref" href="[^"]*">[^<]*</s//class="ref" href="#">??</' $(cd "$dir" && grep -l 'class="ref"' chapter-*.html | head -1)
try "l2h's [->]"              sed -i '0,/<p>/s//<p><a href="#">[-\&gt;]<\/a>/' "$page"
try "a link to no id"         sed -i '0,/<p>/s//<p><a href="#no-such-label">x<\/a>/' "$page"
try "a link to no page"       sed -i '0,/<p>/s//<p><a href="chapter-99.html">x<\/a>/' "$page"
try "an unknown chunk link"   sed -i '0,/#NW/s//#NWnone/' "$page"
try "LaTeX left as text"      sed -i '0,/<p>/s//<p>see \\ref{ch:intro}/' "$page"
try "a page without the stylesheet" sed -i '/rel="stylesheet"/d' "$page"
try "no stylesheet"           rm pcall.css
try "the scenario table lost" perl -0pi -e 's{<table\b(?:(?!</table>).)*<th>where</th><th>what happens</th>.*?</table>}{}s' "$scen"
try "the internals' identifiers lost" perl -0pi -e 's{<ul class="index identifiers internal">.*?</ul>}{}s' "$idx"
try "one identifier list for all" perl -0pi -e 's{</ul>\s*<h2>Identifiers of the tests and tools</h2>\s*<ul class="index identifiers test">\n}{}s' "$idx"
try "an identifier in the wrong list" perl -0pi -e 's{(<ul class="index identifiers api">\n)(<li>[^\n]*\n)(.*?<ul class="index identifiers internal">\n)}{$1$3$2}s' "$idx"
try "an identifier without its definition" perl -0pi -e 's{(<ul class="index identifiers api">\n<li>.*?)<b>([^<]*)</b>}{$1$2}s' "$idx"
try "a chapter misnumbered"   sed -i 's/<span class="secno">1\.2</<span class="secno">1.3</' index.html
if [ $fails -ne 0 ]; then
    echo "html-check selftest: $fails of $n broken editions passed" >&2
    exit 1
fi
echo "html-check selftest: all $n broken editions refused"
