#!/usr/bin/env bash
# Takes the federation link down on the state's side: deletes both shovels. Queues stay, so nothing is
# lost: submissions wait in alliance-submissions-outbound and answers in the hub's alliance-answers-<state>
# until link.sh runs again. (The hub cuts a state off by revoking that state's user on the hub broker.)
# Usage: unlink.sh STATE_MANAGEMENT_URL STATE_VHOST
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
command -v jq >/dev/null || { echo "unlink.sh: jq is required" >&2; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
encode() { jq -rn --arg v "$1" '$v|@uri'; }
for name in $(jq -r '.state.shovels[].name' "${PP_LINK_DEFINITION:-$here/link.json}"); do
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE "${1%/}/api/parameters/shovel/$(encode "$2")/$(encode "$name")")
  case $status in
    2??) echo "deleted shovel $name" ;;
    404) echo "no shovel $name" ;;
    *) echo "unlink.sh: deleting $name answered $status" >&2; exit 1 ;;
  esac
done
