#!/usr/bin/env bash
# `pp logs NAME [-f]`: the log of one process started by `pp up`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

names="$(bash "$PP_LOCAL/services.sh" names | tr '\n' ' ')postgres rabbitmq"
case ${1:-} in
  '') die "usage: pp logs NAME [-f]   (NAME: $names)" ;;
  postgres) log=$(bash "$PP_LOCAL/postgres.sh" run log) ;;
  rabbitmq | broker) log=$(bash "$PP_LOCAL/broker.sh" run log) ;;
  *) log=$(bash "$PP_LOCAL/services.sh" log "$1" 2>/dev/null) || die "no log named '$1' (NAME: $names)" ;;
esac
[[ -f $log ]] || die "$log does not exist yet"
if [[ ${2:-} == -f ]]; then exec tail -n 100 -F "$log"; else exec tail -n "${PP_LOG_LINES:-200}" "$log"; fi
