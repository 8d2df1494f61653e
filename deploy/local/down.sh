#!/usr/bin/env bash
# `pp down`: stops what `pp up` started (services, broker, PostgreSQL) and nothing else. Data stays.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

say "Stopping the gateway, the services and the issuer"
bash "$PP_LOCAL/services.sh" stop || warn "some services did not stop"
say "Stopping RabbitMQ and PostgreSQL"
rc=0
bash "$PP_LOCAL/broker.sh" run stop || rc=1
bash "$PP_LOCAL/postgres.sh" run stop || rc=1
exit "$rc"
