# Steps of bench/run.sh; sourced, uses its variables (ROOT, WORK, RESULTS…).

# Installs hyperfine and GNU time when missing and allowed; hyperfine is
# optional (bench/timeit.py stands in), the others are required.
need_tools() {
  if ! command -v hyperfine >/dev/null && ((EUID == 0)); then
    say "installing hyperfine"
    apt-get install -y hyperfine >/dev/null 2>&1 || true
  fi
  if [[ ! -x /usr/bin/time ]] && ((EUID == 0)); then
    say "installing GNU time"
    apt-get install -y time >/dev/null 2>&1 || true
  fi

  local tool
  for tool in swift curl python3 script /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
  done
  python3 -c 'import botocore' || { echo "missing: botocore" >&2; exit 1; }

  # The pyenv shim adds a bash and a pyenv run to every call; time aws itself.
  AWS=$(pyenv which aws 2>/dev/null || command -v aws) \
    || { echo "missing: aws" >&2; exit 1; }
}

# Builds every executable in release mode, with the real HOME (SwiftPM
# caches live there); everything after runs with a temp HOME.
build_release() {
  say "swift build -c release"
  (cd "$ROOT" && swift build -c release 2>&1 | tail -1) >&2
  BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)

  export HOME="$WORK/home" XDG_STATE_HOME="$WORK/state"
  export LANG=C.UTF-8 TERM=xterm-256color
  unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_MTURK AWS_ENDPOINT_URL_STS
  unset http_proxy https_proxy HTTPS_PROXY ALL_PROXY all_proxy
}

# Starts the stand-in on a free loopback port and reads its address.
start_standin() {
  "$BIN/turklink-standin" --port 0 --log "$WORK/standin.log" \
    >"$WORK/standin.out" 2>"$WORK/standin.err" &
  STANDIN_PID=$!

  local line="" tries=0
  while ((tries < 100)); do
    line=$(head -n 1 "$WORK/standin.out" 2>/dev/null || true)
    [[ "$line" == "listening on 127.0.0.1:"* ]] && break
    sleep 0.05
    tries=$((tries + 1))
  done
  [[ "$line" == "listening on 127.0.0.1:"* ]] \
    || { echo "stand-in did not start: $line" >&2; exit 1; }
  PORT=${line##*:}
  ENDPOINT="http://127.0.0.1:$PORT"
  say "stand-in $STANDIN_PID on $ENDPOINT"
}

# The healthy demo keys: exported for turklink and the botocore signer,
# and written to a temp credentials file for aws-cli.
prepare_keys() {
  local account=AKIADEMOHEALTHY77777
  export AWS_ACCESS_KEY_ID=$account
  AWS_SECRET_ACCESS_KEY=$("$BIN/turklink-standin" --list-accounts | python3 -c \
    "import json,sys; print(next(a['secret'] for a in json.load(sys.stdin)
     if a['accessKeyID'] == '$account'))")
  export AWS_SECRET_ACCESS_KEY

  CREDENTIALS="$WORK/credentials"
  (umask 077 && printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' \
    "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" >"$CREDENTIALS")
  export AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_PAGER=""
  export AWS_SHARED_CREDENTIALS_FILE="$CREDENTIALS"

  # Signed once, now; the stand-in accepts 15 minutes of clock skew.
  python3 "$ROOT/bench/sign_requests.py" "$ENDPOINT" "$WORK"
}

# Machine facts for the report, one `key: value` a line.
record_facts() {
  {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" \
      && git diff --quiet HEAD -- Sources Package.swift || echo ' (+ changes)')"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "kernel: $(uname -r)"
    echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "swift: $(swift --version 2>&1 | head -n 1)"
    echo "aws: $("$AWS" --version 2>&1)"
    echo "curl: $(curl --version | head -n 1)"
    if [[ -n "${BENCH_NO_HYPERFINE:-}" ]] || ! command -v hyperfine >/dev/null; then
      echo "timer: bench/timeit.py (hyperfine not used)"
    else
      echo "timer: $(hyperfine --version)"
    fi
    echo "binary: $(ldd "$BIN/turklink" | grep -c '=>') shared libraries," \
      "$(du -h "$BIN/turklink" | cut -f1)"
  } >"$RESULTS/facts.txt"
}

# Times one command (no shell) into $RESULTS/NAME.json; with
# BENCH_NO_HYPERFINE set, bench/timeit.py does it even if hyperfine is here.
# usage: time_command NAME WARMUP RUNS COMMAND...
time_command() {
  local name=$1 warmup=$2 runs=$3
  shift 3
  say "timing $name"
  if command -v hyperfine >/dev/null && [[ -z "${BENCH_NO_HYPERFINE:-}" ]]; then
    hyperfine -N --style none --warmup "$warmup" --runs "$runs" \
      --export-json "$RESULTS/$name.json" -- "$(printf '%q ' "$@")" >/dev/null
  else
    python3 "$ROOT/bench/timeit.py" --warmup "$warmup" --runs "$runs" \
      --export-json "$RESULTS/$name.json" -- "$@"
  fi
}

source "$ROOT/bench/measure.sh"
