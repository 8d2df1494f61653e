#!/usr/bin/env bash
# `pp status`: what runs, from `pp up` (and a `pp test` in progress).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

say "pp up (state in $PP_STATE_DIR/run)"
printf '    %-16s %s\n' postgres "$(bash "$PP_LOCAL/postgres.sh" run status || true)"
printf '    %-16s %s\n' rabbitmq "$(bash "$PP_LOCAL/broker.sh" run status || true)"
bash "$PP_LOCAL/services.sh" status
if bash "$PP_LOCAL/postgres.sh" test status >/dev/null 2>&1 || bash "$PP_LOCAL/broker.sh" test status >/dev/null 2>&1; then
  say "pp test (in progress)"
  printf '    %-16s %s\n' postgres "$(bash "$PP_LOCAL/postgres.sh" test status || true)"
  printf '    %-16s %s\n' rabbitmq "$(bash "$PP_LOCAL/broker.sh" test status || true)"
fi
