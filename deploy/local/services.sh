#!/usr/bin/env bash
# The identity issuer, every service of deploy/topology.json and the gateway as background processes (built dlls,
# Release), with pid files and logs under $PP_STATE_DIR/run.
# Usage: services.sh start|stop|status|wait|running-any|log NAME|names
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# name  project folder  port, from deploy/topology.json: the issuer, every service, then the gateway
# (ports overridable: PP_<NAME>_PORT, e.g. PP_GATEWAY_PORT, PP_ALLIANCE_HUB_PORT).
mapfile -t APPS < <(python - "$PP_ROOT/deploy/topology.json" <<'PY'
import json, sys
topology = json.load(open(sys.argv[1]))
for app in [topology["identity"], *topology["services"], topology["gateway"]]:
    print(app["name"], app["project"], app["port"])
PY
)
((${#APPS[@]} > 2)) || die "deploy/topology.json lists no services"

logs="$PP_STATE_DIR/run/logs"
pids="$PP_STATE_DIR/run/pids"

app_field() { # app_field NAME index
  local entry fields
  for entry in "${APPS[@]}"; do
    read -ra fields <<<"$entry"
    [[ ${fields[0]} == "$1" ]] && { printf '%s' "${fields[$2]}"; return 0; }
  done
  die "unknown app '$1'"
}
app_names() { local entry; for entry in "${APPS[@]}"; do printf '%s\n' "${entry%% *}"; done; }
app_port() {
  local var="PP_$(tr 'a-z-' 'A-Z_' <<<"$1")_PORT"
  printf '%s' "${!var:-$(app_field "$1" 2)}"
}
app_dll() {
  local project
  project=$(app_field "$1" 1)
  printf '%s' "$PP_ROOT/$project/bin/Release/net10.0/$(basename "$project").dll"
}
identity_url() { printf 'http://localhost:%s/' "$(app_port identity)"; }

start_app() {
  local name=$1 port dll pid
  port=$(app_port "$name")
  dll=$(app_dll "$name")
  if pid=$(pid_alive "$pids/$name.pid"); then
    note "$name already running (pid $pid, http://localhost:$port)"
    return 0
  fi
  [[ -f $dll ]] || die "$dll is missing: build first (dotnet build ParentPartner.sln -c Release)"
  port_listening "$port" && die "port $port ($name) is taken by another process: set PP_$(tr 'a-z-' 'A-Z_' <<<"$name")_PORT"
  local env=(
    # Production even on a laptop: the Development error page echoes request headers (tokens, cookies).
    ASPNETCORE_ENVIRONMENT=Production
    "ASPNETCORE_URLS=http://localhost:$port"
    "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$("$PP_LOCAL/postgres.sh" run port);Username=postgres"
    "ConnectionStrings__RabbitMq=amqp://guest:guest@127.0.0.1:$("$PP_LOCAL/broker.sh" run port)/"
    "Auth__Authority=$(identity_url)"
    Auth__RequireHttpsMetadata=false
  )
  case $name in
    identity) env+=("Identity__Issuer=$(identity_url)") ;;
    gateway)
      # Each cluster (named after its service) at the service's port, which PP_<NAME>_PORT may have moved.
      local service
      for service in $(app_names); do
        [[ $service == identity || $service == gateway ]] && continue
        env+=("ReverseProxy__Clusters__${service}__Destinations__primary__Address=http://127.0.0.1:$(app_port "$service")/")
      done
      ;;
  esac
  # Its own session: a Ctrl-C in the terminal that ran `pp up` does not reach it; `pp down` does.
  (cd "$(dirname "$dll")" && exec env "${env[@]}" setsid dotnet "$dll" >>"$logs/$name.log" 2>&1 </dev/null) &
  echo $! >"$pids/$name.pid"
  note "$name starting (pid $!, http://localhost:$port)"
}

# SIGTERM to every app at once (each shuts down gracefully), then SIGKILL whatever is left after 15 s.
stop_apps() {
  local name pid i entry stopping=()
  for name in $(app_names | tac); do
    if pid=$(pid_alive "$pids/$name.pid"); then
      kill -TERM "$pid" 2>/dev/null || true
      stopping+=("$name:$pid")
    fi
    rm -f "$pids/$name.pid"
  done
  for entry in "${stopping[@]}"; do
    pid=${entry#*:}
    for ((i = 0; i < 150; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    note "${entry%%:*} stopped (pid $pid)"
  done
}

http_code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true; }
# The issuer has liveness only; everything else reports readiness (database and broker).
probe() { http_code "http://localhost:$(app_port "$1")/health/$([[ $1 == identity ]] && echo live || echo ready)"; }

# Waits for the gateway's readiness (which covers every service); on failure shows the culprit's log.
wait_ready() {
  local timeout=${PP_UP_TIMEOUT:-120} gateway_ready name code
  gateway_ready="http://localhost:$(app_port gateway)/health/ready"
  local deadline=$((SECONDS + timeout))
  while ((SECONDS < deadline)); do
    [[ $(http_code "$gateway_ready") == 200 ]] && return 0
    for name in $(app_names); do
      if ! pid_alive "$pids/$name.pid" >/dev/null; then
        warn "$name exited during start-up; the end of $logs/$name.log:"
        tail -n 40 "$logs/$name.log" >&2
        return 1
      fi
    done
    sleep 1
  done
  warn "$gateway_ready did not answer 200 within ${timeout}s"
  for name in $(app_names); do
    code=$(probe "$name")
    if [[ $code != 200 ]]; then
      warn "$name is not ready (HTTP ${code:-none}); the end of $logs/$name.log:"
      tail -n 30 "$logs/$name.log" >&2
    fi
  done
  return 1
}

status() {
  local name pid port code
  for name in $(app_names); do
    port=$(app_port "$name")
    if pid=$(pid_alive "$pids/$name.pid"); then
      code=$(probe "$name")
      printf '    %-16s running  pid %-7s http://localhost:%s  (%s)\n' "$name" "$pid" "$port" \
        "$([[ $code == 200 ]] && echo ready || echo "not ready: HTTP ${code:-none}")"
    else
      printf '    %-16s stopped\n' "$name"
    fi
  done
}

running_any() {
  local name
  for name in $(app_names); do
    pid_alive "$pids/$name.pid" >/dev/null && return 0
  done
  return 1
}

mkdir -p "$logs" "$pids"
case ${1:-} in
  start) for name in $(app_names); do start_app "$name"; done ;;
  stop) stop_apps ;;
  status) status ;;
  wait) wait_ready ;;
  running-any) running_any ;;
  log) app_field "${2:?usage: services.sh log NAME}" 0 >/dev/null && echo "$logs/$2.log" ;;
  names) app_names ;;
  *) die "usage: services.sh start|stop|status|wait|running-any|log NAME|names" ;;
esac
