#!/usr/bin/env bash
# Bulk confirmation at scale (issue 8): MEMBERS working members in lists of PER_LIST, all waiting, confirmed by one
# POST /api/v1/enrolment-lists/confirmations (every waiting list of the version within the district union), timed,
# checked (every member enrolled and billed once, lines adding up to the bills, the journal balanced) and extrapolated
# to the issue's 6.6 million enrolments; baseline: INSERT ... SELECT of the same number of bare enrolment rows.
#
# Usage: bench/bulk-confirm.sh [MEMBERS] [PER_LIST]        defaults 1000000, 128
#        SKIP_BUILD=1 skips the Maven build; TIMINGS=1 logs each transaction's steps (lock, enrolments, bills, lines,
#        journal) from the server; RENEWAL=1 gives every member last year's enrolment (a year's version before, written by
#        SQL) and confirms the day before the period starts, so that every enrolment continues it (the continuous-cover
#        walk over earlier spells runs for every line); BENCH_PORT (18610) and BENCH_DB (huzhu_bench_confirm, dropped and created).
# Shortcut (the lists' upload through the API is measured by run-all.sh): units, members, lists and their lines are
# written by SQL, as an upload would leave them (SUBMITTED by the unit agent, average age to one decimal, 1 share,
# every 20th member on the hardship file). The association's supervisor is created through the accounts API and sets its own
# password.
# Needs PostgreSQL at 127.0.0.1:5432 as postgres (trust) and a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-1000000}
per_list=${2:-128}
db=${BENCH_DB:-huzhu_bench_confirm}
port=${BENCH_PORT:-18610}
base=http://127.0.0.1:$port
password=benchmark-admin-password
supervisor_password=$password-2026   # the supervisor's own: the password policy wants digits too
work=$(mktemp -d /tmp/huzhu-bench-confirm.XXXXXX)
app=""
cleanup() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
sql() { psql -v ON_ERROR_STOP=1 -q -At -h 127.0.0.1 -U postgres -d "$db" -c "$1"; }

[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests package -pl runtime -am
psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" -c "create database $db" postgres
echo "== $(date -u '+%F %T UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $members members in lists of $per_list"

logging=()
if [ -n "${TIMINGS:-}" ]; then
  printf '%s\n' 'handlers=java.util.logging.ConsoleHandler' 'java.util.logging.ConsoleHandler.level=FINE' \
    'org.huzhu.insurance.enrolment.level=FINE' 'org.huzhu.insurance.premium.BulkBilling.level=FINE' > "$work/logging.properties"
  logging=(--logproperties "$work/logging.properties")
fi
HUZHU_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db HUZHU_DB_USER=postgres HUZHU_ADMIN_PASSWORD=$password \
  timeout 2h java -Xmx1g -jar runtime/target/huzhu.jar --port "$port" --nohazelcast "${logging[@]}" > "$work/server.log" 2>&1 &
app=$!
t=$(now)
until curl -sf "$base/health/ready" > /dev/null; do
  kill -0 $app 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
  [ "$(echo "$(since "$t") > 300" | bc)" = 1 ] && { echo "not ready after 300 s"; exit 1; }
  sleep 0.2
done
api() { curl -sf -u "$1" -H 'Content-Type: application/json' -H 'Accept-Language: en' "${@:2}"; }
period=$(date -d "$(date +%Y-%m-01) -1 month" +%F)
today=$(date +%F)
api admin:$password -d "{\"versionCode\":\"BENCH\",\"periodStart\":\"$period\"}" "$base/api/v1/plans/WORKING_INPATIENT/versions/2016/copy" > /dev/null

t=$(now)
lists=$(( (members + per_list - 1) / per_list ))
sql "insert into members.organisation (code, kind, parent_id, name, valid_from) values ('C-SH', 'ASSOCIATION', null, '互助会', date '1994-01-01');
     insert into members.organisation (code, kind, parent_id, name, valid_from)
       select 'C-DU', 'DISTRICT_UNION', id, '区工会', date '1994-01-01' from members.organisation where code = 'C-SH';
     insert into members.organisation (code, kind, parent_id, name, valid_from)
       select 'C' || lpad(u::text, 6, '0'), 'UNIT', (select id from members.organisation where code = 'C-DU'), '单位' || u, date '1994-01-01'
       from generate_series(1, $lists) u;
     create temporary table gen as select i, 1 + (i - 1) / $per_list as u, date '1966-01-01' + cast((i::bigint * 7919) % 12000 as integer) as birth from generate_series(1, $members) i;
     insert into members.member (resident_id, name, sex, birth_date, employment_status, basic_insurance, hardship, unit_id)
       select 'B' || lpad(i::text, 17, '0'), '职工' || i, case when i % 2 = 0 then 'F' else 'M' end,
              birth, 'IN_SERVICE', true, i % 20 = 0, o.id
       from gen join members.organisation o on o.code = 'C' || lpad(u::text, 6, '0');
     insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, required_count,
                                           unit_average_age, source_file, submitted_by, submitted_at)
       select o.code, (select id from insurance.plan_version where version_code = 'BENCH'), 'NEW', 'SUBMITTED', count(*), count(*), count(*),
              round(avg(extract(year from age(date '$period', m.birth_date))), 1), o.code || '.csv', 'agent', now()
       from members.member m join members.organisation o on o.id = m.unit_id where o.code like 'C0%' group by o.code order by o.code;
     insert into insurance.enrolment_list_line (list_id, member_id, resident_id, shares, row_number)
       select l.id, m.id, m.resident_id, 1, row_number() over (partition by l.id order by m.id)
       from members.member m join members.organisation o on o.id = m.unit_id join insurance.enrolment_list l on l.unit_code = o.code
       where o.code like 'C0%';
     analyze"
# the association's supervisor who confirms: created by the administrator with a password to change, changed by its holder
api admin:$password -d "{\"username\":\"bench-supervisor\",\"displayName\":\"Benchmark supervisor\",\"roles\":[\"SUPERVISOR\"],\"organisation\":\"C-SH\",\"initialPassword\":\"first-$password-2026\"}" \
  "$base/api/v1/accounts" > /dev/null
api "bench-supervisor:first-$password-2026" -X PUT -d "{\"currentPassword\":\"first-$password-2026\",\"newPassword\":\"$supervisor_password\"}" "$base/api/v1/accounts/me/password"
confirmed_on=$today
if [ -n "${RENEWAL:-}" ]; then
  previous=$(date -d "$period -1 year" +%F)
  confirmed_on=$(date -d "$period -1 day" +%F)
  api admin:$password -d "{\"versionCode\":\"BENCH0\",\"periodStart\":\"$previous\"}" "$base/api/v1/plans/WORKING_INPATIENT/versions/2016/copy" > /dev/null
  sql "insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, required_count,
                                             submitted_by, submitted_at, decided_by, decided_at, confirmed_on)
         select unit_code, (select id from insurance.plan_version where version_code = 'BENCH0'), 'NEW', 'CONFIRMED', eligible_headcount,
                enrolled_count, required_count, 'agent', now(), 'supervisor', now(), date '$previous' - 1 from insurance.enrolment_list;
       insert into insurance.enrolment (list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, cover_start, cover_end,
                                        continuous_from, waiting_end, payment_due, premium_status)
         select p.id, p.plan_version_id, l.member_id, l.resident_id, p.unit_code, 1, 'ACTIVE', date '$previous', date '$period' - 1,
                date '$previous', date '$previous', date '$previous' + 14, 'PAID'
         from insurance.enrolment_list_line l join insurance.enrolment_list w on w.id = l.list_id
         join insurance.enrolment_list p on p.unit_code = w.unit_code and p.status = 'CONFIRMED';
       analyze"
fi
printf 'generated by SQL in %.1f s: %d lists, %d members%s\n' "$(since "$t")" "$lists" "$(sql "select count(*) from insurance.enrolment_list_line")" \
  "$([ -n "${RENEWAL:-}" ] && echo ", each with last year's enrolment")"

t=$(now)
out=$(api bench-supervisor:$supervisor_password -d "{\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"BENCH\",\"within\":\"C-DU\",\"confirmedOn\":\"$confirmed_on\"}" \
  "$base/api/v1/enrolment-lists/confirmations")
confirm_s=$(since "$t")
echo "$out" | sed -E 's/"skipped":\[.*\]/"skipped":[…]/'
[ -n "${TIMINGS:-}" ] && grep -hoE '(run of|[0-9]+ lists,|[0-9]+ bills:|analyze ).*' "$work/server.log" | sed 's/\x1b\[[0-9;]*m//g' | head -40

renewed=$(sql "select count(*) from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id
                where v.version_code = 'BENCH' and e.continuous_from < e.cover_start")
[ -n "${RENEWAL:-}" ] && echo "enrolments continuing last year's cover: $renewed"
check=$(sql "select (select count(*) from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id
                     where v.version_code = 'BENCH') = $members
               and (select count(*) from insurance.bill_line) = $members
               and (select count(*) from insurance.bill) = $lists
               and (select sum(total) from insurance.bill) = (select sum(amount) from insurance.bill_line)
               and (select sum(case when side = 'DEBIT' then amount else -amount end) from insurance.journal_posting) = 0
               and (select count(*) from insurance.enrolment_list where status = 'SUBMITTED') = 0")
t=$(now)
sql "create table bench_enrolment as select * from insurance.enrolment with no data;
     insert into bench_enrolment select e.* from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id
       where v.version_code = 'BENCH'" > /dev/null
base_s=$(since "$t")
printf 'bulk confirmation: %d enrolments in %.1f s = %.0f enrolments/s; 6.6 million at this rate: %.0f s; checks %s\n' "$members" "$confirm_s" \
  "$(echo "$members / $confirm_s" | bc -l)" "$(echo "6600000 * $confirm_s / $members" | bc -l)" "$([ "$check" = t ] && echo passed || echo FAILED)"
printf 'baseline: INSERT ... SELECT of the %d enrolment rows into a bare table %.2f s\n' "$members" "$base_s"
echo "== done $(date -u '+%F %T UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$check" = t ]
