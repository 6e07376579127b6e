#!/usr/bin/env bash
# Benchmark: a unit uploads a list of N members (default 100,000) to the running application on PostgreSQL,
# all or nothing, through the real API; the same rows are then loaded with PostgreSQL COPY into a bare table
# as the baseline. Prints rows per second for both and their ratio.
# Usage: bench/import-members.sh [ROWS]   (PostgreSQL at 127.0.0.1:5432 as postgres; port 18480 must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
db=huzhu_bench_import
port=18480
work=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT

mvn -B -q -DskipTests package -pl runtime -am
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db" postgres

HUZHU_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db HUZHU_DB_USER=postgres HUZHU_ADMIN_PASSWORD=benchmark-admin-password \
  java -Xmx1g -jar runtime/target/huzhu.jar --port $port > "$work/server.log" 2>&1 &
app=$!
start=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
  kill -0 $app 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
  sleep 0.2
done
printf 'ready after %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"

api() { curl -sf -u admin:benchmark-admin-password -H 'Content-Type: application/json' "$@"; }
api -d '{"code":"B-SH","kind":"ASSOCIATION","name":"互助会","validFrom":"1994-01-01"}' "http://127.0.0.1:$port/api/v1/units" > /dev/null
api -d '{"code":"B-PD","kind":"DISTRICT_UNION","parentCode":"B-SH","name":"区工会","validFrom":"1994-01-01"}' "http://127.0.0.1:$port/api/v1/units" > /dev/null
api -d '{"code":"B-UNIT","kind":"UNIT","parentCode":"B-PD","name":"大型企业工会","validFrom":"1994-01-01"}' "http://127.0.0.1:$port/api/v1/units" > /dev/null
period=$(date +%Y-%m-01)
api -d "{\"versionCode\":\"BENCH\",\"periodStart\":\"$period\"}" "http://127.0.0.1:$port/api/v1/plans/WORKING_INPATIENT/versions/2016/copy" > /dev/null

java bench/GenerateMemberList.java "$rows" > "$work/list.csv"
echo "list: $rows rows, $(du -h "$work/list.csv" | cut -f1)"

t0=$(date +%s.%N)
status=$(curl -s -o "$work/result.json" -w '%{http_code}' -u admin:benchmark-admin-password -H 'Content-Type: text/csv' \
  --data-binary @"$work/list.csv" "http://127.0.0.1:$port/api/v1/enrolment-lists/upload?unit=B-UNIT&plan=WORKING_INPATIENT&version=BENCH")
t1=$(date +%s.%N)
[ "$status" = 201 ] || { echo "upload answered $status"; head -c 1000 "$work/result.json"; exit 1; }
import_s=$(echo "$t1 - $t0" | bc)

psql -q -h 127.0.0.1 -U postgres -d $db -c "create table bench_copy (resident_id varchar(18), name varchar(100), sex varchar(4), status varchar(8), basic varchar(4), hardship varchar(4), shares int)"
t2=$(date +%s.%N)
psql -q -h 127.0.0.1 -U postgres -d $db -c "\copy bench_copy from '$work/list.csv' with (format csv, header true)"
t3=$(date +%s.%N)
copy_s=$(echo "$t3 - $t2" | bc)

heap=$(jcmd $app GC.heap_info 2>/dev/null | awk '/used/ {print; exit}' || true)
printf 'member import through the API: %d rows in %.2f s = %.0f rows/s\n' "$rows" "$import_s" "$(echo "$rows / $import_s" | bc -l)"
printf 'PostgreSQL COPY baseline:      %d rows in %.2f s = %.0f rows/s\n' "$rows" "$copy_s" "$(echo "$rows / $copy_s" | bc -l)"
printf 'ratio import/COPY time: %.1f\n' "$(echo "$import_s / $copy_s" | bc -l)"
echo "heap after import: $heap"
