-- The bare aggregate queries the monthly actuarial figures rest on, for the whole book at one month end: one plain
-- scan and grouping per source, none of the figures' definitions (no reserves, no lags by payment, no renewals).
-- The baseline of "monthly figures: ratio to the bare aggregates" in bench/run-all.sh.
-- psql -v month_start=2026-11-01 -v month_end=2026-11-30 -v window_start=2024-12-01 -f bench/monthly-aggregates.sql
\set ON_ERROR_STOP on
\o /dev/null
-- membership in force at the month end
select count(distinct member_id) from insurance.enrolment where status <> 'LAPSED' and cover_start <= :'month_end' and cover_end >= :'month_end';
-- exposure: enrolments of the window grouped by cover span
select cover_start, cover_end, count(*) from insurance.enrolment where status <> 'LAPSED' and cover_start <= :'month_end'
  and cover_end >= :'window_start' group by 1, 2;
-- claims by service month
select date_trunc('month', service_date), count(*), sum(payable) from claims.claim
  where service_date >= :'window_start' and service_date <= :'month_end' group by 1;
-- paid by service month and payment month (the triangle's cells)
select date_trunc('month', c.service_date), date_trunc('month', l.settled_at), sum(l.amount) from claims.payment_line l
  join claims.claim c on c.id = l.claim_id where l.status = 'PAID' and l.settled_at < :'month_end'::date + 1
  and c.service_date >= :'window_start' group by 1, 2;
-- paid to date per claim (the figures' reserves and large claims start from it)
select claim_id, sum(amount) from claims.payment_line where status = 'PAID' and settled_at < :'month_end'::date + 1 group by 1;
-- exposure by birth date and sex (the bands)
select mb.birth_date, mb.sex, count(*) from insurance.enrolment e join members.member mb on mb.id = e.member_id
  where e.status <> 'LAPSED' and e.cover_start <= :'month_end' and e.cover_end >= :'month_start' group by 1, 2;
-- the ledger's balances and the month's earned premium
select p.account, sum(p.amount) from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id
  where e.entry_date <= :'month_end' group by 1;
\o
