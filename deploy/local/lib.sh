# Shared by the deploy/local scripts (sourced, not run): paths, defaults, messages, timing.
# shellcheck shell=bash

PP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PP_LOCAL="$PP_ROOT/deploy/local"
# /var/tmp, not the repo: the postgres user must own its data folder and traverse its parents.
PP_STATE_DIR=${PP_STATE_DIR:-/var/tmp/parentpartner}
export PP_STATE_DIR

say() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
warn() { printf 'pp: %s\n' "$*" >&2; }
die() { warn "$*"; exit 1; }

# Is a TCP socket listening on port $1 (any address)? Read from /proc, not by connecting: the
# project's ports lie in Linux's ephemeral range, where a connect to a free port can connect to itself.
port_listening() {
  awk -v port=":$(printf '%04X' "$1")" '$4 == "0A" && substr($2, length($2) - 4) == port { found = 1 } END { exit !found }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# Is the process in pid file $1 alive? (prints the pid)
pid_alive() {
  [[ -s $1 ]] || return 1
  local pid
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

# Phase timing: `timed NAME command…` runs the command, records how long it took and returns its
# status; `timed_rc` does the same but leaves the status in TIMED_RC and returns 0. Never call either
# as `timed … || …` or in an `if`: bash would then ignore errexit inside the command.
PP_TIMINGS=()
TIMED_RC=0
timed_rc() {
  local name=$1 start
  shift
  start=$(date +%s.%N)
  set +e
  (set -e; "$@")
  TIMED_RC=$?
  set -e
  PP_TIMINGS+=("$name $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')")
}
timed() {
  timed_rc "$@"
  return "$TIMED_RC"
}
print_timings() {
  local entry
  ((${#PP_TIMINGS[@]})) || return 0
  say "Timings"
  for entry in "${PP_TIMINGS[@]}"; do
    printf '    %-10s %6ss\n' "${entry%% *}" "${entry#* }"
  done
}

python() { if command -v python3 >/dev/null; then python3 "$@"; else /usr/bin/python3 "$@"; fi; }
