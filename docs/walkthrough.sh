#!/usr/bin/env bash
# The README's curl walk-through as one script: a plan from OpenPlan to RecordActual.
#
#   npm start                                   # in one terminal (DATA_DIR=… if you use one)
#   bash docs/walkthrough.sh [team]             # in another, with the same DATA_DIR; API=… if not :3000
#
# Rerunnable: when the team already has its 2027-Q1 plan (409 PLAN.ALREADY_EXISTS), it goes on with
# a fresh team (north-2, north-3, …). Any other HTTP error stops it, printing the status and the body.
# The last line is `PLAN=<id>`, for the auditor examples of the README.
set -euo pipefail
cd "$(dirname "$0")/.."
API=${API:-http://localhost:3000/api}
export DATA_DIR=${DATA_DIR:-./data}   # the server's: tokens are signed with the secret kept there
TEAM=${1:-north}

# Mints a token with the CLI (built by `npm start`); notes go to stderr, the token to stdout.
token() { node dist/apps/cli/src/main.js token "$@"; }

# request METHOD PATH TOKEN [JSON] [curl options…]: sets STATUS and BODY.
request() {
  local method=$1 path=$2 bearer=$3 body=${4:-}
  shift $(($# < 4 ? $# : 4))
  local args=(-sS -X "$method" "$API$path" -H "Authorization: Bearer $bearer" -w '\n%{http_code}' "$@")
  if [ -n "$body" ]; then args+=(-H 'Content-Type: application/json' --data "$body"); fi
  local out
  out=$(curl "${args[@]}")
  STATUS=${out##*$'\n'}
  BODY=${out%$'\n'*}
}

# call METHOD PATH TOKEN [JSON] [curl options…]: prints the body; stops on any HTTP error, showing it.
call() {
  request "$@"
  if [ "$STATUS" -ge 400 ]; then
    echo "$1 $2 → HTTP $STATUS: $BODY" >&2
    [ "$STATUS" = 401 ] && echo "(a 401: is DATA_DIR=$DATA_DIR the server's? Its tokens are signed with the secret kept there)" >&2
    exit 1
  fi
  printf '%s\n' "$BODY"
}

# json EXPRESSION: evaluates a JavaScript expression over the JSON on stdin (as v).
json() { node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(new Function("v", `return ${process.argv[1]}`)(v))' "$1"; }

# 1. The supervisor opens the team's plan for 2027-Q1 with the problems it must solve.
OPEN='{ "team": "TEAM", "period": "2027-Q1", "currency": "CNY",
  "companyTargets": [{ "metric": "revenue", "amount": 10000000, "currency": "CNY" }],
  "problems": ["Flat sales in the north", "Slow collections"] }'
for n in $(seq 1 50); do
  team=$TEAM; [ "$n" -gt 1 ] && team="$TEAM-$n"
  SUP=$(token --sub sue --name "Sue Supervisor" --role supervisor --team "$team")
  request POST /plans "$SUP" "${OPEN/TEAM/$team}"
  if [ "$STATUS" = 201 ]; then TEAM=$team; break; fi
  if [ "$STATUS" = 409 ] && [ "$(printf '%s' "$BODY" | json v.code)" = PLAN.ALREADY_EXISTS ]; then
    echo "team $team already has its 2027-Q1 plan; trying another team" >&2
    continue
  fi
  STATUS=$STATUS call POST /plans "$SUP" "${OPEN/TEAM/$team}"
done
[ "$STATUS" = 201 ] || { echo "no free team name found" >&2; exit 1; }
PLAN=$(printf '%s' "$BODY" | json v.planId)
echo "team $TEAM, plan $PLAN"
MGR=$(token --sub max --name "Max Manager" --role manager --team "$TEAM")
ANN=$(token --sub ann --name "Ann Sales" --role salesperson --team "$TEAM")

# 2. The specific plan: targets per salesperson × metric (money in minor units), budget, sub-plans.
call POST "/plans/$PLAN/submit" "$SUP" '{
  "targets": [
    { "salespersonId": "ann", "salespersonName": "Ann Sales", "metric": "revenue", "amount": 6000000, "currency": "CNY" },
    { "salespersonId": "ann", "salespersonName": "Ann Sales", "metric": "new_customers", "amount": 3 }
  ],
  "profitTarget": { "amount": 2500000, "currency": "CNY" },
  "expenseBudget": { "amount": { "amount": 800000, "currency": "CNY" }, "controlNotes": "Monthly review" },
  "subPlans": { "paymentCollection": "60 days", "pricingStrategy": "Hold prices", "channelStrategy": "Two distributors",
    "advertisingAndPromotion": "Trade fair", "staffingAndTraining": "One hire", "appraisalRuleChanges": "None",
    "productStrategy": "Push the X line" }
}'

# 2a. The manager approves (If-Match: the revision last seen; a stale one gets 412).
call POST "/plans/$PLAN/approve" "$MGR" '{ "comment": "Agrees with the company target" }' -H 'If-Match: "1"'

# 3. The plan book, and its approval: execution starts.
call POST "/plans/$PLAN/book" "$SUP" '{ "outlook": "Demand recovers in Q2", "marketIndicators": [{ "indicator": "Competitor entry", "assessment": "Likely" }] }'
call POST "/plans/$PLAN/book/approve" "$MGR" '{}'

# 4. Ann records an actual; the Idempotency-Key makes a retry safe (keys are per user and plan here).
call POST "/plans/$PLAN/actuals" "$ANN" '{ "metric": "revenue", "amount": 1200000, "currency": "CNY", "date": "2027-02-10", "reference": "INV-2027-0042" }' \
  -H "Idempotency-Key: inv-2027-0042-$PLAN"

# The plan now, and every decision with who, when and why.
call GET "/plans/$PLAN" "$MGR" | json 'v.status + " revision " + v.revision'
call GET "/plans/$PLAN/history" "$MGR" | json 'v.events.map(e => `${e.revision} ${e.type} by ${e.metadata.actorId} (${e.metadata.actorRole})`).join("\n")'
echo "PLAN=$PLAN"
