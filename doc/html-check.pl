#!/usr/bin/perl
# html-check.pl -- fail on a broken HTML edition of the book.
#
#   perl doc/html-check.pl DIR NW TOC
#
# DIR is the edition (doc/html), NW the literate source, TOC the PDF
# build's table of contents (doc/pcall.toc).  It fails, naming the
# page, when
#   - a page lacks the stylesheet, or the stylesheet is missing;
#   - a TikZ picture of NW has no SVG image, or an image is missing,
#     empty, or (for a picture) not an SVG drawing;
#   - a reference is unresolved: "??", LaTeX's or l2h's "[->]", a
#     \ref or other LaTeX macro left in the text, a link to a page or
#     an id that does not exist (chunks, identifiers and labels alike);
#   - the tables of NW's documentation (with the files it \inputs, such
#     as the scenario table) are not all there;
#   - the numbered parts, chapters and sections differ from the PDF's;
#   - one of the three identifier lists (public API, internals, tests
#     and tools) is missing or doubled, an entry has no link to its
#     definition, or a list's length differs from the number of
#     identifiers the PDF build classed so (pcall-ids.txt, beside TOC).
use strict;
use warnings;

my ($DIR, $NW, $TOC) = @ARGV;
die "usage: html-check.pl DIR NW TOC\n" unless $TOC;
my @err;
sub bad { push @err, join '', @_; }

opendir my $dh, $DIR or die "html-check: $DIR: $!\n";
my @files = sort grep { /\.html$/ } readdir $dh;
closedir $dh;
bad("$DIR: no index.html") unless grep { $_ eq 'index.html' } @files;
bad("$DIR/pcall.css: missing or empty") unless -s "$DIR/pcall.css";

my (%html, %ids);
for my $f (@files) {
    open my $h, '<:utf8', "$DIR/$f" or die "html-check: $DIR/$f: $!\n";
    $html{$f} = do { local $/; <$h> };
    close $h;
    $ids{$f} = { map { $_ => 1 } $html{$f} =~ /\b(?:id|name)="([^"]+)"/g };
}

# what the source promises: pictures and tables in documentation
my ($tikz, $tables) = (0, 0);
{
    open my $n, '<', $NW or die "html-check: $NW: $!\n";
    my $code = 0;
    while (<$n>) {
        if (/^<<.*>>=\s*$/) { $code = 1; next; }
        if (/^@( |$)/) { $code = 0; }
        next if $code || /^\s*%/;
        $tikz++ while /\\begin\{tikzpicture\}/g;
        $tables++ while /\\begin\{(?:tabular\*?|longtable|tabularx)\}/g;
        if (/\\input\{([^}]+)\}/) {
            my ($name, $f) = ($1, $1);
            $f .= '.tex' unless $f =~ /\.\w+$/;
            (my $d = $NW) =~ s{[^/]*$}{};
            $f = "${d}doc/$f";
            open my $i, '<', $f or do { bad("$NW: \\input{$name}: $f: $!"); next };
            while (<$i>) {
                $tables++ while /\\begin\{(?:tabular\*?|longtable|tabularx)\}/g;
            }
            close $i;
        }
    }
    close $n;
}

my ($imgs, $svgs, $tabs) = (0, 0, 0);
my @numbers;
for my $f (@files) {
    my $h = $html{$f};
    bad("$f: no stylesheet link")
        unless $h =~ m{<link rel="stylesheet" href="pcall\.css">};
    bad("$f: the page has no title") unless $h =~ m{<title>[^<]+</title>};
    for my $src ($h =~ /<img [^>]*src="([^"]+)"/g) {
        $imgs++;
        if (!-s "$DIR/$src") { bad("$f: image $src is missing or empty"); next; }
    }
    for my $src ($h =~ /<img class="tikz" [^>]*src="([^"]+)"/g) {
        $svgs++;
        if ($src !~ /\.svg$/) { bad("$f: picture $src is not an SVG"); next; }
        next unless -s "$DIR/$src";
        open my $s, '<', "$DIR/$src" or next;
        my $svg = do { local $/; <$s> };
        close $s;
        bad("$f: $src is not an SVG drawing")
            unless $svg =~ /<svg\b/ && $svg =~ /<(path|use)\b/;
    }
    $tabs++ while $h =~ /<table\b/g;
    # the text, without code, for what LaTeX or l2h left behind
    (my $text = $h) =~ s{<pre\b.*?</pre>|<code>.*?</code>}{}gs;
    $text =~ s{<script\b.*?</script>}{}gs;
    bad("$f: an unresolved reference \"??\"") if $text =~ /\?\?/;
    bad("$f: an unresolved reference \"$1\"")
        if $text =~ /(\[(?:-&gt;|&lt;-|\*)\])/;
    bad("$f: LaTeX left in the text: $1")
        if $text =~ /(\\[A-Za-z]{2,}\*?(?:\{[^}]{0,30}\}?)?)/;
    bad("$f: \"$1\" instead of a picture")
        if $text =~ /(drawn in the PDF book)/;
    for my $l ($h =~ /\bhref="([^"]*)"/g) {
        next if $l =~ m{^(?:https?:|mailto:|\.\./)};
        my ($page, $id) = $l =~ /^([^#]*)(?:#(.*))?$/;
        $page = $f if $page eq '';
        if ($page !~ /\.html$/) {
            bad("$f: a link to $l: no file $page") unless -s "$DIR/$page";
            next;
        }
        if (!exists $html{$page}) { bad("$f: a link to $l: no page $page"); next; }
        bad("$f: a link to $l: no id $id on $page")
            if defined $id && !$ids{$page}{$id};
    }
}
bad("$DIR: $tikz TikZ pictures in $NW but $svgs SVG pictures")
    if $svgs != $tikz;
bad("$DIR: $tables tables in $NW but $tabs HTML tables") if $tabs != $tables;

# the numbers, in the order of the contents, against the PDF's
my @pdf;
open my $t, '<', $TOC or die "html-check: $TOC: $!\n";
while (<$t>) {
    if (/^\\contentsline \{(part|chapter|section)\}\{\\numberline \{([^}]*)\}/) {
        push @pdf, $2;
    } elsif (/^\\contentsline \{part\}\{([IVX]+)\\hspace/) {
        push @pdf, "Part $1";
    }
}
close $t;
my @html;
if (exists $html{'index.html'}) {
    my ($toc) = $html{'index.html'} =~ m{<main>.*?<ol class="toc">(.*)</ol>}s;
    push @html, $1 while ($toc // '') =~ m{<span class="secno">([^<]+)</span>}g;
    # pages' own headings must carry the same numbers
    for my $f (@files) {
        next if $f eq 'index.html';
        my ($no) = $html{$f} =~ m{<h1[^>]*><span class="secno">([^<]+)</span>};
        (my $want = $f) =~ s/^(?:chapter|part)-(.*)\.html$/$1/;
        $want = "Part $want" if $f =~ /^part-/;
        bad("$f: its heading is numbered ", $no // 'nothing', ", not $want")
            if $f !~ /appendices/ && ($no // '') ne $want;
    }
}
if ("@pdf" ne "@html") {
    my $i = 0;
    $i++ while $i < @pdf && $i < @html && $pdf[$i] eq $html[$i];
    bad("index.html: the contents differ from the PDF's at entry ",
        $i + 1, ": PDF ", $pdf[$i] // 'none', ", HTML ", $html[$i] // 'none');
}

# the three identifier lists, as in the PDF's appendix
my %want = map { $_ => 0 } qw(api internal test);
(my $ids = $TOC) =~ s{[^/]*$}{pcall-ids.txt};
if (open my $c, '<', $ids) {
    while (<$c>) { $want{$1}++ if /^(api|internal|test) \S+$/; }
    close $c;
} else {
    bad("$ids: $!");
}
my %got;
for my $f (@files) {
    while ($html{$f} =~ m{<ul class="index identifiers (\w+)">(.*?)</ul>}gs) {
        my ($c, $l) = ($1, $2);
        bad("$f: a list of identifiers of unknown class $c")
            unless exists $want{$c};
        bad("$f: a second list of the $c identifiers") if exists $got{$c};
        my @e = $l =~ m{^<li>(.*)$}mg;
        $got{$c} = @e;
        for (@e) {
            my ($n) = m{^<a [^>]*>([^<]*)</a>};
            bad("$f: identifier ", $n // $_, " ($c): no link to its",
                " definition") unless m{<a href="[^"]+"[^>]*><b>};
        }
    }
}
for my $c (sort keys %want) {
    if (!exists $got{$c}) {
        bad("$DIR: no list of the $c identifiers");
    } elsif ($got{$c} != $want{$c}) {
        bad("$DIR: $got{$c} $c identifiers listed, the PDF has $want{$c}");
    }
}

if (@err) {
    print STDERR "html-check: $_\n" for @err;
    print STDERR "html-check: $DIR: ", scalar(@err), " problems\n";
    exit 1;
}
printf "html check: %d pages, %d pictures as SVG, %d images, %d tables, "
     . "%d numbered headings as in the PDF, identifiers listed as in the "
     . "PDF (%d api, %d internal, %d test), every link resolved\n",
     scalar(@files), $svgs, $imgs, $tabs, scalar(@pdf),
     @got{qw(api internal test)};
