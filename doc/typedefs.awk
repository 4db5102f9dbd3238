# typedefs.awk -- a noweave filter (noweave -filter) run after
# -autodefs c.  The C autodefs take `static pv *f(...)` for a
# definition of `pv`, so every chunk that defines a function returning
# a pv would index `pv` as defined there.  This filter keeps a type
# name's definition only in the chunk whose code declares the typedef.
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
        if (line[i] ~ /^@index defn /) {
            name = substr(line[i], 13)
            if ((name in istype) && !((name, chunkof[i]) in typedef_in))
                continue
        }
        print line[i]
    }
}
