# cdefs.awk -- a noweb filter (the Makefile's book rules) that
# replaces `noweave -autodefs c` and noweb's finduses.
#
#   markup pcall.nw | awk -f doc/cdefs.awk -v ids=BASE | noidx | totex
#
# It reads the whole markup stream, tangles every root whose name ends
# in .c or .h itself (in memory, following @use), and lexes the C:
# comments, string and character literals are skipped, braces and
# parentheses counted.  What is declared at file scope is a definition:
# a function with its body, a prototype or extern in a header, a global,
# a typedef, a struct/union/enum tag, an enumeration constant, a
# #define (not an include guard).  Each is indexed (`@index defn`) in
# the chunk that holds its name token, so a local of a sub-chunk, a
# word in a Python or gnuplot root, in a comment or in a string is
# never a definition.  The `@ %def` lines are replaced by this.
#
# Uses: an identifier is marked used (`@index use`, which links it)
# where it appears as a C token in a chunk of a C root, or in quoted
# code [[...]] of the prose; not after `.` or `->` (a member), not in
# a comment or a string.  Quoted code that is no C is not marked: a
# shell command ([[make check]]), a file name or a path ([[pcall.nw]],
# [[doc/check-book.sh]]), a make target or an option ([[bench-quick]]).
#
# Each identifier gets a class, written to BASE.tex as
#   \pcallidclass{label}{class}
# (label: noidx's, `_` spelled `:un`; for the appendix's three
# indexes, doc/pcall.tex) and to BASE.txt as `class name` (for
# doc/check-book.sh; `%def-only name` for a name of an `@ %def` line
# that is no C definition): api when it is declared at file scope in a
# public
# header (proc.h: only the pcall_ names), internal when defined in a
# library root, test otherwise (the test program, one file or many
# under tests/, the fuzzers, the benchmark, the demo, pcall-pickle).

function is_kw(w) {
    return w in KW
}
# The library is the roots at the top of generated/; any root in a
# directory (tests/...) is a test's, whatever its name.
function root_class(r) {
    if (r ~ /^(values|literal|pickle|zipargs|errors|logs|pcall)\.h$/ \
        || r == "pcall-mpi.h")
        return "api"
    if (r == "proc.h")
        return "proch"
    if (r ~ /^(values|literal|pickle|zipargs|errors|transport|logs|pcall|proc)\.c$/ \
        || r == "pcall-mpi.c" || r ~ /^(transport|internal)\.h$/)
        return "internal"
    return "test"
}
function rank(c) { return c == "api" ? 3 : c == "internal" ? 2 : 1 }

function define(name, k, how,   c) {
    if (name == "" || is_kw(name) || name ~ /^__/)
        return
    if (how == "proto" && !is_header)
        return                  # a forward declaration in a .c file
    c = rootcls
    if (c == "proch")
        c = (name ~ /^(pcall_|PCALL_)/) ? "api" : "internal"
    if (!(name in cls) || rank(c) > rank(cls[name]))
        cls[name] = c
    if (!((k, name) in dk)) {
        dk[k, name] = 1
        ndk[k]++
        dkn[k, ndk[k]] = name
    }
}

# --- the file-scope parser, fed one token at a time -----------------
function tok(t, k) {
    atbol = 0
    if (pp) { ppn++; ppt[ppn] = t; return }
    if (depth == 0) seen0[k, t] = 1
    tok1(t, k)
    q2 = q1; q1 = t
}
function tok1(t, k) {
    if (t == "{") {
        if (depth == 0) {
            if (ns > 0 && S[ns] == ")" && !has_eq())
                { funcdef(); fbody = 1 }
            else if (ns > 1 && S[ns-1] ~ /^(struct|union|enum)$/ &&
                     isid(S[ns]))
                define(S[ns], SK[ns], "tag")
            ns++; S[ns] = "{}"; SK[ns] = k
        }
        # an enumeration's constants are file-scope names, also when
        # the enum is a member's type
        if (!fbody && (q1 == "enum" || (q2 == "enum" && isid(q1))))
            { edepth = depth + 1; expconst = 1; epd = 0 }
        depth++
        return
    }
    if (t == "}") {
        if (depth == edepth) edepth = 0
        depth--
        if (depth == 0 && fbody) { fbody = 0; ns = 0 }
        return
    }
    if (depth > 0) {
        if (edepth && depth == edepth) {
            if (t == "(") epd++
            else if (t == ")") epd--
            else if (t == "," && epd == 0) expconst = 1
            else if (expconst && isid(t))
                { define(t, k, "enum"); expconst = 0 }
            else expconst = 0
        }
        return
    }
    if (t == ";" && spd == 0) { endstmt(); ns = 0; return }
    if (t == "(") spd++
    if (t == ")") spd--
    ns++; S[ns] = t; SK[ns] = k
}
function has_eq(   i) {
    for (i = 1; i <= ns; i++) if (S[i] == "=") return 1
    return 0
}
function isid(t) { return t ~ /^[A-Za-z_][A-Za-z0-9_]*$/ && !is_kw(t) }
# The name of a function being defined: the identifier before the
# parenthesis that matches the last one (its parameters).
function funcdef(   i, d) {
    d = 0
    for (i = ns; i > 1; i--) {
        if (S[i] == ")") d++
        else if (S[i] == "(" && --d == 0) break
    }
    if (i > 1 && isid(S[i-1])) define(S[i-1], SK[i-1], "func")
}
function skip_parens(i,   d) {
    d = 0
    for (; i <= ns; i++) {
        if (S[i] == "(") d++
        else if (S[i] == ")") { d--; if (d == 0) return i }
    }
    return ns
}
# A declaration ends at `;`: typedef, prototypes, globals.
function endstmt(   i, a, b, d, td, ext) {
    if (ns == 0) return
    td = (S[1] == "typedef")
    ext = 0
    for (i = 1; i <= ns; i++) if (S[i] == "extern") ext = 1
    a = 1; d = 0
    for (i = 1; i <= ns + 1; i++) {
        if (i <= ns && S[i] == "(") d++
        if (i <= ns && S[i] == ")") d--
        if (i == ns + 1 || (S[i] == "," && d == 0)) {
            declarator(a, i - 1, td, ext)
            a = i + 1
        }
    }
}
function declarator(a, b, td, ext,   i, d, name, e, sq, f) {
    # cut the initializer
    d = 0
    for (i = a; i <= b; i++) {
        if (S[i] == "(") d++
        if (S[i] == ")") d--
        if (S[i] == "=" && d == 0) { b = i - 1; break }
    }
    # a pointer to function: ( * name
    for (i = a; i + 2 <= b; i++)
        if (S[i] == "(" && S[i+1] == "*" && isid(S[i+2]))
            { define(S[i+2], SK[i+2], td ? "type" : "var"); return }
    # a function prototype: name (
    if (!td) {
        f = 0; d = 0
        for (i = a; i < b; i++) {
            if (S[i] == "(") d++
            else if (S[i] == ")") d--
            else if (d == 0 && S[i+1] == "(" && isid(S[i]) &&
                     S[i] !~ /^__/)
                f = i
        }
        if (f) { define(S[f], SK[f], "proto"); return }
    }
    # otherwise the last identifier outside brackets, after any body
    name = ""; sq = 0; d = 0
    for (i = a; i <= b; i++) {
        if (S[i] == "[") sq++
        else if (S[i] == "]") sq--
        else if (S[i] == "(") d++
        else if (S[i] == ")") d--
        else if (S[i] == "{}") name = ""
        else if (sq == 0 && d == 0 && isid(S[i])) { name = S[i]; e = i }
        if (S[i] == "__attribute__") i = skip_parens(i + 1)
    }
    if (name == "") return
    # `struct tag;` declares a tag only
    if (!td && e == a + 1 && S[a] ~ /^(struct|union|enum)$/) return
    if (!td && !is_header && ext) return   # an extern in a .c file
    define(name, SK[e], td ? "type" : (is_header && !ext ? "var" : "var"))
}
function eol() {
    if (st == 4 || st == 2 || st == 3) st = 0
    if (pp && lastc != "\\") {
        pp = 0
        if (ppt[1] == "define" && isid(ppt[2]) && ppt[2] != guard)
            define(ppt[2], ppk2, "macro")
        guard = (ppt[1] == "ifndef") ? ppt[2] : ""
    }
    if (!pp) atbol = 1
    lastc = ""
}
# --- the lexer: calls f(token) for each token of s ------------------
function lex(s, k, mode,   n, p, c, c2, m) {
    n = length(s); p = 1
    while (p <= n) {
        c = substr(s, p, 1); c2 = substr(s, p, 2)
        lastc = c
        if (st == 1) {
            if (c2 == "*/") { st = 0; p += 2 } else p++
            continue
        }
        if (st == 2 || st == 3) {
            if (c == "\\") p += 2
            else { if (c == (st == 2 ? "\"" : "'")) st = 0; p++ }
            continue
        }
        if (st == 4) { p = n + 1; lastc = substr(s, n, 1); continue }
        if (c2 == "/*") { st = 1; p += 2; continue }
        if (c2 == "//") { st = 4; continue }
        if (c == "\"" || c == "'") {
            st = (c == "\"") ? 2 : 3; p++
            emit("STR", k, mode); continue
        }
        if (c ~ /[ \t]/) { p++; continue }
        if (c ~ /[A-Za-z_]/) {
            match(substr(s, p), /^[A-Za-z_][A-Za-z0-9_]*/)
            m = substr(s, p, RLENGTH)
            if (mode == "use") use_tok(m, p)
            else emit(m, k, mode)
            p += RLENGTH; continue
        }
        if (c ~ /[0-9]/) {
            match(substr(s, p), /^[0-9][A-Za-z0-9_.]*/)
            emit("NUM", k, mode); p += RLENGTH; continue
        }
        if (c == "#" && atbol && mode == "def") {
            pp = 1; ppn = 0; ppk2 = k; delete ppt; p++; continue
        }
        if (c2 == "->") { emit("->", k, mode); p += 2; continue }
        emit(c, k, mode); p++
    }
}
function emit(t, k, mode) {
    if (mode == "def") { if (pp && ppn == 1) ppk2 = k; tok(t, k) }
    else prev = t
}
function use_tok(m, p) {
    if ((m in cls) && prev != "." && prev != "->" \
        && !(inquote && not_c(m, p))) {
        cuts++; cutp[cuts] = p; cutn[cuts] = m
    }
    prev = m
}

# In quoted code, is the name at p of s (the quote's text) part of
# something that is not C?
function not_c(m, p,   a, z) {
    if (qshell) return 1
    a = p > 1 ? substr(s, p - 1, 1) : ""
    z = substr(s, p + length(m))
    return a == "/" || a == "-" || z ~ /^(\/|-[A-Za-z])/ \
        || z ~ /^\.(nw|[ch]|py|gp|sh|pl|awk|pdf|png|svg|so|a|md|txt|tex|html|css|pc|log)([^A-Za-z0-9_]|$)/
}

# --- tangling in memory ---------------------------------------------
function expand(name,   i, k, j) {
    if (name in busy) return
    busy[name] = 1
    for (i = 1; i <= ndef[name]; i++) {
        k = defk[name, i]; isc[k] = 1
        kcls[k] = rootcls; khdr[k] = is_header
        for (j = 1; j <= nit[k]; j++) {
            if (itt[k, j] == "t") lex(itv[k, j], k, "def")
            else if (itt[k, j] == "n") eol()
            else expand(itv[k, j])
        }
    }
    delete busy[name]
}

BEGIN {
    split("auto break case char const continue default do double else " \
          "enum extern float for goto if inline int long register " \
          "restrict return short signed sizeof static struct switch " \
          "typedef union unsigned void volatile while _Bool _Complex " \
          "_Noreturn _Static_assert _Thread_local _Alignas _Alignof " \
          "_Atomic _Generic bool defined", kw, " ")
    for (i in kw) KW[kw[i]] = 1
}
{ L[NR] = $0 }
/^@begin code / { cur = $3; incode = 1; next }
/^@end code / { incode = 0; next }
incode && /^@defn / {
    nm = substr($0, 7); cname[cur] = nm
    ndef[nm]++; defk[nm, ndef[nm]] = cur; next
}
incode && /^@text / { nit[cur]++; itt[cur, nit[cur]] = "t"
                      itv[cur, nit[cur]] = substr($0, 7); next }
incode && /^@nl/ { nit[cur]++; itt[cur, nit[cur]] = "n"; next }
incode && /^@use / { nm = substr($0, 6); used[nm] = 1
                     nit[cur]++; itt[cur, nit[cur]] = "u"
                     itv[cur, nit[cur]] = nm; next }
/^@index (local)?defn / { nm = $0; sub(/^@index (local)?defn /, "", nm)
                          pctdef[nm] = 1; npct++
                          pctn[npct] = nm; pctk[npct] = cur }

END {
    for (nm in ndef) {
        if ((nm in used) || nm !~ /\.[ch]$/) continue
        rootcls = root_class(nm); is_header = (nm ~ /\.h$/)
        st = 0; pp = 0; depth = 0; spd = 0; ns = 0; fbody = 0; edepth = 0
        atbol = 1; guard = ""
        expand(nm)
    }
    # A name that an `@ %def` line lists and that the chunk has at
    # file scope, when the parser did not see it declared: a
    # definition through a macro, like FAIL_AS(fail_index, ...).
    for (i = 1; i <= npct; i++) {
        k = pctk[i]; nm = pctn[i]
        if (isc[k] && ((k, nm) in seen0) && !(nm in cls)) {
            rootcls = kcls[k]; is_header = khdr[k]
            define(nm, k, "macro-made")
        }
    }
    incode = 0; inquote = 0
    for (i = 1; i <= NR; i++) {
        line = L[i]
        if (line ~ /^@begin code /) { cur = substr(line, 13) + 0
            incode = 1; st = 0; prev = "" }
        else if (line ~ /^@end code /) {
            for (j = 1; j <= ndk[cur]; j++)
                print "@index defn " dkn[cur, j]
            incode = 0
        }
        else if (line ~ /^@quote/) { inquote = 1; st = 0; prev = ""
            qfirst = 1; qshell = 0 }
        else if (line ~ /^@endquote/) { inquote = 0; qshell = 0 }
        else if (line ~ /^@index (local)?defn /) continue
        else if (line ~ /^@text / && ((incode && isc[cur]) || inquote)) {
            s = substr(line, 7); cuts = 0; atbol = 0
            if (inquote && qfirst)      # a command line, not C
                qshell = s ~ /^(make|sudo|python3|valgrind|gdb|perf|taskset|git|cc|gcc|clang|pkg-config|build\/)[ \/]/
            qfirst = 0
            lex(s, cur, "use")
            p = 1
            for (j = 1; j <= cuts; j++) {
                if (cutp[j] > p) print "@text " substr(s, p, cutp[j] - p)
                print "@index use " cutn[j]
                print "@text " cutn[j]
                p = cutp[j] + length(cutn[j])
            }
            if (p <= length(s)) print "@text " substr(s, p)
            continue
        }
        else if (line ~ /^@nl/ && incode) { if (st != 1) st = 0 }
        print line
    }
    if (ids != "") {
        printf "" > (ids ".tex"); printf "" > (ids ".txt")
        for (nm in cls) {
            t = nm; gsub(/_/, ":un", t)   # noidx's label of the name
            print "\\pcallidclass{" t "}{" cls[nm] "}" >> (ids ".tex")
            print cls[nm], nm >> (ids ".txt")
        }
        for (nm in pctdef)
            if (!(nm in cls))
                print "%def-only", nm >> (ids ".txt")
        close(ids ".tex"); close(ids ".txt")
    }
}
