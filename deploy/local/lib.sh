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

# Is something accepting TCP connections on 127.0.0.1:$1?
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Is the process in pid file $1 alive? (prints the pid)
pid_alive() {
  [[ -s $1 ]] || return 1
  local pid
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && printf '%s' "$pid"
}

# Phase timing: `timed NAME command…` runs the command and records how long it took.
PP_TIMINGS=()
timed() {
  local name=$1 start rc=0
  shift
  start=$(date +%s.%N)
  "$@" || rc=$?
  PP_TIMINGS+=("$name $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')")
  return "$rc"
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
