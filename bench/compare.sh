#!/usr/bin/env bash
# Compares several turklink binaries (e.g. builds of two commits) on the
# same stand-in in one run: `--version` and `check` times, peak memory.
#
# usage: bench/compare.sh LABEL=PATH [LABEL=PATH...] > table.md
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/turklink-compare.XXXXXX)
RESULTS="$WORK/results"
mkdir -p "$RESULTS" "$WORK/home" "$WORK/state"
STANDIN_PID=""
QUICK=0
FAST_RUNS=40

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

source "$ROOT/bench/lib.sh"
need_tools
build_release
start_standin
prepare_keys

echo "| build | --version median ms | check median ms | check min ms |" \
  "--version peak MB | check peak MB |"
echo "|---|---:|---:|---:|---:|---:|"
for pair in "$@"; do
  label=${pair%%=*}
  binary=$(realpath "${pair#*=}")
  time_command "$label-version" 3 "$FAST_RUNS" "$binary" --version
  time_command "$label-check" 3 "$FAST_RUNS" "$binary" check --production-only \
    --endpoint-url "$ENDPOINT"
  for i in 1 2 3 4 5; do
    peak_rss "$label-version" "$binary" --version
    peak_rss "$label-check" "$binary" check --production-only --endpoint-url "$ENDPOINT"
  done
  python3 - "$RESULTS" "$label" <<'PY'
import json, statistics, sys
results, label = sys.argv[1], sys.argv[2]
def t(name, key):
    with open(f"{results}/{label}-{name}.json") as handle:
        return json.load(handle)["results"][0][key] * 1000
def peak(name):
    with open(f"{results}/rss-{label}-{name}.txt") as handle:
        return max(int(line) for line in handle) / 1024
print(f"| {label} | {t('version', 'median'):.1f} | {t('check', 'median'):.1f} | "
      f"{t('check', 'min'):.1f} | {peak('version'):.1f} | {peak('check'):.1f} |")
PY
done
