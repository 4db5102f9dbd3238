#!/usr/bin/perl
# replace-in-place.pl LAB.CONF STARTER.NW BOOK.NW -- rewrite BOOK.NW
# with the body of each chunk that LAB.CONF names taken from
# STARTER.NW.  The first definition of the chunk in the book gets the
# starter's body; later definitions of the same chunk (appended
# pieces) lose their code, keeping their prose.  Everything else of
# the book, the prose around the chunks included, is unchanged.
use strict;
use warnings;

my ($conf, $starter, $book) = @ARGV;
die "usage: replace-in-place.pl LAB.CONF STARTER.NW BOOK.NW\n"
    unless defined $book;

my %want;
open my $c, '<', $conf or die "$conf: $!\n";
while (<$c>) {
    s/#.*//;
    $want{$1} = 1 if /^\s*chunk\s+(.*?)\s*$/;
}
close $c;

# A chunk's body: the lines after "<<name>>=" up to a line that is
# "@" or starts "@ ", or the next "<<...>>=".
sub bodies {
    my ($file) = @_;
    my (%body, $name);
    open my $f, '<', $file or die "$file: $!\n";
    while (my $l = <$f>) {
        if ($l =~ /^<<(.*)>>=\s*$/) { $name = $1; next; }
        if ($l =~ /^@(\s|$)/) { undef $name; next; }
        $body{$name} .= $l if defined $name;
    }
    close $f;
    return \%body;
}
my $new = bodies($starter);
for my $n (keys %want) {
    die "$starter: no chunk <<$n>>\n" unless exists $new->{$n};
}

open my $in, '<', $book or die "$book: $!\n";
my @out;
my ($name, %done);
my $skip = 0;
while (my $l = <$in>) {
    if ($l =~ /^<<(.*)>>=\s*$/) {
        $name = $1;
        $skip = 0;
        if ($want{$name}) {
            if ($done{$name}++) {
                $skip = 1;      # an appended piece: drop it whole
                next;
            }
            push @out, $l, $new->{$name};
            $skip = 2;          # the book's body: replaced
            next;
        }
    } elsif ($l =~ /^@(\s|$)/) {
        if ($skip == 1) {
            # keep the prose that follows the dropped piece
            $l =~ s/^@ ?//;
            $l =~ s/^%def .*//;
            $skip = 0;
            push @out, $l if $l =~ /\S/;
            next;
        }
        $skip = 0;
    }
    next if $skip;
    push @out, $l;
}
close $in;
for my $n (keys %want) {
    die "$book: no chunk <<$n>>\n" unless $done{$n};
}
open my $o, '>', $book or die "$book: $!\n";
print $o @out;
close $o;
