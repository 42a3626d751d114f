#!/usr/bin/env bash
# The benchmark suite (`make bench`): release builds, one run of each measurement, a table
# at the end (also written to .artifacts/bench/results.md). Needs Debian's hugo, hyperfine
# and time, installed here when missing.
#
#   SIZES="1000 10000 50000"  synthetic catalog sizes (models)
#   BENCH_DIR=/tmp/modelcat-bench  where synthetic catalogs and sites go (outside the repo)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZES=${SIZES:-"1000 10000 50000"}
BENCH_DIR=${BENCH_DIR:-/tmp/modelcat-bench}
SCRATCH=${SCRATCH:-.build-release}
ARTIFACTS="$ROOT/.artifacts/bench"
mkdir -p "$BENCH_DIR" "$ARTIFACTS"

missing=""
for p in hugo hyperfine time; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

swift build -c release --scratch-path "$SCRATCH" --product modelcat >&2
swift build -c release --scratch-path "$SCRATCH" --product modelcat-bench >&2
BIN="$ROOT/$SCRATCH/release/modelcat"
BENCH="$ROOT/$SCRATCH/release/modelcat-bench"

ROWS=()
row() { ROWS+=("$(printf '| %s | %s | %s | %s |' "$1" "$2" "$3" "$4")"); echo ">> $1: $2 $3 $4" >&2; }

# timed LABEL CMD...: runs once under /usr/bin/time -v; sets SECS, RSS_MB and OUT (stdout).
timed() {
  local log="$BENCH_DIR/time.log"
  OUT=$(/usr/bin/time -v -o "$log" "$@")
  SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log")
}
rewrote() { echo "$OUT" | awk '/^rewrote/ { print $2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Shipped catalog: full build (no previous site), then a no-change rebuild.
rm -rf "$BENCH_DIR/site-shipped"
timed "$BIN" build --incremental --timings --catalog catalog --output "$BENCH_DIR/site-shipped"
echo "$OUT" > "$ARTIFACTS/timings-shipped.txt"
row "full build, shipped catalog ($(echo "$OUT" | awk '/models/ { print; exit }' | grep -o '[0-9]* models' | head -1))" "${SECS} s (cpu ${CPU} s)" "${RSS_MB} MB" "$(rewrote) files written"
SHIPPED_FULL=$SECS
timed "$BIN" build --incremental --catalog catalog --output "$BENCH_DIR/site-shipped"
row "no-change rebuild, shipped catalog" "${SECS} s (cpu ${CPU} s)" "${RSS_MB} MB" "$(rewrote) files rewritten; $(ratio "$SECS" "$SHIPPED_FULL") of a full build"
timed "$BIN" build --incremental --force --catalog catalog --output "$BENCH_DIR/site-shipped"
row "no-change rebuild with --force (renders, compares, keeps), shipped" "${SECS} s (cpu ${CPU} s)" "${RSS_MB} MB" "$(rewrote) files rewritten; $(ratio "$SECS" "$SHIPPED_FULL") of a full build"

for n in $SIZES; do
  cat_dir="$BENCH_DIR/synth-$n"
  if [ ! -f "$cat_dir/.complete" ]; then
    rm -rf "$cat_dir"
    "$BIN" synth --models "$n" --out "$cat_dir" --catalog catalog >&2
    touch "$cat_dir/.complete"
  fi
  rm -rf "$BENCH_DIR/site-$n"
  timed "$BIN" build --incremental --timings --catalog "$cat_dir" --templates templates --output "$BENCH_DIR/site-$n"
  echo "$OUT" > "$ARTIFACTS/timings-$n.txt"
  eval "FULL_$n=$SECS"
  LAST_SECS=$SECS; LAST_RSS=$RSS_MB; LAST_CPU=$CPU
  row "full build, $n synthetic models" "${SECS} s (cpu ${CPU} s)" "${RSS_MB} MB" "$(rewrote) files"
done

LAST=${SIZES##* }
timed "$BIN" build --incremental --catalog "$BENCH_DIR/synth-$LAST" --templates templates --output "$BENCH_DIR/site-$LAST"
full_var="FULL_$LAST"
row "no-change rebuild, $LAST synthetic models" "${SECS} s (cpu ${CPU} s)" "${RSS_MB} MB" "$(rewrote) files rewritten; $(ratio "$SECS" "${!full_var}") of a full build"

# Hugo on the same content, and cp -r of our output: the floor for writing those bytes.
hugo_dir="$BENCH_DIR/hugo-$LAST"
rm -rf "$hugo_dir"
python3 Tests/Benchmarks/hugo_site.py "$BENCH_DIR/synth-$LAST" "$BENCH_DIR/site-$LAST" "$hugo_dir" >&2
rm -rf "$hugo_dir/public"
# Our side is the full build of the same size measured above, in this same run.
OURS=$LAST_SECS; OURS_RSS=$LAST_RSS; OURS_CPU=$LAST_CPU
timed hugo --source "$hugo_dir" --quiet
HUGO=$SECS; HUGO_RSS=$RSS_MB; HUGO_CPU=$CPU
rm -rf "$BENCH_DIR/copy-$LAST"
timed cp -r "$BENCH_DIR/site-$LAST" "$BENCH_DIR/copy-$LAST"
COPY=$SECS; COPY_CPU=$CPU
rm -rf "$BENCH_DIR/copy-$LAST"
ours_files=$(find "$BENCH_DIR/site-$LAST" -type f | wc -l); ours_mb=$(du -sm "$BENCH_DIR/site-$LAST" | cut -f1)
hugo_files=$(find "$hugo_dir/public" -type f | wc -l); hugo_mb=$(du -sm "$hugo_dir/public" | cut -f1)
row "same run: modelcat build, $LAST models" "${OURS} s (cpu ${OURS_CPU} s)" "${OURS_RSS} MB" "$ours_files files, $ours_mb MB"
row "same run: hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), $LAST pages" "${HUGO} s (cpu ${HUGO_CPU} s)" "${HUGO_RSS} MB" "$hugo_files files, $hugo_mb MB"
row "same run: cp -r of our output" "${COPY} s (cpu ${COPY_CPU} s)" "" ""
row "ratio modelcat / hugo" "$(ratio "$OURS" "$HUGO") (cpu $(ratio "$OURS_CPU" "$HUGO_CPU"))" "$(ratio "$OURS_RSS" "$HUGO_RSS")" "target ≤ 0.33 (time)"
row "ratio modelcat / cp -r" "$(ratio "$OURS" "$COPY")" "" "target ≤ 2"

# Component benchmarks.
notes=$("$BENCH" notes 2>&1 | tail -1)
row "note rendering (modelcat-bench notes)" "$notes" "" ""
diff=$("$BENCH" diff --models 5000 --runs 3 2>&1 | awk '/^(diff|markdown|json|text) +[0-9]/ { printf "%s%s median %s ms", sep, $1, $2; sep="; " }')
row "diff of two 5k catalogs (modelcat-bench diff)" "$diff" "" ""
json=$("$BENCH" json --catalog "$BENCH_DIR/synth-$LAST" --runs 1 2>&1 | tail -1)
row "JSON export alone, $LAST models (modelcat-bench json)" "$json" "" ""
# The template engine's share: model pages made on one thread, view models and swift-mustache timed apart.
tokens=$("$BENCH" tokens 2>&1 | tail -1)
row "swift-mustache per token (modelcat-bench tokens)" "$tokens" "" ""
pages=$("$BENCH" pages --catalog catalog --runs 3 2>&1 | tail -1)
row "model pages, shipped catalog (modelcat-bench pages)" "$pages" "" ""
for n in $SIZES; do
  if [ "$n" = 10000 ]; then
    pages=$("$BENCH" pages --catalog "$BENCH_DIR/synth-$n" --templates templates --runs 1 2>&1 | tail -1)
    row "model pages, $n synthetic models (modelcat-bench pages)" "$pages" "" ""
  fi
done

{
  echo "| measurement | time | peak memory | notes |"
  echo "|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(swift --version 2>&1 | head -1)"
} | tee "$ARTIFACTS/results.md"
