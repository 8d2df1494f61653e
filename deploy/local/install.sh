#!/usr/bin/env bash
# Installs what `pp up` / `pp test` need and the machine lacks (Debian packages, as root).
# Usage: install.sh [--with-compose]   (docker-compose v1 only validates the compose file in tests)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=()
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || [[ -x /usr/bin/python3 ]] || missing+=(python3)
if [[ ${1:-} == --with-compose ]]; then
  command -v docker-compose >/dev/null || missing+=(docker-compose)
fi
command -v dotnet >/dev/null || die "the .NET 10 SDK (dotnet) is not on PATH: install it first (https://dot.net)."

if ((${#missing[@]} == 0)); then
  note "nothing to install"
  exit 0
fi
[[ $(id -u) == 0 ]] || die "missing packages (${missing[*]}): run as root, or install them with apt-get first."
say "Installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$PP_STATE_DIR"
log="$PP_STATE_DIR/install.log"
# --no-install-recommends: docker-compose would otherwise pull in the docker.io engine.
if ! { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  die "installing ${missing[*]} failed (full log: $log)"
fi
