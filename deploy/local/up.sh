#!/usr/bin/env bash
# `pp up`: the whole platform on this machine — PostgreSQL, RabbitMQ, the issuer, seven services and
# the gateway as plain processes — then demo data. Safe to run again: what runs is left running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

services() { bash "$PP_LOCAL/services.sh" "$@"; }
gateway="http://localhost:${PP_GATEWAY_PORT:-8080}"
identity="http://localhost:${PP_IDENTITY_PORT:-8081}"
management="http://127.0.0.1:$(bash "$PP_LOCAL/broker.sh" run management-port)"
seed_project="$PP_ROOT/deploy/seed/ParentPartner.DemoSeed"
started=$SECONDS

install() { say "Checking prerequisites"; bash "$PP_LOCAL/install.sh"; }

infrastructure() {
  say "Starting PostgreSQL and RabbitMQ (state in $PP_STATE_DIR/run)"
  bash "$PP_LOCAL/postgres.sh" run start
  bash "$PP_LOCAL/broker.sh" run start
}

build() {
  # Rebuilding under running processes would swap their dlls: keep what runs.
  if services running-any; then
    say "Services already running: build skipped (./pp down, then ./pp up, to rebuild)"
    return 0
  fi
  say "Building (Release)"
  (cd "$PP_ROOT" && dotnet build ParentPartner.sln -c Release -nologo -v q)
  if ! grep -q 'ParentPartner.DemoSeed.csproj' "$PP_ROOT/ParentPartner.sln"; then
    dotnet build "$seed_project/ParentPartner.DemoSeed.csproj" -c Release -nologo -v q
  fi
}

start() {
  say "Starting the issuer, the services and the gateway"
  services start
  note "waiting for $gateway/health/ready (up to ${PP_UP_TIMEOUT:-120}s)"
  services wait
}

seed() {
  say "Demo data"
  dotnet "$seed_project/bin/Release/net10.0/ParentPartner.DemoSeed.dll" --gateway "$gateway" --identity "$identity"
}

timed install install
timed start infrastructure
timed build build
timed services start
timed_rc seed seed
((TIMED_RC == 0)) || warn "seeding failed (the platform is up; run ./pp up again to retry)"
PP_TIMINGS+=("total $((SECONDS - started))")

cat <<EOF

ParentPartner is up.
  Gateway            $gateway
  API docs           $gateway/docs
  Identity (OIDC)    $identity
  RabbitMQ           $management  (guest / guest)
  Logs               ./pp logs <name>   (./pp status lists them; ./pp down stops everything)

Demo users (password demo-password):
  coord.iowa, admin.iowa, partner.iowa, payroll.iowa     program ia-parent-partner
  coord.washington, admin.washington, partner.washington program wa-p2p
  analyst (alliance analyst), platform (platform admin)

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=parentpartner-cli -d username=coord.iowa \\
    -d password=demo-password $identity/connect/token \\
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -s -X POST $gateway/api/referrals -H "Authorization: Bearer \$TOKEN" \\
    -H 'Content-Type: application/json' -d '{"programId":"ia-parent-partner","source":"child-welfare-agency",
    "referrer":{"organisation":"Polk County DHS","contact":"intake@polk.example"},
    "parent":{"firstName":"Ana","lastName":"Rivera","email":"ana@example.org","phone":"515-555-0100","preferredLanguages":["es","en"],"county":"Polk"},
    "consent":{"givenAt":"2026-11-20T15:00:00Z","scope":"matching-and-contact"}}'
  curl -s $gateway/api/reports/programs/ia-parent-partner/summary -H "Authorization: Bearer \$TOKEN"

EOF
print_timings
