# htmlfigs.awk -- a noweave filter for the HTML book only.  l2h cannot
# draw TikZ pictures and would print their source as text, so each
# picture is replaced by a pointer to the PDF, where it is drawn; and
# the PDF's indexes become noweb's (below).
/^@text .*\\begin\{tikzpicture\}/ {
    skip = 1
    print "@text (This picture is drawn in the PDF book, doc/pcall.pdf.)"
    next
}
skip && /^@text .*\\end\{tikzpicture\}/ { skip = 0; next }
skip && /^@text / { next }
# The indexes of the PDF book are LaTeX's: makeindex's concept index
# (\index, \printindex) and the identifier index split in three
# (\pcallidindex, doc/pcall.tex).  The HTML book has noweb's one
# identifier index instead, and no concept index.
/^@text \\index\{.*\}$/ { next }
/^@text \\section\*\{Identifiers of the public API\}$/ {
    print "@text \\section*{Identifiers}"; next
}
/^@text \\section\*\{Identifiers of the / { next }
/^@text \\pcallidindex\{api\}$/ { print "@text \\nowebindex"; next }
/^@text \\pcallidindex\{/ { next }
/^@text .*(\\printindex|\\indexname|toc\}\{chapter\}\{Index of)/ { next }
{ print }
