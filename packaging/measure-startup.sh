#!/usr/bin/env bash
# Measures cold start to the first frame of the built app image (packaging/build.sh first):
#   app, AOT cache   the launcher as shipped: Countersign demo
#   app, no cache    the same launcher and options without -XX:AOTCache (JDK's default CDS only)
#   floor, cache     a bare JavaFX window (one label, 1440x900) on the image's own runtime, with
#                    an AOT cache trained on it the same way
#   floor, no cache  the same without
#   themed floor     the bare window with the workbench's theme (AtlantaFX Primer Light), cached:
#                    what the theme alone costs
# Each run is a new process; runs are interleaved so background load hits all four alike. The app
# runs with COUNTERSIGN_STARTUP=ready: it prints when its first frame is shown (the queue is read
# and analysed on a worker meanwhile, as for a user) and when the analysed queue is drawn.
# "Cold" is a new JVM; the disk cache stays warm (dropping it needs root and is not repeatable).
#   ./packaging/measure-startup.sh [RUNS]      (default 10; needs DISPLAY or Xvfb)
set -euo pipefail
packaging=$(cd "$(dirname "$0")" && pwd)
runs=${1:-10}
image=$packaging/target/image/Countersign
bench_jar=$packaging/target/image-work/bench/countersign-bench.jar
report=$packaging/target/startup.txt
[ -x "$image/bin/Countersign" ] && [ -f "$bench_jar" ] || { echo "build the image first: ./packaging/build.sh" >&2; exit 2; }
[ -f "$image/lib/app/countersign.aot" ] || { echo "the image has no AOT cache (built with SKIP_AOT=1?)" >&2; exit 2; }

scratch=$(mktemp -d)
. "$packaging/src/main/sh/display.sh"
trap 'stop_display; rm -rf "$scratch"' EXIT
need_display || { echo "needs a display: set DISPLAY or install Xvfb" >&2; exit 2; }

# The same image without the cache: hard links, a second launcher name with its own configuration.
cp -al "$image" "$scratch/image"
cp "$image/bin/Countersign" "$scratch/image/bin/Countersign-nocache"
grep -v 'AOTCache' "$image/lib/app/Countersign.cfg" > "$scratch/image/lib/app/Countersign-nocache.cfg"
java=$image/lib/runtime/bin/java
bare=(--enable-native-access=javafx.graphics -cp "$bench_jar" io.countersign.benchmarks.startup.BareWindow)
themed=(--enable-native-access=javafx.graphics -cp "$bench_jar:$(ls "$image"/lib/app/atlantafx-base-*.jar)"
  io.countersign.benchmarks.startup.BareWindow themed)
mkdir -p "$scratch/home"
base_env=(env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 DISPLAY="$DISPLAY")

echo "training the floors' AOT caches"
"${base_env[@]}" "$java" -XX:AOTCacheOutput="$scratch/bare.aot" -Xlog:aot=error "${bare[@]}" > /dev/null 2>&1
"${base_env[@]}" "$java" -XX:AOTCacheOutput="$scratch/themed.aot" -Xlog:aot=error "${themed[@]}" > /dev/null 2>&1

# run LABEL COMMAND...: one start; appends "LABEL first-frame-ms [queue-ready-ms]" to results.
run() {
  local label=$1; shift
  local t0 log=$scratch/run.log
  t0=$(date +%s%3N)
  "${base_env[@]}" COUNTERSIGN_STARTUP=ready "$@" > "$log" 2>&1 || { cat "$log" >&2; return 1; }
  local first ready
  first=$(awk '/countersign startup: first-frame/ {print $4}' "$log")
  ready=$(awk '/countersign startup: queue-ready/ {print $4}' "$log")
  [ -n "$first" ] || { cat "$log" >&2; return 1; }
  echo "$label $((first - t0)) ${ready:+$((ready - t0))}" >> "$scratch/results"
}

echo "warming the disk cache, then $runs runs of each"
run warmup "$image/bin/Countersign" demo; run warmup "${java}" "${bare[@]}"
: > "$scratch/results"
for i in $(seq "$runs"); do
  run app-aot "$image/bin/Countersign" demo
  run app-noaot "$scratch/image/bin/Countersign-nocache" demo
  run floor-aot "$java" -XX:AOTCache="$scratch/bare.aot" "${bare[@]}"
  run floor-noaot "$java" "${bare[@]}"
  run themed-floor-aot "$java" -XX:AOTCache="$scratch/themed.aot" "${themed[@]}"
  printf '.'
done
echo

# stats LABEL COLUMN: "median p90 min max" in ms (nearest rank)
stats() {
  awk -v l="$1" -v c="$2" '$1 == l && $c != "" {print $c}' "$scratch/results" | sort -n \
    | awk '{v[NR]=$1} END {if (NR == 0) {print "- - - -"; exit}
           m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
           p = int(0.9 * NR + 0.999); print m, v[p], v[1], v[NR]}'
}
{
  echo "Start-up of $image ($runs runs each, interleaved)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "display: $DISPLAY; image $(du -sh "$image" | cut -f1), AOT cache $(du -h "$image/lib/app/countersign.aot" | cut -f1)"
  echo
  printf '%-34s %8s %8s %8s %8s\n' "ms from exec to ..." median p90 min max
  for label in app-aot app-noaot floor-aot floor-noaot themed-floor-aot; do
    printf '%-34s %8s %8s %8s %8s\n' "$label first frame" $(stats $label 2)
  done
  for label in app-aot app-noaot; do
    printf '%-34s %8s %8s %8s %8s\n' "$label queue drawn" $(stats $label 3)
  done
  awk '{s[$1]=s[$1] " " $2} END {for (k in s) print k ":" s[k]}' "$scratch/results" | sort
} | tee "$report"
m() { stats "$1" 2 | cut -d' ' -f1; }
awk -v a="$(m app-aot)" -v n="$(m app-noaot)" -v fa="$(m floor-aot)" -v fn="$(m floor-noaot)" -v t="$(m themed-floor-aot)" 'BEGIN {
  printf "\nmedian ratios: app/floor with caches %.2f, without %.2f; app/themed floor (cached) %.2f;\n", a/fa, n/fn, a/t
  printf "the AOT cache saves %.0f%% on the app, %.0f%% on the floor\n", 100*(1-a/n), 100*(1-fa/fn) }' | tee -a "$report"
echo "written to $report"
