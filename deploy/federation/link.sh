#!/usr/bin/env bash
# Sets up (or repairs) the federation link between one state deployment and the alliance hub, as
# described in link.json: the state's outbound queue and both shovels on the state's broker, the
# state's answers exchange and queue on the hub's broker. Idempotent: run it again to repair.
#
# Usage: link.sh [--part all|state|hub] [--grant] [--allow-unbound] [--wait SECONDS] \
#          STATE STATE_MANAGEMENT_URL STATE_AMQP_URI STATE_VHOST HUB_AMQP_URI HUB_MANAGEMENT_URL HUB_VHOST
#   STATE                 two-letter state code (IA, NE, PR…)
#   STATE_MANAGEMENT_URL  http(s)://user:password@host:15672 of the state's broker (management plugin)
#   STATE_AMQP_URI        amqp(s)://user:password@host:5672 the shovels use to reach the state's broker
#   STATE_VHOST           the state's vhost ("/" for the default)
#   HUB_AMQP_URI          amqp(s)://user:password@host:5672 with the STATE'S OWN credentials on the hub broker
#   HUB_MANAGEMENT_URL    http(s)://user:password@host:15672 of the hub's broker (hub-side declarations)
#   HUB_VHOST             the hub's vhost
# --part state|hub       only one side (each side's ops team runs its own part); default both
# --grant                also set the hub user's permissions (from HUB_AMQP_URI) to the narrow set in
#                        link.json; the user must exist (rabbitmqctl add_user on the hub)
# --allow-unbound        do not refuse when the hub service (or the state's consumer) has not bound its
#                        queue yet; messages sent meanwhile would be dropped
# --wait SECONDS         how long to wait for both shovels to run (default 30; 0 = do not wait)
# Needs curl and jq. Exit codes: 0 linked and running, 2 usage, 3 configured but not running (yet),
# 4 refused (a side has no consumer bound), 1 any other failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
definition="${PP_LINK_DEFINITION:-$here/link.json}"
part=all grant=false allow_unbound=false wait_seconds=30

die() { echo "link.sh: $1" >&2; exit "${2:-1}"; }
usage() { sed -n '5,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --part) part=${2:-}; shift 2 ;;
    --grant) grant=true; shift ;;
    --allow-unbound) allow_unbound=true; shift ;;
    --wait) wait_seconds=${2:-}; shift 2 ;;
    --help) usage ;;
    *) echo "link.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ $# -eq 7 ]] || usage
[[ $part =~ ^(all|state|hub)$ ]] || usage
[[ $wait_seconds =~ ^[0-9]+$ ]] || usage
command -v curl >/dev/null || die "curl is required"
command -v jq >/dev/null || die "jq is required (apt-get install jq)"

state_code=$1 state_management=${2%/} state_amqp=${3%/} state_vhost=$4 hub_amqp=${5%/} hub_management=${6%/} hub_vhost=$7
[[ $state_code =~ ^[A-Za-z]{2}$ ]] || die "STATE must be a two-letter code, not '$state_code'" 2
state=$(tr '[:upper:]' '[:lower:]' <<<"$state_code")
for uri in "$state_amqp" "$hub_amqp"; do
  [[ $uri =~ ^amqps?://[^/]+$ ]] || die "AMQP URIs are given without a vhost path (the vhost is its own argument): '${uri%%@*}…'" 2
done

encode() { jq -rn --arg v "$1" '$v|@uri'; }
state_uri="$state_amqp/$(encode "$state_vhost")"
hub_uri="$hub_amqp/$(encode "$hub_vhost")"

# link.json with the placeholders filled in, inside string values only (so no value can break the JSON).
plan=$(jq --arg state "$state" --arg stateUri "$state_uri" --arg hubUri "$hub_uri" '
  walk(if type == "string" then gsub("\\{state\\}"; $state) | gsub("\\{stateUri\\}"; $stateUri) | gsub("\\{hubUri\\}"; $hubUri) else . end)
' "$definition") || die "cannot read $definition"

# api BASE METHOD PATH [BODY]: one management API call; prints the response body, fails loudly with the
# broker's reason (never with the credentials in BASE).
api() {
  local base=$1 method=$2 path=$3 body=${4:-} out status
  out=$(curl -sS -w '\n%{http_code}' -X "$method" -H 'content-type: application/json' \
    ${body:+--data-binary "$body"} "$base/api/$path") || die "cannot reach ${base##*@} ($method /api/$path)"
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [[ $status -ge 300 ]]; then
    echo "link.sh: $method /api/$path on ${base##*@} answered $status: $out" >&2
    return 1
  fi
  printf '%s' "$out"
}

# declare SIDE BASE VHOST: the exchanges, queues and bindings link.json lists for that side, as one
# management API call per line ("METHOD<tab>PATH<tab>BODY") worked out by a single jq run.
declare_side() {
  local side=$1 base=$2 method path body
  while IFS=$'\t' read -r method path body; do
    # A binding that already exists is left as it is (the broker keeps one of each).
    api "$base" "$method" "$path" "$body" >/dev/null
  done < <(jq -r --arg side "$side" --arg vhost "$3" '
    .[$side] as $s | ($vhost | @uri) as $v |
    ($s.exchanges[] | ["PUT", "exchanges/\($v)/\(.name | @uri)", (del(.name) | tojson)]),
    ($s.queues[] | ["PUT", "queues/\($v)/\(.name | @uri)", (del(.name) | tojson)]),
    ($s.bindings[] | ["POST", "bindings/\($v)/e/\(.source | @uri)/\(.destination_type)/\(.destination | @uri)", ({routing_key, arguments} | tojson)])
    | @tsv' <<<"$plan")
}

# expect_bound SIDE BASE VHOST ADVICE: each exchange in expectBound must feed at least one queue besides
# the link's own, or what the link delivers there would be dropped.
expect_bound() {
  local side=$1 base=$2 path exchange bound
  while IFS=$'\t' read -r exchange path; do
    bound=$(api "$base" GET "$path" | jq '[.[] | select(.destination != "alliance-submissions-outbound")] | length')
    if [[ $bound -eq 0 ]]; then
      if [[ $allow_unbound == true ]]; then
        echo "link.sh: warning: nothing consumes '$exchange' on the $side broker yet: $4" >&2
      else
        die "nothing consumes '$exchange' on the $side broker yet: $4 (or pass --allow-unbound)" 4
      fi
    fi
  done < <(jq -r --arg side "$side" --arg vhost "$3" \
    '.[$side].expectBound[] | [., "exchanges/\($vhost | @uri)/\(@uri)/bindings/source"] | @tsv' <<<"$plan")
}

if [[ $part != state ]]; then
  declare_side hub "$hub_management" "$hub_vhost"
  if [[ $grant == true ]]; then
    hub_user=$(sed -E 's#^amqps?://([^:@/]+).*#\1#' <<<"$hub_amqp")
    [[ $hub_user != "$hub_amqp" ]] || die "--grant needs a user in HUB_AMQP_URI" 2
    api "$hub_management" PUT "permissions/$(encode "$hub_vhost")/$(encode "$(printf '%b' "${hub_user//%/\\x}")")" \
      "$(jq -c '.hub.statePermissions' <<<"$plan")" >/dev/null
  fi
  expect_bound hub "$hub_management" "$hub_vhost" "start the alliance hub service first"
  echo "hub side ready for $state_code: exchange and queue alliance-answers-$state"
fi

if [[ $part != hub ]]; then
  declare_side state "$state_management" "$state_vhost"
  expect_bound state "$state_management" "$state_vhost" "start the state's reporting service first"
  while IFS=$'\t' read -r path body; do
    api "$state_management" PUT "$path" "$body" >/dev/null
  done < <(jq -r --arg vhost "$state_vhost" '.state.shovels[] | ["parameters/shovel/\($vhost | @uri)/\(.name | @uri)", ({value} | tojson)] | @tsv' <<<"$plan")

  names=$(jq -r '[.state.shovels[].name] | join(" ")' <<<"$plan")
  deadline=$((SECONDS + wait_seconds))
  while :; do
    status=$(api "$state_management" GET "shovels/$(encode "$state_vhost")" | jq -r --arg names "$names" \
      '[.[] | select(.name as $n | $names | split(" ") | index($n))] | map("\(.name): \(.state)") | join(", ")')
    running=$(grep -o ': running' <<<"$status" | wc -l)
    if [[ $running -eq $(wc -w <<<"$names") ]]; then
      echo "linked $state_code: $status"
      exit 0
    fi
    if ((SECONDS >= deadline)); then
      echo "link.sh: configured, but not running yet (${status:-no status}); the shovels keep retrying every 5 s. Check with status.sh." >&2
      exit 3
    fi
    sleep 1
  done
fi
