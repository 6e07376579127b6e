-- The read contract of insurance for reporting: the monthly actuarial summary (reports module) reads these views
-- and nothing else of this schema. Standard SQL, the same on PostgreSQL and H2; plain views, so the database
-- folds them into the reports' set-based queries.

-- The plans, by code, with their names.
create view insurance.reporting_plan as
select p.code as plan_code, p.name_zh as plan_name_zh, p.name_en as plan_name_en
from insurance.plan p;

-- Which plan each plan version belongs to.
create view insurance.reporting_plan_version as
select v.id as plan_version_id, v.plan_id, p.code as plan_code
from insurance.plan_version v join insurance.plan p on p.id = v.plan_id;

-- Enrolments with their cover. counted: every enrolment but a LAPSED one (void from its start, premium unpaid).
-- A leaver's cover_end is the day they left; ended_on is set when cover ended early.
create view insurance.reporting_enrolment as
select e.id, e.member_id, e.resident_id, e.plan_version_id, v.plan_id, e.cover_start, e.cover_end, e.continuous_from, e.ended_on,
       case when e.status = 'LAPSED' then false else true end as counted
from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id;

-- The ledger, one row per posting, credit-positive (a debit is negative), with the kind and reference of the
-- entry a reversal reverses.
create view insurance.reporting_journal_line as
select e.id as entry_id, e.entry_date, e.kind, e.reference, o.kind as reversed_kind, o.reference as reversed_reference, p.account,
       case when p.side = 'CREDIT' then p.amount else -p.amount end as credit_amount
from insurance.journal_posting p
join insurance.journal_entry e on e.id = p.entry_id
left join insurance.journal_entry o on o.id = e.reverses;

-- Bills and their plan version (a BILL_ISSUED entry's reference is its bill's id).
create view insurance.reporting_bill as
select b.id as bill_id, b.plan_version_id
from insurance.bill b;

-- The monthly earning by plan version: premium earned in the run's month and unearned at its end.
create view insurance.reporting_earning as
select s.run_month, s.plan_version_id, s.earned, s.unearned
from insurance.earning_summary s;
