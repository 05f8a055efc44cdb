#!/usr/bin/env bash
# Times the one-page account plan as a browser asks for it: the first request (cold), then N warm ones; prints each
# time and the p50/p95 of the warm ones. Usage: docs/queries/account-plan-page.sh [URL] [N]
# e.g. KAM_TOKEN=$(cat data/admin-token) docs/queries/account-plan-page.sh http://127.0.0.1:8080/plan/Idn/IDN-0016 30
set -euo pipefail
url="${1:-http://127.0.0.1:8080/plan/Idn/IDN-0016}"; n="${2:-30}"
token="${KAM_TOKEN:-$(cat data/admin-token)}"
get() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" "$url"; }
echo "first: $(get)"
for i in 1 2 3 4 5; do get > /dev/null; done
for i in $(seq 1 "$n"); do get; done | awk '{ if ($1 != 200) bad++; printf "%.0f\n", $2 * 1000 } END { if (bad) print "non-200: " bad > "/dev/stderr" }' \
  | sort -n | awk '{ t[NR] = $1 } END { printf "warm: %d requests, p50 %d ms, p95 %d ms, max %d ms\n", NR, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.999)], t[NR] }'
