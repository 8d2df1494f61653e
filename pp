#!/usr/bin/env bash
# ParentPartner on this machine, without Docker (the pieces are in deploy/local/):
#   ./pp up          install what is missing, start everything, seed demo data, print the URLs
#   ./pp down        stop what `up` started
#   ./pp test        build and run every test against a throw-away PostgreSQL and RabbitMQ
#   ./pp status      what is running
#   ./pp logs NAME   a process's log (-f to follow)
set -euo pipefail
local_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/deploy/local"
command=${1:-help}
case $command in
  up | down | test | status | logs) shift; exec bash "$local_dir/$command.sh" "$@" ;;
  *) sed -n '2,7s/^# \{0,1\}//p' "$0"; [[ $command == help || $command == -h || $command == --help ]] ;;
esac
