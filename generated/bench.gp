#line 33116 "pcall.nw"
# bench.gp -- tangled from pcall.nw; do not edit.
# Copyright (c) 2026 the pcall authors; MIT licence, see LICENSE.
# gnuplot -e "data='build/bench.dat'; out='doc/bench.png'" bench.gp
if (!exists("data")) data = "build/bench.dat"
if (!exists("out")) out = "build/bench.png"
set terminal pngcairo size 1000,460 font "sans,12"
set output out
set datafile missing "-"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set grid ytics
set key tmargin center horizontal
set xtics nomirror rotate by 35 right
set multiplot layout 1,2
set title "Time per call, microseconds (lower is better)"
plot for [c=2:*] data index 0 using c:xtic(1) title columnheader
set title "Large results, MiB/s (higher is better)"
plot for [c=2:*] data index 1 using c:xtic(1) title columnheader
unset multiplot
