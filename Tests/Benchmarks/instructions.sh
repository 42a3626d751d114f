#!/usr/bin/env bash
# Instruction counts of the model pages (`make bench-instructions`): valgrind's callgrind runs
# `modelcat-bench pages` once and the script prints, per page, the instructions spent in the
# view model (PageBuilder.model) and in swift-mustache (MustacheLibrary.render). Unlike wall
# times on a shared 2-core machine, the counts repeat, so two commits can be compared
# exactly. Needs Debian's valgrind, installed here when missing.
#
#   CATALOG=catalog        the catalog folder (a synthetic one: CATALOG=/tmp/synth-1000)
#   BENCH_DIR=/tmp/modelcat-bench  where the stripped binary and callgrind's output go
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
CATALOG=${CATALOG:-catalog}
BENCH_DIR=${BENCH_DIR:-/tmp/modelcat-bench}
SCRATCH=${SCRATCH:-.build-release}
mkdir -p "$BENCH_DIR"

if ! dpkg -s valgrind >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind
fi

swift build -c release --scratch-path "$SCRATCH" --product modelcat-bench >&2
# valgrind 3.19 cannot read the debug information Swift 6.3 writes; the symbols it needs stay.
strip --strip-debug -o "$BENCH_DIR/modelcat-bench" "$ROOT/$SCRATCH/release/modelcat-bench"
OUT="$BENCH_DIR/pages.callgrind"
LOG=$(valgrind --tool=callgrind --callgrind-out-file="$OUT" "$BENCH_DIR/modelcat-bench" pages --catalog "$CATALOG" --templates "$ROOT/templates" --runs 1 2>&1)
PAGES=$(echo "$LOG" | awk '/^model pages:/ { print $3; exit }')
TOTAL=$(echo "$LOG" | awk '/Collected :/ { gsub(",", "", $4); print $4 }')
callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null | swift demangle --simplified | awk -v pages="$PAGES" -v total="$TOTAL" -v catalog="$CATALOG" '
  function count(line) { split(line, f, " "); gsub(",", "", f[1]); return f[1] }
  /\?\?\?:MustacheLibrary\.render\(_:withTemplate:\)/ && !engine { engine = count($0) }
  /\?\?\?:PageBuilder\.model\(_:folder:\)/ && !view { view = count($0) }
  END {
    if (!pages || !engine || !view) { print "could not read the callgrind output" > "/dev/stderr"; exit 1 }
    printf "model pages of %s: %d pages; instructions per page: view model %.0f, swift-mustache %.0f (whole run %.0f million)\n", catalog, pages, view / pages, engine / pages, total / 1e6
  }'
