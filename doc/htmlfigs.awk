# htmlfigs.awk -- a noweave filter for the HTML book only.  l2h cannot
# draw TikZ pictures and would print their source as text, so each
# picture is replaced by a pointer to the PDF, where it is drawn.
/^@text .*\\begin\{tikzpicture\}/ {
    skip = 1
    print "@text (This picture is drawn in the PDF book, doc/pcall.pdf.)"
    next
}
skip && /^@text .*\\end\{tikzpicture\}/ { skip = 0; next }
skip && /^@text / { next }
{ print }
