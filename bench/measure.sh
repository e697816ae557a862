# The four measurements of bench/run.sh; sourced by bench/lib.sh.

# turklink check vs aws-cli vs curl, against the stand-in.
measure_network() {
  local check=("$BIN/turklink" check --production-only --endpoint-url "$ENDPOINT")
  local mturk=(mturk get-account-balance --endpoint-url "$ENDPOINT" --region us-east-1)
  local sts=(sts get-caller-identity --endpoint-url "$ENDPOINT" --region us-east-1)
  # aws-cli must read the temp credentials file, not the exported keys.
  local aws=(env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY "$AWS")

  # Each must succeed against the stand-in before its time means anything.
  "${check[@]}" | grep -q "Result: the keys work." \
    || { echo "turklink check failed" >&2; exit 1; }
  "${aws[@]}" "${mturk[@]}" | grep -q AvailableBalance \
    || { echo "aws mturk failed" >&2; exit 1; }
  "${aws[@]}" "${sts[@]}" | grep -q demo-researcher \
    || { echo "aws sts failed" >&2; exit 1; }
  curl -K "$WORK/mturk.curl" && curl -K "$WORK/sts-mturk.curl" \
    || { echo "curl with the botocore-signed requests failed" >&2; exit 1; }

  time_command check 3 "$FAST_RUNS" "${check[@]}"
  time_command aws-mturk 2 "$SLOW_RUNS" "${aws[@]}" "${mturk[@]}"
  time_command curl-mturk 3 "$FAST_RUNS" curl -K "$WORK/mturk.curl"
  time_command aws-pair 1 "$SLOW_RUNS" sh -c \
    "$(printf '%q ' "${aws[@]}" "${sts[@]}") >/dev/null && \
     $(printf '%q ' "${aws[@]}" "${mturk[@]}") >/dev/null"
  time_command curl-pair 3 "$FAST_RUNS" curl -K "$WORK/sts-mturk.curl"
  grep -c '"signatureValid":true' "$WORK/standin.log" >"$RESULTS/valid-requests.txt"
  grep -vc '"signatureValid":true' "$WORK/standin.log" >"$RESULTS/invalid-requests.txt" \
    || true
}

# Start-up: --version, status (guide + state file), wizard to first frame.
measure_startup() {
  time_command version 3 "$FAST_RUNS" "$BIN/turklink" --version
  time_command status 3 "$FAST_RUNS" "$BIN/turklink" status

  WIZARD=${WIZARD_BIN:-$BIN/turklink}
  echo "$WIZARD" >"$RESULTS/wizard-bin.txt"
  if ! wizard_wired; then
    say "the wizard is not wired into $WIZARD; first frame skipped"
    echo "not wired" >"$RESULTS/wizard.txt"
    return
  fi
  say "timing the wizard's first frame ($WIZARD)"
  python3 "$ROOT/bench/first_frame.py" --runs "$FRAME_RUNS" --marker "$MARKER" \
    --out "$RESULTS/frame-baseline.json" -- /usr/bin/printf "$MARKER"
  python3 "$ROOT/bench/first_frame.py" --runs "$FRAME_RUNS" --marker "$MARKER" \
    --out "$RESULTS/frame-wizard.json" -- "$WIZARD"
}

# The last row of every wizard frame (the status bar) ends "q quit"; curses
# draws top to bottom, so when this word arrives the whole frame is out.
MARKER="quit"

# True when `turklink` opens a wizard rather than the placeholder message.
wizard_wired() {
  python3 "$ROOT/bench/first_frame.py" --runs 1 --marker "$MARKER" \
    --out "$WORK/probe.json" -- "$WIZARD" >/dev/null 2>&1
}

# Peak RSS (GNU time -v) of --version, status, check and the idle wizard.
measure_memory() {
  say "peak memory"
  local i
  for ((i = 0; i < RSS_RUNS; i++)); do
    peak_rss version "$BIN/turklink" --version
    peak_rss status "$BIN/turklink" status
    peak_rss check "$BIN/turklink" check --production-only --endpoint-url "$ENDPOINT"
    if [[ ! -e "$RESULTS/wizard.txt" ]]; then
      # Under a pty, drawn, left idle 1 s, then "q".
      python3 "$ROOT/bench/first_frame.py" --runs 1 --marker "$MARKER" --idle 1 \
        --out "$WORK/idle.json" -- /usr/bin/time -v -o "$WORK/rss.txt" \
        "$WIZARD" >/dev/null
      rss_line wizard "$WORK/rss.txt"
    fi
  done
}

# usage: peak_rss NAME COMMAND...; appends kB to $RESULTS/rss-NAME.txt
peak_rss() {
  local name=$1
  shift
  /usr/bin/time -v -o "$WORK/rss.txt" "$@" >/dev/null
  rss_line "$name" "$WORK/rss.txt"
}

rss_line() {
  grep 'Maximum resident set size' "$2" | awk '{print $NF}' >>"$RESULTS/rss-$1.txt"
}

# Headless render cost of the main screens at 100x40.
measure_render() {
  say "render cost"
  local renders=2000
  ((QUICK)) && renders=300
  "$BIN/turklink-bench" --renders "$renders" --width 100 --height 40 \
    >"$RESULTS/render.md"
}
