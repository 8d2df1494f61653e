#!/usr/bin/env bash
# `pp test`: builds and runs every test project in the solution against its own PostgreSQL and
# RabbitMQ (ports 56432 / 56672, beside a running `pp up`), then prints "N passed, N failed".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

state="$PP_STATE_DIR/test"
results="$state/results"
summary=""
started=$SECONDS

# Each one even when another fails.
stop_infrastructure() {
  local rc=0
  if bash "$PP_LOCAL/broker.sh" test-hub status >/dev/null 2>&1; then bash "$PP_LOCAL/broker.sh" test-hub stop || rc=1; fi
  bash "$PP_LOCAL/broker.sh" test stop || rc=1
  bash "$PP_LOCAL/postgres.sh" test stop || rc=1
  return "$rc"
}

finish() {
  local rc=$?
  trap - EXIT INT TERM
  say "Stopping the test PostgreSQL and RabbitMQ"
  timed_rc stop stop_infrastructure
  ((TIMED_RC == 0)) || rc=1
  PP_TIMINGS+=("total $((SECONDS - started))")
  print_timings
  # The closing line, last: CI reads it.
  [[ -n $summary ]] && printf '%s\n' "$summary"
  exit "$rc"
}

install() {
  say "Checking prerequisites"
  bash "$PP_LOCAL/install.sh" --with-compose
}

infrastructure() {
  say "Starting the test PostgreSQL and RabbitMQ (fresh, in $state)"
  # Leftovers of an interrupted run first, then a clean slate.
  stop_infrastructure >/dev/null
  rm -rf "$state"
  mkdir -p "$results"
  bash "$PP_LOCAL/postgres.sh" test start
  bash "$PP_LOCAL/broker.sh" test start
  # The national alliance hub's own broker: the federation link tests shovel between the two.
  bash "$PP_LOCAL/broker.sh" test-hub start
}

build() {
  say "Building (Release)"
  (cd "$PP_ROOT" && dotnet build ParentPartner.sln -c Release -nologo -v q)
}

run_tests() {
  say "Testing"
  # One trx per test project (default names never collide; a fixed LogFileName would be overwritten).
  # -m:1: one test project at a time. They share the test broker, and the outage tests stop it
  # (rabbitmqctl stop_app), which would fail whatever another project was doing at that moment.
  (cd "$PP_ROOT" && dotnet test ParentPartner.sln -c Release --no-build --nologo -m:1 --results-directory "$results" --logger trx)
}

# "N passed, N failed[, N skipped]" from the trx files; exits non-zero when anything failed or nothing ran.
count_results() {
  python - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for trx in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    for result in ET.parse(trx).getroot().iter(ns + "UnitTestResult"):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
}

trap finish EXIT
trap 'exit 130' INT TERM

timed install install
timed start infrastructure
export PP_TEST_POSTGRES="Host=127.0.0.1;Port=$(bash "$PP_LOCAL/postgres.sh" test port);Username=postgres"
export PP_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$(bash "$PP_LOCAL/broker.sh" test port)/"
export PP_TEST_RABBITMQ_MANAGEMENT="http://127.0.0.1:$(bash "$PP_LOCAL/broker.sh" test management-port)"
export PP_TEST_BROKER_CONTROL="$PP_LOCAL/broker.sh test"
export PP_TEST_POSTGRES_CONTROL="$PP_LOCAL/postgres.sh test"
export PP_TEST_HUB_RABBITMQ="amqp://guest:guest@127.0.0.1:$(bash "$PP_LOCAL/broker.sh" test-hub port)/"
export PP_TEST_HUB_RABBITMQ_MANAGEMENT="http://127.0.0.1:$(bash "$PP_LOCAL/broker.sh" test-hub management-port)"
export PP_TEST_HUB_BROKER_CONTROL="$PP_LOCAL/broker.sh test-hub"
timed_rc build build
((TIMED_RC == 0)) || die "the build failed: no tests ran"
timed_rc test run_tests
test_rc=$TIMED_RC
summary_rc=0
summary=$(count_results) || summary_rc=$?
((test_rc == 0)) || warn "dotnet test exited with code $test_rc"
((test_rc == 0 && summary_rc == 0))
