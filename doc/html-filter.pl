#!/usr/bin/perl
# html-filter.pl -- a noweb filter for the HTML edition of the book.
#
#   ... | perl doc/html-filter.pl AUX FIGDIR OUTDIR DOCDIR | finduses ...
#
# It turns the LaTeX of every documentation chunk into HTML, so that
# tohtml, which copies documentation as it is, writes a readable page:
# numbered headings (counted as LaTeX counts them in the book class),
# \ref and \pageref as links that carry the PDF's numbers (read from
# the PDF build's AUX), lists, tables (and the \input scenario table),
# verbatim blocks, and inline math as Unicode.  Each tikzpicture is
# written to FIGDIR/tikz-N.tex, a standalone document with the book's
# preamble, for the Makefile to draw as OUTDIR/tikz-N.svg; images that
# \includegraphics names are copied from DOCDIR into OUTDIR.
# Quoted code ([[...]]) stays noweb's own markup, so finduses still
# links its identifiers; inside a TikZ picture it becomes \texttt, as
# in the PDF.  doc/html-split.pl then cuts the result into pages at
# the <!--nwpage ...--> markers left here.
#
# A macro this filter does not know is reported on stderr with its
# line and dropped (its arguments stay as text); html-check.pl fails on
# any that reaches a page.
use strict;
use warnings;
use File::Copy qw(copy);

my ($AUX, $FIGDIR, $OUTDIR, $DOCDIR) = @ARGV;
die "usage: html-filter.pl AUX FIGDIR OUTDIR DOCDIR\n" unless $DOCDIR;
binmode STDIN, ':raw';
binmode STDOUT, ':raw';

# ---------------------------------------------------------------
# The labels' numbers and pages, as the PDF printed them.
my (%labnum, %labpage);
open my $aux, '<', $AUX or die "html-filter: $AUX: $! (build the PDF first)\n";
while (<$aux>) {
    next unless /^\\newlabel\{([^}]*)\}\{\{([^}]*)\}\{([^}]*)\}/;
    $labnum{$1} = $2;
    $labpage{$1} = $3;
}
close $aux;

# The preamble of the book's wrapper, for the standalone figures:
# everything but the class, the page geometry, hyperref and the title.
my $preamble = '';
{
    open my $w, '<', "$DOCDIR/pcall.tex" or die "html-filter: $DOCDIR/pcall.tex: $!\n";
    local $/;
    my $t = <$w>;
    close $w;
    $t =~ s/\\begin\{document\}.*//s;
    $t =~ s/^%.*\n//mg;
    for my $m (qw(title author date)) {
        # drop \title{...} with its balanced argument
        while ($t =~ /\\$m\{/g) {
            my $start = $-[0];
            my $end = match_brace($t, $+[0] - 1);
            substr($t, $start, $end - $start + 1) = '';
            pos($t) = $start;
        }
    }
    for my $line (split /\n/, $t) {
        next if $line =~ /\\documentclass|\{geometry\}|\{hyperref\}/;
        next if $line =~ /\\setcounter\{tocdepth\}/;
        $preamble .= "$line\n";
    }
}

# index of the brace that closes the one at $i (or length-1)
sub match_brace {
    my ($s, $i) = @_;
    my $d = 0;
    for (my $k = $i; $k < length $s; $k++) {
        my $c = substr($s, $k, 1);
        if ($c eq '\\') { $k++; next; }
        $d++ if $c eq '{';
        if ($c eq '}') { $d--; return $k if $d == 0; }
    }
    return length($s) - 1;
}

# ---------------------------------------------------------------
# Counters, as the book class keeps them.
my @roman = qw(0 I II III IV V VI VII VIII IX X);
my ($part, $chap, $sec, $subsec, $fig, $tab, $tikz) = (0) x 7;
my $appendix = 0;
my $line = 0;          # the source line, for warnings
my @held;              # noweb tokens held for placeholders
my $tikzextra = '';    # \tikzset and libraries met in the text

# The concepts met so far, [entry, anchor], for \printindex.
my @concepts;
sub concept_index {
    my (%at, %shown);
    for my $c (@concepts) {
        my ($e, $id) = @$c;
        my @lv = map {
            my ($k, $v) = /^(.*?)@(.*)$/ ? ($1, $2) : ($_, $_);
            [$k, $v] } split /!/, $e;
        my $key = join "\x{1}", map { lc $_->[0] } @lv;
        $shown{$key} = join ', ', map { conv($_->[1]) } @lv;
        push @{$at{$key}}, $id;
    }
    my $h = "\n<h2 class=\"concepts\">Index of concepts</h2>\n"
        . "<ul class=\"concepts\">\n";
    for my $k (sort keys %at) {
        my $n = 0;
        $h .= "<li>$shown{$k}: " . join(', ', map {
            $n++; "<a href=\"#$_\">" . $n . '</a>' } @{$at{$k}})
            . "</li>\n";
    }
    return $h . "</ul>\n";
}

sub warn_at { print STDERR "pcall.nw:$line: html: @_\n"; }

sub esc {
    my $s = shift;
    $s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s =~ s/>/&gt;/g;
    $s =~ s/"/&quot;/g;
    return $s;
}

sub chapno { return $appendix ? chr(ord('A') + $chap - 1) : $chap; }

# ---------------------------------------------------------------
# The reader: a string, a position, and the parse of arguments.
our ($S, $P);           # the text being converted, and where we are

sub skip_ws { $P++ while $P < length $S && substr($S, $P, 1) =~ /[ \t\n]/; }
sub opt_arg {
    my $save = $P;
    skip_ws();
    if ($P < length $S && substr($S, $P, 1) eq '[') {
        my ($d, $k) = (0, $P);
        for (; $k < length $S; $k++) {
            my $c = substr($S, $k, 1);
            $d++ if $c eq '[' || $c eq '{';
            $d-- if $c eq ']' || $c eq '}';
            last if $d == 0;
        }
        my $a = substr($S, $P + 1, $k - $P - 1);
        $P = $k + 1;
        return $a;
    }
    $P = $save;
    return undef;
}
sub arg {
    skip_ws();
    return '' if $P >= length $S;
    my $c = substr($S, $P, 1);
    if ($c eq '{') {
        my $e = match_brace($S, $P);
        my $a = substr($S, $P + 1, $e - $P - 1);
        $P = $e + 1;
        return $a;
    }
    if ($c eq '\\') {
        substr($S, $P) =~ /^(\\(?:[A-Za-z]+|.))/s;
        $P += length $1;
        return $1;
    }
    $P++;
    return $c;
}
# the body of \begin{$env} up to its \end{$env}, nesting counted
sub env_body {
    my $env = shift;
    my $d = 1;
    my $start = $P;
    pos($S) = $P;
    while ($S =~ /\G.*?\\(begin|end)\{\Q$env\E\}/gcs) {
        $d += $1 eq 'begin' ? 1 : -1;
        if ($d == 0) {
            my $body = substr($S, $start, $-[1] - 1 - $start);
            $P = $+[0];
            return $body;
        }
    }
    warn_at("\\begin{$env} without \\end{$env} in its chunk");
    my $body = substr($S, $start);
    $P = length $S;
    return $body;
}

# convert a piece of LaTeX (recursion keeps the outer reader)
sub conv {
    my ($s) = @_;
    local ($S, $P) = ($s, 0);
    my $out = '';
    while ($P < length $S) {
        my $c = substr($S, $P, 1);
        if ($c eq "\x01") {                       # held noweb tokens
            substr($S, $P) =~ /^(\x01\d+\x02)/;
            $out .= $1; $P += length $1;
        } elsif ($c eq '\\') {
            $out .= macro();
        } elsif ($c eq '{') {
            my $e = match_brace($S, $P);
            $out .= conv(substr($S, $P + 1, $e - $P - 1));
            $P = $e + 1;
        } elsif ($c eq '}') {
            $P++;
        } elsif ($c eq '$') {
            $P++;
            my $e = index($S, '$', $P);
            $e = length $S if $e < 0;
            $out .= '<span class="math">'
                  . math(substr($S, $P, $e - $P)) . '</span>';
            $P = $e + 1;
        } elsif ($c eq '%') {                     # a comment
            my $e = index($S, "\n", $P);
            $P = $e < 0 ? length $S : $e + 1;
        } elsif ($c eq '~') { $out .= '&nbsp;'; $P++; }
        elsif (substr($S, $P, 3) eq '---') { $out .= "\x{2014}"; $P += 3; }
        elsif (substr($S, $P, 2) eq '--') { $out .= "\x{2013}"; $P += 2; }
        elsif (substr($S, $P, 2) eq '``') { $out .= "\x{201c}"; $P += 2; }
        elsif (substr($S, $P, 2) eq "''") { $out .= "\x{201d}"; $P += 2; }
        elsif ($c eq '`') { $out .= "\x{2018}"; $P++; }
        elsif ($c eq "'") { $out .= "\x{2019}"; $P++; }
        elsif ($c eq '&') { $out .= '&amp;'; $P++; }
        elsif ($c eq '<') { $out .= '&lt;'; $P++; }
        elsif ($c eq '>') { $out .= '&gt;'; $P++; }
        elsif ($c eq "\n" && substr($S, $P) =~ /^(\n[ \t]*\n\s*)/) {
            $out .= "\n<p>\n"; $P += length $1;
        } else { $out .= $c; $P++; }
    }
    return $out;
}

my %sym = (
    ldots => "\x{2026}", dots => "\x{2026}", LaTeX => 'LaTeX',
    TeX => 'TeX', '%' => '%', '&' => '&amp;', '_' => '_', '#' => '#',
    '$' => '$', '{' => '{', '}' => '}', ' ' => ' ', ',' => "\x{2009}",
    '@' => '', '/' => '', '-' => '', i => "\x{131}",
    textbackslash => '\\', textasciitilde => '~',
    textasciicircum => '^', S => "\x{a7}", copyright => "\x{a9}",
    quad => "\x{2003}", qquad => "\x{2003}\x{2003}", '\\' => "<br>\n",
    newline => "<br>\n", par => "\n<p>\n", tabularnewline => "<br>\n",
);
# declarations and spacing that the HTML does without
my %ignore = map { $_ => 1 } qw(
    small footnotesize scriptsize tiny large Large normalsize
    centering raggedright raggedleft rmfamily ttfamily sffamily
    bfseries itshape upshape normalfont noindent medskip bigskip
    smallskip clearpage cleardoublepage newpage phantomsection
    begingroup endgroup frontmatter mainmatter backmatter hfill
    vfill filbreak protect relax nobreak allowbreak
    toprule midrule bottomrule hline endhead endfirsthead endfoot
    endlastfoot);
my %ignore1 = map { $_ => 1 } qw(vspace hspace vspace* hspace*);
my %ignore2 = map { $_ => 1 } qw(setlength setcounter addtocounter);
# booktabs' partial rules and spacing: opt_arg() then an argument
my %ignorerule = map { $_ => 1 } qw(cmidrule addlinespace);
my %font = (emph => 'em', textit => 'i', textbf => 'strong',
    texttt => 'code', textsf => 'span', textrm => 'span',
    textsc => 'span', mbox => 'span', textnormal => 'span',
    underline => 'u');
my %heading = (part => 1, chapter => 1, section => 2,
    subsection => 3, subsubsection => 4, paragraph => 5);
my %accent = ("'" => "\x{301}", '`' => "\x{300}", '"' => "\x{308}",
    '^' => "\x{302}", '~' => "\x{303}", v => "\x{30c}",
    c => "\x{327}", u => "\x{306}", '=' => "\x{304}");

sub macro {
    substr($S, $P) =~ /^\\([A-Za-z]+\*?|.)/s or do { $P++; return '' };
    my $m = $1;
    $P += 1 + length $m;
    # a control word eats the spaces after it
    if ($m =~ /^[A-Za-z]+$/) {
        $P++ while $P < length $S && substr($S, $P, 1) =~ /[ \t]/;
    }
    my $base = $m; $base =~ s/\*$//;
    return $sym{$m} if exists $sym{$m};
    return '' if $ignore{$m};
    if ($ignore1{$m}) { arg(); return ''; }
    if ($ignorerule{$m}) {
        # \cmidrule(lr){2-4}: the trim in parentheses, then the columns
        $P += length $1 if substr($S, $P) =~ /^(\s*\([a-z]*\))/;
        opt_arg();
        arg() if $m eq 'cmidrule';
        return '';
    }
    if ($ignore2{$m}) { arg(); arg(); return ''; }
    if (exists $accent{$m}) {
        my $a = conv(arg());
        $a =~ s/\x{131}/i/;
        return $a . $accent{$m};
    }
    if (my $tag = $font{$m}) {
        my $a = conv(arg());
        return $tag eq 'span' ? $a : "<$tag>$a</$tag>";
    }
    return heading($base, $m ne $base) if $heading{$base};
    if ($m eq 'label') {
        my $l = arg();
        return '<span id="' . esc($l) . '"></span>';
    }
    if ($m eq 'ref' || $m eq 'pageref') {
        my $l = arg();
        my $n = $m eq 'ref' ? $labnum{$l} : $labpage{$l};
        unless (defined $n) {
            warn_at("\\$m\{$l\}: no such label in the PDF's aux");
            return '??';
        }
        $n = conv($n);
        return '<a class="ref" href="#' . esc($l) . "\">$n</a>";
    }
    if ($m eq 'appendix') { $appendix = 1; $chap = 0; return ''; }
    # The index of concepts: \index{key@shown!sub} leaves an anchor;
    # \printindex, after every \index, lists them sorted by key.
    if ($m eq 'index') {
        my $e = arg();
        my $id = 'cidx-' . scalar(@concepts);
        push @concepts, [$e, $id];
        return '<span id="' . $id . '"></span>';
    }
    if ($m eq 'printindex') { return concept_index(); }
    # one of the three identifier lists (doc/pcall.tex): a marker
    # that html-split.pl replaces with the entries of that class
    if ($m eq 'pcallidindex') {
        my $c = arg();
        return "\n<!--nowebindex $c-->\n" if $c =~ /^(?:api|internal|test)$/;
        warn_at("\\pcallidindex{$c}: not api, internal or test");
        return '';
    }
    if ($m eq 'addcontentsline') {
        my ($f, $lev, $t) = (arg(), arg(), arg());
        return $lev eq 'part'
            ? "\n<!--nwpage part - " . esc($t) . "-->\n"
              . '<h1 class="part">' . conv($t) . "</h1>\n" : '';
    }
    if ($m eq 'IfFileExists') {
        my ($f, $yes, $no) = (arg(), arg(), arg());
        return conv(-e "$DOCDIR/$f" ? $yes : $no);
    }
    if ($m eq 'input' || $m eq 'include') {
        my $f = arg();
        $f .= '.tex' unless $f =~ /\.\w+$/;
        open my $in, '<', "$DOCDIR/$f" or do {
            warn_at("\\input{$f}: $!"); return '??' };
        local $/;
        my $t = <$in>;
        close $in;
        return conv($t);
    }
    if ($m eq 'includegraphics') {
        opt_arg();
        my $f = arg();
        copy("$DOCDIR/$f", "$OUTDIR/$f")
            or warn_at("\\includegraphics{$f}: $!");
        return '<img src="' . esc($f) . '" alt="' . esc($f) . '">';
    }
    if ($m eq 'fbox' || $m eq 'framebox') {
        return '<span class="fbox">' . conv(arg()) . '</span>';
    }
    if ($m eq 'footnote') {
        return '<span class="footnote">(' . conv(arg()) . ')</span>';
    }
    if ($m eq 'url') { my $u = arg(); return '<code>' . esc($u) . '</code>'; }
    if ($m eq 'href') { arg(); return conv(arg()); }
    if ($m eq 'nowebchunks') { return "\n<!--nowebchunks-->\n"; }
    if ($m eq 'nowebindex') { return "\n<!--nowebindex-->\n"; }
    if ($m eq 'item') {
        my $o = opt_arg();
        return "\n<dt>" . conv($o) . "</dt><dd>" if defined $o;
        return "\n<li>";
    }
    if ($m eq 'caption') { return conv(arg()); }   # outside a float
    if ($m eq '[') {
        my $e = index($S, '\\]', $P);
        $e = length $S if $e < 0;
        my $t = substr($S, $P, $e - $P);
        $P = $e + 2;
        return "\n<div class=\"math display\">" . math($t) . "</div>\n";
    }
    if ($m eq 'tikzset' || $m eq 'usetikzlibrary') {
        $tikzextra .= "\\$m\{" . arg() . "}\n";   # for later pictures
        return '';
    }
    if ($m eq 'resizebox' || $m eq 'scalebox') {
        arg(); arg() if $m eq 'resizebox';
        return conv(arg());
    }
    if ($m eq 'begin') { return begin_env(arg()); }
    if ($m eq 'end') {
        my $e = arg();
        return { itemize => "\n</ul>\n", enumerate => "\n</ol>\n",
                 description => "\n</dl>\n", center => "</div>\n",
                 raggedright => "</div>\n", flushleft => "</div>\n",
                 quote => "</blockquote>\n", quotation => "</blockquote>\n",
               }->{$e} // do { warn_at("\\end{$e} unmatched"); '' };
    }
    warn_at("unknown macro \\$m dropped");
    return '';
}

sub heading {
    my ($kind, $star) = @_;
    my $title = conv(arg());
    my ($lab, $id) = ('', '');
    if (substr($S, $P) =~ /^(\s*\\label\{([^}]*)\})/) {
        $lab = $2;
        $P += length $1;
    }
    my $no = '';
    if ($kind eq 'part') {
        $part++ unless $star;
        $no = $star ? '' : "Part $roman[$part]";
        $id = "part-$part";
        return "\n<!--nwpage part $roman[$part] $title-->\n"
             . "<h1 class=\"part\" id=\"" . esc($lab || $id) . '">'
             . ($no ? "<span class=\"secno\">$no</span> " : '')
             . "$title</h1>\n";
    }
    if ($kind eq 'chapter') {
        unless ($star) { $chap++; ($sec, $subsec, $fig, $tab) = (0) x 4; }
        $no = $star ? '' : chapno();
        $id = $star ? '' : "chapter-$no";
        return "\n<!--nwpage chapter $no $title-->\n"
             . '<h1 class="chapter"'
             . ($lab || $id ? ' id="' . esc($lab || $id) . '"' : '') . '>'
             . ($no ne '' ? "<span class=\"secno\">$no</span> " : '')
             . "$title</h1>\n";
    }
    if ($kind eq 'paragraph') {
        return "\n<p><strong class=\"paragraph\""
             . ($lab ? ' id="' . esc($lab) . '"' : '') . ">$title</strong>\n";
    }
    if ($kind eq 'section') {
        unless ($star) { $sec++; $subsec = 0; $no = chapno() . ".$sec"; }
    } elsif ($kind eq 'subsection') {
        unless ($star) { $subsec++; $no = chapno() . ".$sec.$subsec"; }
    }
    my $h = $heading{$kind};
    $id = $lab || ($no ne '' ? "sec-$no" : '');
    return "\n<h$h" . ($id ? ' id="' . esc($id) . '"' : '') . '>'
         . ($no ne '' ? "<span class=\"secno\">$no</span> " : '')
         . "$title</h$h>\n";
}

sub begin_env {
    my $env = shift;
    if ($env eq 'itemize') { return "\n<ul>\n"; }
    if ($env eq 'enumerate') { return "\n<ol>\n"; }
    if ($env eq 'description') { return "\n<dl>\n"; }
    if ($env =~ /^(center|raggedright|flushleft)$/) {
        return "<div class=\"$env\">\n";
    }
    if ($env eq 'quote' || $env eq 'quotation') { return "<blockquote>\n"; }
    if ($env eq 'verbatim' || $env eq 'verbatim*') {
        my $b = env_body($env);
        $b =~ s/^\n//;
        $b =~ s/\x01(\d+)\x02/quote_text($1)/ge;
        return "\n<pre class=\"verbatim\">" . esc($b) . "</pre>\n";
    }
    if ($env eq 'figure' || $env eq 'figure*' || $env eq 'table'
        || $env eq 'table*') {
        opt_arg();
        return float($env, env_body($env));
    }
    if ($env eq 'tikzpicture') {
        return tikz(env_body($env));
    }
    if ($env =~ /^(tabular\*?|longtable|tabularx)$/) {
        opt_arg();
        arg() if $env =~ /\*|x/;
        arg();                                   # the column spec
        return table(env_body($env));
    }
    if ($env =~ /^(equation|align|displaymath)\*?$/) {
        return "\n<div class=\"math display\">" . math(env_body($env))
             . "</div>\n";
    }
    if ($env eq 'minipage') { opt_arg(); arg(); return ''; }
    warn_at("unknown environment $env kept as text");
    return '';
}

# A figure or table: its caption numbered per chapter, its label the
# element's id, so that a link lands on the float itself.
sub float {
    my ($env, $body) = @_;
    my $kind = $env =~ /^figure/ ? 'Figure' : 'Table';
    my $no = chapno() . '.' . ($kind eq 'Figure' ? ++$fig : ++$tab);
    my ($cap, $lab) = ('', '');
    if ($body =~ /\\caption\s*(?:\[[^\]]*\])?\s*\{/) {
        my ($s, $a) = ($-[0], $+[0]);
        my $e = match_brace($body, $a - 1);
        $cap = conv(substr($body, $a, $e - $a));
        substr($body, $s, $e - $s + 1) = '';
    }
    $lab = $1 if $body =~ s/\\label\{([^}]*)\}//;
    my $rest = $body;
    my $content = conv($rest);
    my $caption = "<figcaption><span class=\"capno\">$kind $no:</span> "
                . "$cap</figcaption>";
    return "\n<figure class=\"" . lc($kind) . '"'
         . ($lab ? ' id="' . esc($lab) . '"' : '') . ">\n"
         . ($kind eq 'Table' ? "$caption\n$content" : "$content\n$caption")
         . "\n</figure>\n";
}

# the text of held quoted code, for TeX or verbatim use
sub quote_text {
    my $k = shift;
    my $t = '';
    for (@{$held[$k]}) { $t .= $1 if /^\@text (.*)$/; }
    return $t;
}
sub tex_code {
    my $t = shift;
    $t =~ s/([\\{}_#\$%&~^])/ $1 eq '\\' ? '\textbackslash{}'
        : $1 eq '~' ? '\textasciitilde{}' : $1 eq '^'
        ? '\textasciicircum{}' : "\\$1" /ge;
    return "\\texttt{$t}";
}

# A TikZ picture: a standalone document to be drawn as SVG.
sub tikz {
    my $body = shift;
    $tikz++;
    $body =~ s/\x01(\d+)\x02/tex_code(quote_text($1))/ge;
    my $doc = "\\documentclass[11pt,border=3pt]{standalone}\n"
            . $preamble . $tikzextra . "\\begin{document}\n"
            . "\\begin{tikzpicture}$body\\end{tikzpicture}\n"
            . "\\end{document}\n";
    my $f = "$FIGDIR/tikz-$tikz.tex";
    my $old = '';
    if (open my $in, '<', $f) { local $/; $old = <$in>; close $in; }
    if ($old ne $doc) {
        open my $o, '>:utf8', $f or die "html-filter: $f: $!\n";
        print $o $doc;
        close $o;
    }
    return "<img class=\"tikz\" src=\"tikz-$tikz.svg\" "
         . "alt=\"a TikZ picture\">";
}

# tabular and longtable: rows at \\ and cells at &, at brace depth 0;
# the rows above the first \midrule are the head.
sub table {
    my $body = shift;
    my @rows;
    my ($cur, $d, $head) = ('', 0, -1);
    for (my $k = 0; $k < length $body; $k++) {
        my $c = substr($body, $k, 1);
        if ($c eq '\\' && $d == 0) {
            if (substr($body, $k) =~ /^(\\\\(?:\[[^\]]*\])?|\\tabularnewline)/) {
                push @rows, $cur; $cur = ''; $k += length($1) - 1; next;
            }
            if (substr($body, $k) =~ /^\\midrule/ && $head < 0) {
                $head = @rows;
            }
            if (substr($body, $k) =~ /^(\\[A-Za-z]+|\\.)/) {
                $cur .= $1; $k += length($1) - 1; next;
            }
        }
        $d++ if $c eq '{';
        $d-- if $c eq '}';
        $cur .= $c;
    }
    push @rows, $cur if $cur =~ /\S/ && $cur !~ /^\s*(\\[a-z]+rule\s*)*$/;
    my $html = "\n<table>\n";
    for my $r (0 .. $#rows) {
        my @cells = split_cells($rows[$r]);
        next unless grep { /\S/ } @cells;
        my $t = $r < $head ? 'th' : 'td';
        $html .= $r < $head ? '<tr class="head">' : '<tr>';
        for my $cell (@cells) {
            my $span = '';
            if ($cell =~ s/^\s*\\multicolumn\{(\d+)\}\{[^}]*\}//) {
                $span = " colspan=\"$1\"";
            }
            my $x = conv($cell);
            $x =~ s/^\s+|\s+$//g;
            $x =~ s/^(<br>\n)+//;
            $html .= "<$t$span>$x</$t>";
        }
        $html .= "</tr>\n";
    }
    return "$html</table>\n";
}
sub split_cells {
    my $r = shift;
    my ($d, $cur, @c) = (0, '');
    for (my $k = 0; $k < length $r; $k++) {
        my $c = substr($r, $k, 1);
        if ($c eq '\\') { $cur .= substr($r, $k, 2); $k++; next; }
        $d++ if $c eq '{';
        $d-- if $c eq '}';
        if ($c eq '&' && $d == 0) { push @c, $cur; $cur = ''; next; }
        $cur .= $c;
    }
    push @c, $cur;
    return @c;
}

# ---------------------------------------------------------------
# Inline math as Unicode: letters in italics, operators as symbols.
my %mrel = map { $_ => 1 } qw(le leq ge geq ne neq equiv approx
    leftarrow rightarrow to gets in times mid);
my %msym = (
    le => "\x{2264}", leq => "\x{2264}", ge => "\x{2265}",
    geq => "\x{2265}", ne => "\x{2260}", neq => "\x{2260}",
    times => "\x{d7}", cdot => "\x{b7}", ldots => "\x{2026}",
    cdots => "\x{22ef}", dots => "\x{2026}", mu => "\x{3bc}",
    phi => "\x{3c6}", alpha => "\x{3b1}", beta => "\x{3b2}",
    lambda => "\x{3bb}", pi => "\x{3c0}", sigma => "\x{3c3}",
    tau => "\x{3c4}", epsilon => "\x{3b5}", delta => "\x{3b4}",
    Delta => "\x{394}", pm => "\x{b1}", mid => '|',
    bmod => ' mod ', equiv => "\x{2261}", leftarrow => "\x{2190}",
    rightarrow => "\x{2192}", to => "\x{2192}", gets => "\x{2190}",
    lfloor => "\x{230a}", rfloor => "\x{230b}", lceil => "\x{2308}",
    rceil => "\x{2309}", log => 'log', ln => 'ln', max => 'max',
    min => 'min', infty => "\x{221e}", approx => "\x{2248}",
    sim => '~', in => "\x{2208}", sum => "\x{2211}",
    lbrace => '{', rbrace => '}', langle => "\x{27e8}",
    rangle => "\x{27e9}", ',' => "\x{2009}", ';' => ' ', '!' => '',
    quad => "\x{2003}", qquad => "\x{2003}\x{2003}", ' ' => ' ',
    '{' => '{', '}' => '}', '%' => '%', '_' => '_', '#' => '#',
    '&' => '&amp;', '\\' => '<br>', left => '', right => '',
    lvert => '|', rvert => '|', vert => '|', colon => ':',
);
sub math {
    my ($s) = @_;
    local ($S, $P) = ($s, 0);
    my $out = '';
    while ($P < length $S) {
        my $c = substr($S, $P, 1);
        if ($c eq "\x01") {
            substr($S, $P) =~ /^(\x01\d+\x02)/;
            $out .= $1; $P += length $1;
        } elsif ($c eq '\\') {
            substr($S, $P) =~ /^\\([A-Za-z]+|.)/s;
            my $m = $1;
            $P += 1 + length $m;
            $P++ while $m =~ /^[A-Za-z]/ && $P < length $S
                && substr($S, $P, 1) eq ' ';
            if (exists $msym{$m}) {
                $out .= $mrel{$m} ? " $msym{$m} " : $msym{$m};
            }
            elsif ($m =~ /^(mathit|mathrm|text|textrm|mbox|mathtt|texttt|textit|operatorname)$/) {
                my $a = arg();
                $out .= $m eq 'mathit' || $m eq 'textit' ? '<i>' . conv($a) . '</i>'
                      : $m =~ /tt$/ ? '<code>' . conv($a) . '</code>'
                      : conv($a);
            } elsif ($m eq 'frac') {
                my ($n, $d) = (math(arg()), math(arg()));
                $out .= "($n)/($d)";
            } elsif ($m eq 'pmod') {
                $out .= ' (mod ' . math(arg()) . ')';
            } elsif ($m eq 'sqrt') {
                $out .= "\x{221a}(" . math(arg()) . ')';
            } else {
                warn_at("unknown math macro \\$m dropped");
            }
        } elsif ($c eq '^' || $c eq '_') {
            $P++;
            my $a = math(arg());
            my $t = $c eq '^' ? 'sup' : 'sub';
            $out .= "<$t>$a</$t>";
        } elsif ($c eq '{') {
            $out .= math(arg());
        } elsif ($c eq '}') { $P++; }
        elsif ($c =~ /[A-Za-z]/) {
            substr($S, $P) =~ /^([A-Za-z]+)/;
            $out .= "<i>$1</i>"; $P += length $1;
        } elsif ($c eq '-') {                    # binary or unary
            $out .= $out =~ /(?:^|[(\[=+\x{2212}\x{b1}\x{d7}]|<sup>|<sub>)\s*$/
                ? "\x{2212}" : " \x{2212} ";
            $P++;
        }
        elsif ($c eq '<') { $out .= ' &lt; '; $P++; }
        elsif ($c eq '>') { $out .= ' &gt; '; $P++; }
        elsif ($c eq '=') { $out .= ' = '; $P++; }
        elsif ($c eq '+') { $out .= ' + '; $P++; }
        elsif ($c eq '&') { $out .= '&amp;'; $P++; }
        elsif ($c eq '~') { $out .= '&nbsp;'; $P++; }
        elsif ($c =~ /\s/) { $P++; }
        else { $out .= $c; $P++; }
    }
    $out =~ s/  +/ /g;
    $out =~ s/^ | $//g;
    return $out;
}

# ---------------------------------------------------------------
# The token stream: documentation chunks are gathered whole, converted
# and written back as @text lines, the held tokens in their places.
sub flush_docs {
    my ($tex, $header, $trailer) = @_;
    # "Chapter~\ref{x} (page~\pageref{x})": a page of the PDF means
    # nothing here, and the chapter's number is a link already
    $tex =~ s/\s*\(page~\\pageref\{[^{}]*\}\)//g;
    $tex =~ s/,\s*page~\\pageref\{[^{}]*\}//g;
    my $html = conv($tex);
    $html =~ s/\n{3,}/\n\n/g;
    print $header;
    my @lines = split /\n/, $html, -1;
    pop @lines if @lines && $lines[-1] eq '';
    for my $l (@lines) {
        for my $piece (split /(\x01\d+\x02)/, $l) {
            if ($piece =~ /^\x01(\d+)\x02$/) {
                print @{$held[$1]};
            } elsif ($piece ne '') {
                utf8::encode($piece);
                print "\@text $piece\n";
            }
        }
        print "\@nl\n";
    }
    print $trailer;
}

my ($indocs, $tex, $header, $quote) = (0, '', '', undef);
my $lastdocs = -1;
while (my $tok = <STDIN>) {
    $line++ if $tok eq "\@nl\n";
    if ($tok =~ /^\@begin docs (\d+)/) {
        ($indocs, $tex, $header) = (1, '', $tok);
        $lastdocs = $1;
        next;
    }
    unless ($indocs) { print $tok; next; }
    if ($tok =~ /^\@end docs/) {
        flush_docs($tex, $header, $tok);
        $indocs = 0;
        next;
    }
    if (defined $quote) {
        push @{$held[$quote]}, $tok;
        undef $quote if $tok =~ /^\@endquote/;
        next;
    }
    if ($tok =~ /^\@text (.*)$/s) {
        my $t = $1; chomp $t;
        utf8::decode($t);
        $tex .= $t;
    } elsif ($tok eq "\@nl\n") {
        $tex .= "\n";
    } elsif ($tok =~ /^\@quote/) {
        push @held, [$tok];
        $quote = $#held;
        $tex .= "\x01$quote\x02";
    } else {
        push @held, [$tok];
        $tex .= "\x01$#held\x02";
    }
}
# a last documentation chunk marks where noidx's indexes begin
my $n = $lastdocs + 1;
print "\@begin docs $n\n\@text <!--nwindexes-->\n\@nl\n\@end docs $n\n";
