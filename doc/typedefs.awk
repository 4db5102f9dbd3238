# typedefs.awk -- a noweave filter (noweave -filter) run after
# -autodefs c.  The C autodefs take `static pv *f(...)` for a
# definition of `pv`, so every chunk that defines a function returning
# a pv would index `pv` as defined there.  This filter keeps a type
# name's definition only in the chunk whose code declares the typedef,
# and drops the C library's types (size_t, pid_t, ...) altogether.
{ line[NR] = $0 }
/^@begin code/ { chunk++ }
/^@text / {
    t = substr($0, 7)
    if (t ~ /typedef/ || t ~ /^} *[A-Za-z_][A-Za-z0-9_]* *; *$/) {
        n = split(t, w, /[^A-Za-z0-9_]+/)
        for (i = n; i >= 1; i--)
            if (w[i] != "") { typedef_in[w[i], chunk] = 1;
                              istype[w[i]] = 1; break }
    }
}
{ chunkof[NR] = chunk }
END {
    for (i = 1; i <= NR; i++) {
        if (line[i] ~ /^@index (local)?defn /) {
            name = line[i]
            sub(/^@index (local)?defn /, "", name)
            if ((name in istype) && !((name, chunkof[i]) in typedef_in))
                continue
            if (name ~ /_t$/ || name == "_Noreturn")
                continue        # the C library's types, a keyword
        }
        print line[i]
    }
}
