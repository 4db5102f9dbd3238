# replace.awk -- a noweb filter: the lab's chunks come from the
# student's file, not from the book.
#
# Reads noweb's markup (the pipeline of notangle -filter) and drops
# every definition, in the first file only (the book), of the chunks
# listed one per line in the file `chunks`.  The definitions that
# the later files (the work file, the lab's tests) give are kept, so
# they take the place of the book's.  A dropped chunk becomes a
# documentation chunk of as many lines, so that the #line directives
# of the rest of the book still point at the right lines.
#
#   notangle -filter "awk -f replace.awk -v chunks=FILE" -L -R... \
#       pcall.nw work.nw
BEGIN {
    while ((getline name < chunks) > 0)
        if (name != "")
            drop[name] = 1
    close(chunks)
    files = 0
}
/^@file / { files++ }
# Hold back a code chunk's opening until its name is known.
/^@begin code / && files == 1 { held = $0; next }
held != "" {
    line = $0
    if (line ~ /^@defn /) {
        name = substr(line, 7)
        if (name in drop) {
            split(held, w, " ")
            print "@begin docs " w[3]
            dropping = w[3]; held = ""; next
        }
    }
    print held; held = ""
}
dropping != "" {
    if ($0 == "@end code " dropping) {
        print "@end docs " dropping; dropping = ""
    } else if ($0 == "@nl") {
        print
    }
    next
}
{ print }
