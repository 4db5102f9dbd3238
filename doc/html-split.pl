#!/usr/bin/perl
# html-split.pl -- cut the woven HTML book into an edition of pages.
#
#   perl doc/html-split.pl WOVEN OUTDIR IDS
#
# WOVEN is tohtml's one page, made with doc/html-filter.pl, which
# marks each part and chapter with <!--nwpage KIND NUMBER TITLE-->
# and the start of noidx's indexes with <!--nwindexes-->.  This
# writes OUTDIR/index.html (the title and the contents) and one page
# per part and per chapter, each with the contents in a sidebar, links
# to the previous and next page, and the stylesheet pcall.css.  The
# chunk and identifier indexes go where the book has \nowebchunks and
# \nowebindex; the identifiers are cut, as in the PDF, into the lists
# of the public API, the internals, and the tests and tools, by the
# classes that doc/cdefs.awk wrote to IDS (`class name` a line), one
# list where the book has \pcallidindex{class}.  Every link to an anchor (a chunk, an identifier, a
# label) is pointed at the page that holds it; one that no page holds
# is reported, and html-check.pl fails on it.
use strict;
use warnings;

my ($IN, $OUT, $IDS) = @ARGV;
die "usage: html-split.pl WOVEN OUTDIR IDS\n" unless $IDS;
open my $in, '<:utf8', $IN or die "html-split: $IN: $!\n";
my $all = do { local $/; <$in> };
close $in;
$all =~ s/^<!--[^\n]*-->\n//;            # tohtml's "generated" line

# noidx's two lists, moved to where the book asks for them
my ($body, $tail) = split /<!--nwindexes-->/, $all, 2;
die "html-split: no <!--nwindexes--> marker in $IN\n" unless defined $tail;
my @lists = $tail =~ m{(<ul>.*?</ul>)}gs;
die "html-split: expected the chunk and identifier indexes, found "
    . scalar(@lists) . " lists\n" unless @lists == 2;
$lists[0] =~ s/<ul>/<ul class="index chunks">/;
$lists[1] =~ s/<ul>/<ul class="index identifiers">/;
$body =~ s/<!--nowebchunks-->/$lists[0]/;
$body =~ s/<!--nowebindex-->/$lists[1]/;

# the three identifier lists: noidx's entries, one a line, by class
my %class;
open my $ids, '<', $IDS or die "html-split: $IDS: $!\n";
while (<$ids>) {
    $class{$2} = $1 if /^(api|internal|test) (\S+)$/;
}
close $ids;
my %list = map { $_ => '' } qw(api internal test);
my $nentries = 0;
for my $li ($lists[1] =~ m{^(<li>.*\n)}mg) {
    my ($name) = $li =~ m{^<li><a [^>]*>([^<]+)</a>}
        or die "html-split: an identifier entry without a name: $li";
    $name =~ s/&amp;/&/g;
    my $c = $class{$name}
        // die "html-split: identifier $name has no class in $IDS\n";
    $list{$c} .= $li;
    $nentries++;
}
die "html-split: no identifier entries in noidx's index\n"
    unless $nentries;
for my $c (sort keys %list) {
    $body =~ s{<!--nowebindex $c-->}
              {<ul class="index identifiers $c">\n$list{$c}</ul>}
        or die "html-split: the book has no \\pcallidindex{$c}\n";
}
$body =~ s/<a name="/<a id="/g;

# ---------------------------------------------------------------
# The pages
my @pages;       # { file, kind, no, title, html, part }
my $front = '';
my $curpart;
for my $piece (split /(<!--nwpage [^\n]*?-->)/, $body) {
    if ($piece =~ /^<!--nwpage (\w+) (\S+) (.*)-->$/s) {
        my ($kind, $no, $title) = ($1, $2, $3);
        my $file = $kind eq 'part'
            ? ($no eq '-' ? 'part-appendices.html' : "part-$no.html")
            : "chapter-$no.html";
        push @pages, { file => $file, kind => $kind, no => $no,
                       title => $title, html => '' };
        if ($kind eq 'part') { $curpart = $pages[-1]; }
        else { $pages[-1]{part} = $curpart; push @{$curpart->{chapters}}, $pages[-1] if $curpart; }
    } elsif (@pages) {
        $pages[-1]{html} .= $piece;
    } else {
        $front .= $piece;
    }
}
die "html-split: no chapters found in $IN\n" unless @pages;
$pages[0]{html} = $front . $pages[0]{html};

sub strip { my $s = shift; $s =~ s/<[^>]*>//g; $s =~ s/\s+/ /g; $s =~ s/^ | $//g; return $s; }

# where every anchor is, and each page's sections for the contents
my %where;
for my $p (@pages) {
    for my $id ($p->{html} =~ /\bid="([^"]+)"/g) {
        warn "html-split: anchor $id on $where{$id} and $p->{file}\n"
            if $where{$id} && $where{$id} ne $p->{file};
        $where{$id} = $p->{file};
    }
    $p->{sections} = [];
    while ($p->{html} =~ m{<h2 id="([^"]+)"><span class="secno">([^<]*)</span>\s*(.*?)</h2>}gs) {
        push @{$p->{sections}}, { id => $1, no => $2, title => $3 };
    }
    ($p->{heading}) = $p->{html} =~ m{<h1[^>]*>(.*?)</h1>}s;
}

sub dedupe {
    my @items = split /, /, shift;
    my (%seen, %defd, @keep);
    for (@items) { $defd{$1} = 1 if /"><b>([^<]*)<\/b><\/a>$/; }
    for (@items) {
        my ($b, $t) = /">(<b>)?([^<]*)(?:<\/b>)?<\/a>$/
            or do { push @keep, $_; next };
        next if !$b && $defd{$t};        # the definition names it
        next if $seen{($b // '') . $t}++;
        push @keep, $_;
    }
    return join ', ', @keep;
}

my $unresolved = 0;
for my $p (@pages) {
    # tohtml's arrows beside a chunk's name, said in words on hover
    $p->{html} =~ s{(<a href="[^"]*")>&lt;-U</a>}
                   {$1 title="where this chunk is used">&lt;-U</a>}g;
    $p->{html} =~ s{(<a href="[^"]*")>U-&gt;</a>}
                   {$1 title="where this chunk is used">U-&gt;</a>}g;
    $p->{html} =~ s{(<a href="[^"]*")>&lt;-</a>D}
                   {$1 title="the previous part of this chunk">&lt;-</a>D}g;
    $p->{html} =~ s{D(<a href="[^"]*")>-&gt;</a>}
                   {D$1 title="the next part of this chunk">-&gt;</a>}g;
    # an index entry's D1, U2 become the chapter that holds it
    $p->{html} =~ s{<a href="#([^"]+)">([DU])\d+</a>}{
        my ($id, $du) = ($1, $2);
        my $q = $where{$id} ? (grep { $_->{file} eq $where{$id} } @pages)[0] : undef;
        my $t = $q ? ($q->{kind} eq 'chapter' ? $q->{no} : $q->{title}) : '?';
        qq{<a href="#$id" title="}
          . ($du eq 'D' ? 'defined' : 'used') . qq{ in chapter $t">}
          . ($du eq 'D' ? "<b>$t</b>" : $t) . '</a>'
    }ge;
    # and a chapter is named once per entry, its definition first
    $p->{html} =~ s{^(<li><a [^>]*>.*?</a>: )(.*)$}{ $1 . dedupe($2) }gme
        if $p->{html} =~ /class="index/;
    $p->{html} =~ s{href="#([^"]+)"}{
        my $id = $1;
        if (!$where{$id}) {
            warn "html-split: $p->{file}: a link to #$id, which no page holds\n";
            $unresolved++;
            qq{href="#$id"};
        } elsif ($where{$id} eq $p->{file}) { qq{href="#$id"} }
        else { qq{href="$where{$id}#$id"} }
    }ge;
}

# ---------------------------------------------------------------
# The frame of every page
my $TITLE = 'pcall: a parallel call, one process per call';

sub toc_html {
    my ($cur, $deep) = @_;
    my $h = "<ol class=\"toc\">\n";
    for my $p (@pages) {
        my $here = $cur && $p == $cur ? ' class="here"' : '';
        my $no = $p->{kind} eq 'part'
            ? ($p->{no} eq '-' ? '' : "Part $p->{no}")
            : $p->{no};
        my $label = ($no ne '' ? "<span class=\"secno\">$no</span> " : '')
            . strip($p->{title});
        $h .= "<li class=\"$p->{kind}\"><a$here href=\"$p->{file}\">$label</a>";
        if ($deep || ($cur && $p == $cur)) {
            if (@{$p->{sections}}) {
                $h .= "\n<ol>\n";
                $h .= "<li><a href=\"$p->{file}#$_->{id}\"><span class=\"secno\">$_->{no}</span> "
                    . strip($_->{title}) . "</a></li>\n" for @{$p->{sections}};
                $h .= "</ol>";
            }
        }
        $h .= "</li>\n";
    }
    return "$h</ol>\n";
}

sub page {
    my ($file, $title, $content, $cur, $prev, $next) = @_;
    my $nav = '<nav class="pager">'
        . ($prev ? "<a rel=\"prev\" href=\"$prev->{file}\">\x{2190} " . strip(label($prev)) . '</a>' : '<span></span>')
        . '<a href="index.html">Contents</a>'
        . ($next ? "<a rel=\"next\" href=\"$next->{file}\">" . strip(label($next)) . " \x{2192}</a>" : '<span></span>')
        . "</nav>\n";
    open my $o, '>:utf8', "$OUT/$file" or die "html-split: $OUT/$file: $!\n";
    print $o <<"EOT";
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<link rel="stylesheet" href="pcall.css">
</head>
<body>
<nav class="sidebar">
<p class="booktitle"><a href="index.html">pcall</a></p>
EOT
    print $o toc_html($cur, 0);
    print $o "</nav>\n<main>\n$nav$content\n$nav</main>\n</body>\n</html>\n";
    close $o;
}
sub label {
    my $p = shift;
    my $no = $p->{kind} eq 'part' ? ($p->{no} eq '-' ? '' : "Part $p->{no}") : $p->{no};
    return ($no ne '' ? "$no " : '') . $p->{title};
}

for my $i (0 .. $#pages) {
    my $p = $pages[$i];
    my $content = $p->{html};
    if ($p->{kind} eq 'part' && $p->{chapters}) {
        $content .= "\n<ol class=\"toc partlist\">\n";
        $content .= "<li><a href=\"$_->{file}\"><span class=\"secno\">$_->{no}</span> "
            . strip($_->{title}) . "</a></li>\n" for @{$p->{chapters}};
        $content .= "</ol>\n";
    }
    page($p->{file}, strip(label($p)) . " \x{2014} pcall", $content, $p,
         $i > 0 ? $pages[$i - 1] : undef,
         $i < $#pages ? $pages[$i + 1] : undef);
}

my $index = <<"EOT";
<header class="titlepage">
<h1><code>pcall</code></h1>
<p class="subtitle">A parallel call, one process per call:<br>
fork, pipes, poll, waitpid, signals, pickles and logs,<br>
as a literate C library</p>
<p class="edition">The HTML edition of the book woven from
<code>pcall.nw</code>; the same book as a PDF is
<a href="../pcall.pdf">doc/pcall.pdf</a>.</p>
</header>
<h2 class="contents">Contents</h2>
EOT
page('index.html', $TITLE, $index . toc_html(undef, 1), undef, undef, $pages[0]);

printf "html: %d pages in %s\n", scalar(@pages) + 1, $OUT;
exit 0;   # html-check.pl judges the links
