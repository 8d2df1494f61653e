#!/usr/bin/env bash
# A RabbitMQ node run as a plain process, every path in a project-owned folder.
# Usage: broker.sh INSTANCE start|stop|stop-app|start-app|kill|status|ctl ARGS…|port|management-port|log
# Instances (node name pp-INSTANCE@localhost):   AMQP   management  dist
#   run       (`pp up`; PP_RABBITMQ_*_PORT)       55672  55673       55674
#   test      (`pp test`)                         56672  56673       56674
#   test-hub  (a second, "hub" broker for tests)  56682  56683       56684
# stop-app / start-app stop and start the RabbitMQ application only (the node stays up): tests use
# them to simulate a broker outage; start-app returns once AMQP accepts connections again.
# kill sends SIGKILL to the node (no clean shutdown, as in a crash); `start` brings it back.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage="usage: broker.sh run|test|test-hub start|stop|stop-app|start-app|kill|status|ctl ARGS…|port|management-port|log"
instance=${1:?$usage}
command=${2:?$usage}
shift 2
case $instance in
  run) group=run amqp=${PP_RABBITMQ_PORT:-55672} management=${PP_RABBITMQ_MANAGEMENT_PORT:-55673} dist=${PP_RABBITMQ_DIST_PORT:-55674} ;;
  test) group=test amqp=56672 management=56673 dist=56674 ;;
  test-hub) group=test amqp=56682 management=56683 dist=56684 ;;
  *) die "unknown broker instance '$instance' (run | test | test-hub)" ;;
esac
node="pp-$instance@localhost"
dir="$PP_STATE_DIR/$group/rabbitmq-$instance"
bin=/usr/lib/rabbitmq/bin
pidfile="$dir/rabbitmq.pid"

# The node and every CLI call share these (same HOME, so the same Erlang cookie). The scripts in
# /usr/lib/rabbitmq/bin run as root; /usr/sbin's wrappers would switch to the rabbitmq user.
export HOME="$dir/home"
export RABBITMQ_NODENAME="$node"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$amqp"
export RABBITMQ_DIST_PORT="$dist"
export RABBITMQ_MNESIA_BASE="$dir/mnesia"
export RABBITMQ_LOG_BASE="$dir/log"
export RABBITMQ_PID_FILE="$pidfile"
export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$dir/$instance.conf"
export RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

ctl() { "$bin/rabbitmqctl" -n "$node" "$@"; }
running() { pid_alive "$pidfile" >/dev/null; }

# Until the broker answers the AMQP protocol header with connection.start (not just a TCP accept).
wait_amqp() {
  local deadline=$((SECONDS + ${1:-120}))
  while ((SECONDS < deadline)); do
    # A method frame (type 1) answers; our own bytes echoing back would mean a self-connected socket.
    if [[ $(timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$amqp && printf 'AMQP\x00\x00\x09\x01' >&3 && head -c 1 <&3 | od -An -tx1" 2>/dev/null) == *01 ]]; then
      return 0
    fi
    sleep 0.5
  done
  die "RabbitMQ ($instance) does not accept AMQP connections on 127.0.0.1:$amqp"
}

start() {
  [[ -x $bin/rabbitmq-server ]] || die "RabbitMQ is not installed (apt-get install rabbitmq-server)"
  if running; then
    note "rabbitmq $node already running (AMQP 127.0.0.1:$amqp)"
    return 0
  fi
  local port pid
  for port in "$amqp" "$management" "$dist"; do
    port_listening "$port" && die "port $port is taken by another process (broker $instance needs $amqp, $management, $dist)"
  done
  mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
  : >"$RABBITMQ_CONF_ENV_FILE"
  cp "$PP_ROOT/deploy/rabbitmq/enabled_plugins" "$RABBITMQ_ENABLED_PLUGINS_FILE"
  cat >"$RABBITMQ_CONFIG_FILE" <<EOF
listeners.tcp.1 = 127.0.0.1:$amqp
management.tcp.ip = 127.0.0.1
management.tcp.port = $management
EOF
  "$bin/rabbitmq-server" -detached >"$dir/startup.log" 2>&1
  # `await_startup` right after start fails with "node not running": wait on the pid file.
  if ! ctl wait --timeout 120 "$pidfile" >>"$dir/startup.log" 2>&1; then
    grep -h -m 5 -E '\[error\].*(reason|Failed)' "$RABBITMQ_LOG_BASE/$node.log" >&2 2>/dev/null || tail -n 20 "$dir/startup.log" >&2
    # Do not leave a half-started node behind: the next `start` would take it for a running one.
    if pid=$(pid_alive "$pidfile"); then kill "$pid" 2>/dev/null || true; fi
    die "rabbitmq $node did not start (log: $RABBITMQ_LOG_BASE/$node.log)"
  fi
  wait_amqp 60
  note "rabbitmq $node started (AMQP 127.0.0.1:$amqp, management http://127.0.0.1:$management)"
}

stop() {
  if running; then
    ctl stop "$pidfile" >/dev/null
    note "rabbitmq $node stopped"
  else
    note "rabbitmq $node not running"
  fi
  # epmd outlives the nodes; end it only when no other Erlang node (ours or anyone's) still uses it.
  if command -v epmd >/dev/null && epmd -names >/dev/null 2>&1 && ! epmd -names 2>/dev/null | grep -q '^name '; then
    epmd -kill >/dev/null 2>&1 || true
  fi
}

case $command in
  start) start ;;
  stop) stop ;;
  stop-app) ctl stop_app >/dev/null ;;
  start-app) ctl start_app >/dev/null && wait_amqp 60 ;;
  kill)
    pid=$(pid_alive "$pidfile") || die "rabbitmq ($instance) not running"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    note "rabbitmq ($instance) killed (SIGKILL)" ;;
  status) if running; then echo "running: $node (AMQP 127.0.0.1:$amqp, management http://127.0.0.1:$management)"; else echo "stopped"; exit 1; fi ;;
  ctl) ctl "$@" ;;
  port) echo "$amqp" ;;
  management-port) echo "$management" ;;
  log) echo "$RABBITMQ_LOG_BASE/$node.log" ;;
  *) die "unknown command '$command'; $usage" ;;
esac
