#!/usr/bin/env bash
# The README's curl walk-through as one script: a plan from OpenPlan to RecordActual.
# Start the API first (npm start), then: bash docs/walkthrough.sh
set -euo pipefail
API=${API:-http://localhost:3000/api}
token() { node dist/apps/cli/src/main.js token "$@" 2>/dev/null; }

SUP=$(token --sub sue --name "Sue Supervisor" --role supervisor --team north)
MGR=$(token --sub max --name "Max Manager" --role manager --team north)
ANN=$(token --sub ann --name "Ann Sales" --role salesperson --team north)

# 1. The supervisor opens the team's plan for 2027-Q1 with the problems it must solve.
PLAN=$(curl -sf -X POST "$API/plans" -H "Authorization: Bearer $SUP" -H 'Content-Type: application/json' -d '{
  "team": "north", "period": "2027-Q1", "currency": "CNY",
  "companyTargets": [{ "metric": "revenue", "amount": 10000000, "currency": "CNY" }],
  "problems": ["Flat sales in the north", "Slow collections"]
}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).planId')
echo "plan: $PLAN"

# 2. The specific plan: targets per salesperson × metric (money in minor units), budget, sub-plans.
curl -sf -X POST "$API/plans/$PLAN/submit" -H "Authorization: Bearer $SUP" -H 'Content-Type: application/json' -d '{
  "targets": [
    { "salespersonId": "ann", "salespersonName": "Ann Sales", "metric": "revenue", "amount": 6000000, "currency": "CNY" },
    { "salespersonId": "ann", "salespersonName": "Ann Sales", "metric": "new_customers", "amount": 3 }
  ],
  "profitTarget": { "amount": 2500000, "currency": "CNY" },
  "expenseBudget": { "amount": { "amount": 800000, "currency": "CNY" }, "controlNotes": "Monthly review" },
  "subPlans": { "paymentCollection": "60 days", "pricingStrategy": "Hold prices", "channelStrategy": "Two distributors",
    "advertisingAndPromotion": "Trade fair", "staffingAndTraining": "One hire", "appraisalRuleChanges": "None",
    "productStrategy": "Push the X line" }
}'; echo

# 2a. The manager approves (If-Match: the revision last seen; a stale one gets 412).
curl -sf -X POST "$API/plans/$PLAN/approve" -H "Authorization: Bearer $MGR" -H 'If-Match: "1"' \
  -H 'Content-Type: application/json' -d '{ "comment": "Agrees with the company target" }'; echo

# 3. The plan book, and its approval: execution starts.
curl -sf -X POST "$API/plans/$PLAN/book" -H "Authorization: Bearer $SUP" -H 'Content-Type: application/json' \
  -d '{ "outlook": "Demand recovers in Q2", "marketIndicators": [{ "indicator": "Competitor entry", "assessment": "Likely" }] }'; echo
curl -sf -X POST "$API/plans/$PLAN/book/approve" -H "Authorization: Bearer $MGR" -H 'Content-Type: application/json' -d '{}'; echo

# 4. Ann records an actual; the Idempotency-Key makes a retry safe.
curl -sf -X POST "$API/plans/$PLAN/actuals" -H "Authorization: Bearer $ANN" -H 'Idempotency-Key: inv-2027-0042' \
  -H 'Content-Type: application/json' \
  -d '{ "metric": "revenue", "amount": 1200000, "currency": "CNY", "date": "2027-02-10", "reference": "INV-2027-0042" }'; echo

# The plan now, and every decision with who, when and why.
curl -sf "$API/plans/$PLAN" -H "Authorization: Bearer $MGR" | node -pe 'const p=JSON.parse(require("fs").readFileSync(0)); `${p.status} revision ${p.revision}`'
curl -sf "$API/plans/$PLAN/history" -H "Authorization: Bearer $MGR" | node -pe 'JSON.parse(require("fs").readFileSync(0)).events.map(e=>`${e.revision} ${e.type} by ${e.metadata.actorId} (${e.metadata.actorRole})`).join("\n")'
