#!/usr/bin/env bash
# Builds release binaries, measures turklink on this machine in one run and
# writes BENCHMARKS.md (or --output FILE).
#
# usage: bench/run.sh [--output FILE] [--quick] [--wizard-bin PATH]
#
# --wizard-bin times the first frame and idle memory of another build's
# wizard (e.g. a branch where it is wired) when this build has none yet.
#
# Network traffic goes only to the turklink-standin this script starts on
# 127.0.0.1; it is stopped by PID on exit. Keys are the stand-in's fake demo
# keys, passed by environment or a temp credentials file, never on argv.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUTPUT="$ROOT/BENCHMARKS.md"
QUICK=0
WIZARD_BIN=""
COMMAND_LINE="bench/run.sh $*"
while (($#)); do
  case "$1" in
    --output) OUTPUT=$(realpath -m "$2"); shift 2 ;;
    --quick) QUICK=1; shift ;;
    --wizard-bin) WIZARD_BIN=$(realpath "$2"); shift 2 ;;
    *) echo "usage: bench/run.sh [--output FILE] [--quick] [--wizard-bin PATH]" >&2
       exit 2 ;;
  esac
done

WORK=$(mktemp -d /tmp/turklink-bench.XXXXXX)
RESULTS="$WORK/results"
mkdir -p "$RESULTS" "$WORK/home" "$WORK/state"
STANDIN_PID=""

cleanup() {
  if [[ -n "$STANDIN_PID" ]]; then
    kill "$STANDIN_PID" 2>/dev/null || true
    wait "$STANDIN_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '== %s\n' "$*" >&2; }

# Runs, warm-up runs: fewer for the slow aws-cli.
if ((QUICK)); then FAST_RUNS=10; SLOW_RUNS=3; RSS_RUNS=2; FRAME_RUNS=5
else FAST_RUNS=40; SLOW_RUNS=15; RSS_RUNS=5; FRAME_RUNS=30; fi

source "$ROOT/bench/lib.sh"

need_tools
build_release
start_standin
prepare_keys
record_facts

measure_network
measure_startup
measure_memory
measure_render

say "writing $OUTPUT"
python3 "$ROOT/bench/report.py" "$RESULTS" "$COMMAND_LINE" > "$OUTPUT"
say "done"
