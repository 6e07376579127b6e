-- The read contract of claims for reporting: the monthly actuarial summary (reports module) reads these views
-- and nothing else of this schema. Which claims count, which are assessed and at how much, and what a reversal
-- takes back are rules of the claims module, stated here once. Standard SQL, the same on PostgreSQL and H2;
-- plain views, so the database folds them into the reports' set-based queries.

-- What each status means for reporting.
--   counted     received and neither rejected, refused by the rules nor withdrawn (a reversed claim stands rejected)
--   valued      assessed, whatever happened since
--   unassessed  received and waiting for its first assessment
create view claims.reporting_status as
select s.status, s.counted, s.valued, s.unassessed
from (values
    ('RECEIVED', true, false, true),
    ('ASSESSED', true, true, false),
    ('PENDING_DOCUMENTS', true, true, false),
    ('SECOND_REVIEW', true, true, false),
    ('APPROVED', true, true, false),
    ('IN_BATCH', true, true, false),
    ('APPEALED', true, true, false),
    ('PAID', true, true, false),
    ('REJECTED', false, false, false),
    ('REFUSED', false, false, false),
    ('WITHDRAWN', false, false, false)) as s (status, counted, valued, unassessed);

-- One row per claim, as it stands now, with its status's meaning.
--   expected_amount  what the claim is expected to pay: the approved amount when positive, else the assessed
--                    payable amount, else 0
--   reversed_amount  for a claim that stands reversed, what its assessment had granted (what the reversal takes
--                    back); null for every other claim
create view claims.reporting_claim as
select c.id, c.member_id, c.plan_code, c.claim_type, c.service_date, c.received_on, c.days_in_hospital, c.icd10, c.disease_class,
       s.counted, s.valued, s.unassessed,
       case when c.approved_amount > 0 then c.approved_amount else coalesce(c.payable, cast(0 as numeric(14, 2))) end as expected_amount,
       case when c.status = 'REJECTED' and c.reject_reason = 'REVERSED' then coalesce(c.payable, cast(0 as numeric(14, 2))) end as reversed_amount
from claims.claim c join claims.reporting_status s on s.status = c.status;

-- Every change of a claim's status (filed, assessed, paid, reversed, ...) with its time, to see a claim as it stood
-- at a past date; reverses: the change was a reversal.
create view claims.reporting_claim_event as
select e.id, e.claim_id, e.at, e.to_status, case when e.action = 'REVERSE' then true else false end as reverses
from claims.claim_event e;

-- Every assessment of a claim with its payable amount and time (the claim's amount as it stood at a past date).
create view claims.reporting_assessment as
select a.claim_id, a.assessment_no, a.payable, a.assessed_at
from claims.assessment a;

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

-- The changes since a valuation date, and the reversals, are found without reading every event.
create index claim_event_by_time on claims.claim_event (at);
create index claim_event_by_action on claims.claim_event (action, claim_id, at);
