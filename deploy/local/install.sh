#!/usr/bin/env bash
# Installs what `pp up` / `pp test` need and the machine lacks (Debian packages, as root).
# Usage: install.sh [--with-compose]   (for the tests only: docker-compose v1 validates the compose file, and
#   Node with deploy/k8s/validate's npm packages validates the Kubernetes manifests)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=()
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || [[ -x /usr/bin/python3 ]] || missing+=(python3)
if [[ ${1:-} == --with-compose ]]; then
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  # The Deploy tests validate the Kubernetes manifests offline with Node (deploy/k8s/validate).
  command -v npm >/dev/null || missing+=(npm)
  command -v node >/dev/null || missing+=(nodejs)
fi
command -v dotnet >/dev/null || die "the .NET 10 SDK (dotnet) is not on PATH: install it first (https://dot.net)."

# The test tools' npm packages, pinned by each folder's package-lock.json (npm's registry, at install time only):
# the Kubernetes schema validator (Deploy tests) and Redocly's OpenAPI linter (tools/openapi-lint, integration tests).
validate_packages() {
  [[ ${1:-} == --with-compose ]] || return 0
  local folder
  for folder in "$PP_ROOT/deploy/k8s/validate" "$PP_ROOT/tools/openapi-lint"; do
    [[ -d $folder/node_modules ]] && continue
    say "Installing the npm packages of ${folder#"$PP_ROOT"/}"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in $folder failed"
  done
}

if ((${#missing[@]} == 0)); then
  validate_packages "${1:-}"
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
validate_packages "${1:-}"
