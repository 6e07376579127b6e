#!/usr/bin/env bash
# Benchmark: the monthly earning batch job over N paid enrolments (default 6,600,000, Shanghai scale) on
# PostgreSQL. Enrolments, one bill and its lines are generated with set-based SQL (cover starts spread over the
# first 60 days of the 2016 working inpatient plan year, 65 yuan each); the month 2016-09 is then earned through
# the API and timed; the total is checked against an independent SQL computation; the month is run again
# (nothing posted), and 2016-10 is stopped part-way, restarted and checked the same way.
# Usage: bench/premium-earning.sh [ENROLMENTS]   (PostgreSQL at 127.0.0.1:5432 as postgres; port 18481 must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6600000}
db=huzhu_bench_premium
port=18481
work=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -DskipTests package -pl runtime -am
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db" postgres
HUZHU_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db HUZHU_DB_USER=postgres HUZHU_ADMIN_PASSWORD=benchmark-admin-password \
  java -Xmx1g -jar runtime/target/huzhu.jar --port $port --nohazelcast > "$work/server.log" 2>&1 &
app=$!
until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
  kill -0 $app 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
  sleep 0.5
done

sql() { psql -q -At -h 127.0.0.1 -U postgres -d $db -c "$1"; }
t0=$(date +%s.%N)
sql "insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, required_count,
       unit_average_age, submitted_by, submitted_at, confirmed_on)
     select 'BENCH', v.id, 'NEW', 'CONFIRMED', $n, $n, $n, 40.0, 'bench', now(), v.period_start - 20 from insurance.plan_version v
     join insurance.plan p on p.id = v.plan_id where p.code = 'WORKING_INPATIENT' and v.version_code = '2016'"
sql "insert into insurance.enrolment (list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, cover_start, cover_end,
       continuous_from, waiting_end, payment_due, premium_status)
     select l.id, l.plan_version_id, g, lpad(g::text, 18, '0'), 'BENCH', 1, 'ACTIVE', v.period_start + (g % 60), v.period_end,
       v.period_start, v.period_start, v.period_start - 5, 'PAID'
     from insurance.enrolment_list l join insurance.plan_version v on v.id = l.plan_version_id, generate_series(1, $n) g"
sql "insert into insurance.bill (unit_code, plan_version_id, list_id, issued_on, payment_due, rate, unit_average_age, total, paid, unit_part,
       status, paid_in_full_on, issued_at)
     select 'BENCH', l.plan_version_id, l.id, l.confirmed_on, l.confirmed_on + 15, 65.00, 40.0, 65.00 * $n, 65.00 * $n, 65.00 * $n, 'PAID',
       l.confirmed_on + 5, now() from insurance.enrolment_list l"
sql "insert into insurance.bill_line (enrolment_id, bill_id, member_id, plan_version_id, shares, cover_start, hardship, amount, unit_part,
       start_day, end_day, earn_from)
     select e.id, b.id, e.member_id, e.plan_version_id, 1, e.cover_start, false, 65.00, 65.00, e.cover_start - date '1970-01-01',
       v.period_end - date '1970-01-01', 201607
     from insurance.enrolment e join insurance.bill b on b.list_id = e.list_id join insurance.plan_version v on v.id = e.plan_version_id"
sql "analyze insurance.bill_line"
printf 'generated %d enrolments and bill lines in %.0f s (bill_line %s, enrolment %s)\n' "$n" "$(echo "$(date +%s.%N) - $t0" | bc)" \
  "$(sql "select pg_size_pretty(pg_total_relation_size('insurance.bill_line'))")" "$(sql "select pg_size_pretty(pg_total_relation_size('insurance.enrolment'))")"

api() { curl -sf -u admin:benchmark-admin-password -H 'Content-Type: application/json' "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
wait_for() { # month, batch status
  until api "http://127.0.0.1:$port/api/v1/premium/earning-runs/$1" | grep -q "\"batchStatus\":\"$2\""; do sleep 0.5; done
}
expected() { # month
  local end previous
  end=$(date -d "$1-01 +1 month -1 day" +%F)
  previous=$(date -d "$1-01 -1 day" +%F)
  sql "select sum(round(amount * least(greatest(date '$end' - cover_start + 1, 0), n) / n, 2)
                - round(amount * least(greatest(date '$previous' - cover_start + 1, 0), n) / n, 2))
       from (select amount, cover_start, end_day - start_day + 1 as n from insurance.bill_line) x"
}

t1=$(date +%s.%N)
api -d '{"month":"2016-09","rangeSize":50000}' "http://127.0.0.1:$port/api/v1/premium/earning-runs" > /dev/null
wait_for 2016-09 COMPLETED
t2=$(date +%s.%N)
earned=$(api "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-09" | field earned)
printf 'earning 2016-09: %d enrolments in %.1f s = %.0f enrolments/s; earned %s, independent SQL %s\n' "$n" "$(echo "$t2 - $t1" | bc)" \
  "$(echo "$n / ($t2 - $t1)" | bc -l)" "$earned" "$(expected 2016-09)"
t3=$(date +%s.%N)
api -d '{"month":"2016-09"}' "http://127.0.0.1:$port/api/v1/premium/earning-runs" > /dev/null
sleep 0.5
wait_for 2016-09 COMPLETED
printf 'run again: %.1f s, earned %s, earning entries %s\n' "$(echo "$(date +%s.%N) - $t3" | bc)" \
  "$(api "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-09" | field earned)" "$(sql "select count(*) from insurance.journal_entry where kind = 'PREMIUM_EARNED'")"

api -d '{"month":"2016-10","pauseMillis":100}' "http://127.0.0.1:$port/api/v1/premium/earning-runs" > /dev/null
until [ "$(api "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-10" | field rangesDone)" -ge 40 ]; do sleep 0.2; done
api -X POST "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-10/stop" > /dev/null
wait_for 2016-10 STOPPED
echo "2016-10 stopped after $(api "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-10" | field rangesDone) ranges"
api -d '{"month":"2016-10"}' "http://127.0.0.1:$port/api/v1/premium/earning-runs" > /dev/null
sleep 0.5
wait_for 2016-10 COMPLETED
echo "2016-10 restarted: earned $(api "http://127.0.0.1:$port/api/v1/premium/earning-runs/2016-10" | field earned), independent SQL $(expected 2016-10)"
echo "journal sum (must be 0): $(sql "select sum(case when side = 'DEBIT' then amount else -amount end) from insurance.journal_posting")"
