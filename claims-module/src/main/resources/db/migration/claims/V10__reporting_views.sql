-- The read contract of claims for reporting: the monthly actuarial summary (reports module) reads these three
-- views and nothing else of this schema. Which claims count, which are assessed and at how much, and what a
-- reversal takes back are rules of the claims module, stated here once. Standard SQL, the same on PostgreSQL
-- and H2; plain views, so the database folds them into the reports' set-based queries.

-- One row per claim.
--   counted          received and neither rejected nor withdrawn (a reversed claim stands rejected)
--   valued           assessed, whatever happened since: ASSESSED, PENDING_DOCUMENTS, SECOND_REVIEW, APPROVED,
--                    IN_BATCH, APPEALED or PAID
--   unassessed       received and waiting for its first assessment (RECEIVED)
--   expected_amount  what the claim is expected to pay: the approved amount when positive, else the assessed
--                    payable amount, else 0
--   reversed_amount  for a claim that stands reversed, what its assessment had granted (what the reversal takes
--                    back); null for every other claim
create view claims.reporting_claim as
select c.id, c.member_id, c.plan_code, c.claim_type, c.service_date, c.received_on, c.days_in_hospital, c.icd10, c.disease_class,
       case when c.status in ('REJECTED', 'WITHDRAWN') then false else true end as counted,
       case when c.status in ('ASSESSED', 'PENDING_DOCUMENTS', 'SECOND_REVIEW', 'APPROVED', 'IN_BATCH', 'APPEALED', 'PAID')
            then true else false end as valued,
       case when c.status = 'RECEIVED' then true else false end as unassessed,
       case when c.approved_amount > 0 then c.approved_amount else coalesce(c.payable, cast(0 as numeric(14, 2))) end as expected_amount,
       case when c.status = 'REJECTED' and c.reject_reason = 'REVERSED' then coalesce(c.payable, cast(0 as numeric(14, 2))) end as reversed_amount
from claims.claim c;

-- Benefits the bank confirmed paid: one row per payment line marked PAID, with the time it was settled.
create view claims.reporting_payment as
select l.claim_id, l.amount, l.settled_at
from claims.payment_line l
where l.status = 'PAID';

-- Claims that stand reversed, with the time of their (last) reversal.
create view claims.reporting_reversal as
select e.claim_id, max(e.at) as reversed_at
from claims.claim_event e join claims.claim c on c.id = e.claim_id
where e.action = 'REVERSE' and c.status = 'REJECTED' and c.reject_reason = 'REVERSED'
group by e.claim_id;
