#!/usr/bin/env bash
# A project-owned PostgreSQL cluster run as a plain process (no system service).
# Usage: postgres.sh run|test start|stop|crash|status|port|log
#   crash: stop -m immediate (no checkpoint, clients cut off: what a power cut looks like; tests use it)
#   run:  port ${PP_POSTGRES_PORT:-55432}, kept between runs, durable (fsync on)
#   test: port ${PP_TEST_POSTGRES_PORT:-56432}, fsync=off (`pp test` wipes it each run)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

instance=${1:?usage: postgres.sh run|test start|stop|crash|status|port|log}
command=${2:?usage: postgres.sh run|test start|stop|crash|status|port|log}
case $instance in
  run) port=${PP_POSTGRES_PORT:-55432} extra="" ;;
  # fsync off is safe for a process crash (the OS keeps what was written); synchronous_commit stays on, or a commit
  # acknowledged just before `crash` (pg_ctl -m immediate) could be lost, which the outage test would count as ours.
  test) port=${PP_TEST_POSTGRES_PORT:-56432} extra="-c fsync=off -c full_page_writes=off" ;;
  *) die "unknown postgres instance '$instance' (run | test)" ;;
esac
dir="$PP_STATE_DIR/$instance/postgres"
data="$dir/data"
log="$dir/postgres.log"

pg_bin() {
  local bin
  bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)
  [[ -x $bin/pg_ctl ]] || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl)"
  printf '%s' "$bin"
}

# initdb and the server refuse to run as root: run them as postgres, from a folder it can read.
as_postgres() { (cd / && runuser -u postgres -- "$@"); }

running() { [[ -f $data/PG_VERSION ]] && as_postgres "$(pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1; }

start() {
  local bin
  bin=$(pg_bin)
  if running; then
    note "postgres ($instance) already running on 127.0.0.1:$port"
    return 0
  fi
  port_listening "$port" && die "port $port is taken by another process: set PP_POSTGRES_PORT or stop it"
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_postgres test -x "$dir" || die "the postgres user cannot reach $dir: choose a PP_STATE_DIR whose parents are traversable (e.g. under /var/tmp)"
  if [[ ! -f $data/PG_VERSION ]]; then
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
      { tail -n 20 "$dir/initdb.log" >&2; die "initdb failed"; }
  fi
  # The socket lives beside the data (the default /var/run/postgresql may not exist).
  as_postgres "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 $extra" start >/dev/null ||
    { tail -n 20 "$log" >&2; die "postgres ($instance) did not start"; }
  note "postgres ($instance) started on 127.0.0.1:$port"
}

stop() {
  if ! running; then
    note "postgres ($instance) not running"
    return 0
  fi
  as_postgres "$(pg_bin)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
  note "postgres ($instance) stopped"
}

crash() {
  running || die "postgres ($instance) not running"
  as_postgres "$(pg_bin)/pg_ctl" -D "$data" -m immediate -w -t 60 stop >/dev/null
  note "postgres ($instance) stopped immediately"
}

case $command in
  start) start ;;
  stop) stop ;;
  crash) crash ;;
  status) if running; then echo "running on 127.0.0.1:$port"; else echo "stopped"; exit 1; fi ;;
  port) echo "$port" ;;
  log) echo "$log" ;;
  *) die "unknown command '$command' (start | stop | crash | status | port | log)" ;;
esac
