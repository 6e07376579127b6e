-- Adds claims to the premium benchmark database (bench/premium-earning.sh: 6.6 million enrolments of 2016-07 … 2017-06):
-- the claims schema, one member row per enrolment, one claim per 10 enrolments (85% paid 0-4 months after service,
-- 5% approved, 5% assessed, 5% rejected; 1 in 97 serious illness, 1 in 997 above 50,000) and their payment lines.
-- Run from the repository root: psql -h 127.0.0.1 -U postgres -d huzhu_bench_premium -v ON_ERROR_STOP=1 -f bench/monthly-figures-data.sql
\timing on
create schema if not exists claims;
\i claims-module/src/main/resources/db/migration/claims/V1__claims.sql
insert into members.organisation (id, code, kind, name, valid_from) values (1, 'BENCH', 'UNIT', 'bench', date '2000-01-01') on conflict do nothing;
insert into members.member (id, resident_id, name, sex, birth_date, employment_status, basic_insurance, unit_id)
select e.member_id, e.resident_id, 'm', case when e.member_id % 2 = 0 then 'F' else 'M' end,
       date '1960-01-01' + (e.member_id * 7 % 14000)::int, 'IN_SERVICE', true, 1
from insurance.enrolment e;
-- one claim per 10 enrolments: service within the cover, received 0-59 days later, 85% paid 0-4 months after service
insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, enrolment_version_id, plan_version_id,
    claim_type, service_date, end_date, days_in_hospital, disease_class, received_on, year_start, year_end, source, status, payable, approved_amount,
    paid_amount, created_by, created_at, updated_at)
select e.id / 10, e.member_id, e.resident_id, 'm', e.unit_code, p.code, e.id, e.plan_version_id, e.plan_version_id,
    case when e.id % 97 = 0 then 'SERIOUS_ILLNESS' else 'INPATIENT' end,
    x.svc, x.svc, case when e.id % 97 = 0 then 0 else 1 + (e.id % 13)::int end,
    case when e.id % 97 = 0 then (array['CANCER','STROKE','HEART'])[1 + (e.id % 3)::int] end,
    least(x.svc + (e.id % 60)::int, date '2017-07-31'), e.cover_start, e.cover_end, 'FEED',
    case when e.id / 10 % 20 < 17 then 'PAID' when e.id / 10 % 20 = 17 then 'APPROVED' when e.id / 10 % 20 = 18 then 'ASSESSED' else 'REJECTED' end,
    x.amt, case when e.id / 10 % 20 < 18 then x.amt else 0 end, case when e.id / 10 % 20 < 17 then x.amt else 0 end, 'bench', now(), now()
from insurance.enrolment e
join insurance.plan_version v on v.id = e.plan_version_id join insurance.plan p on p.id = v.plan_id
cross join lateral (select least(e.cover_start + (e.id * 7919 % 365)::int, e.cover_end) as svc,
                           round((200 + (e.id * 104729 % 30000) + case when e.id % 997 = 0 then 60000 else 0 end)::numeric, 2) as amt) x
where e.id % 10 = 0;
insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) values (1, 'CLOSED', 0, 0, 'bench', now());
insert into claims.payment_line (batch_id, claim_id, payee_name, account, union_account, amount, status, settled_at)
select 1, c.id, 'm', 'a', false, c.approved_amount, 'PAID',
       (c.service_date + ((c.id % 5) * 30 + (c.id % 28))::int)::timestamp + time '10:00'
from claims.claim c where c.status = 'PAID';
analyze members.member; analyze claims.claim; analyze claims.payment_line;
select count(*) as claims from claims.claim;
select count(*) as payment_lines from claims.payment_line;
select pg_size_pretty(pg_database_size('huzhu_bench_premium'));
