#!/usr/bin/env bash
# The federation link's health as the state's broker sees it: each shovel's state and the submissions
# waiting in the outbound queue (they wait there during an outage and flow when the link returns).
# Usage: status.sh STATE_MANAGEMENT_URL STATE_VHOST [HUB_MANAGEMENT_URL HUB_VHOST STATE]
#   with the hub's arguments it also shows the answers waiting for that state on the hub.
# Exit code 0 when both shovels run, 3 otherwise.
set -euo pipefail
[[ $# -eq 2 || $# -eq 5 ]] || { sed -n '4,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
command -v jq >/dev/null || { echo "status.sh: jq is required" >&2; exit 1; }
encode() { jq -rn --arg v "$1" '$v|@uri'; }
state_management=${1%/} state_vhost=$(encode "$2")

shovels=$(curl -sSf "$state_management/api/shovels/$state_vhost")
jq -r '.[] | select(.name | startswith("alliance-")) | "shovel \(.name): \(.state)\(if .reason then " (\(.reason))" else "" end)"' <<<"$shovels"
curl -sSf "$state_management/api/queues/$state_vhost/alliance-submissions-outbound" |
  jq -r '"submissions waiting to leave: \(.messages // 0)"'
if [[ $# -eq 5 ]]; then
  state=$(tr '[:upper:]' '[:lower:]' <<<"$5")
  curl -sSf "${3%/}/api/queues/$(encode "$4")/alliance-answers-$state" | jq -r '"answers waiting on the hub: \(.messages // 0)"'
fi
[[ $(jq '[.[] | select(.name | startswith("alliance-")) | select(.state == "running")] | length' <<<"$shovels") -eq 2 ]] || exit 3
