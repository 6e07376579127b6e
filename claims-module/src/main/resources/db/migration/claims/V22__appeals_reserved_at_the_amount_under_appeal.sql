-- An appealed claim is expected to pay the amount under appeal: an appeal reassesses the claim at once, so a claim
-- approved before and appealed for more is expected to pay the higher of its approved amount and that reassessment
-- (an approval after the appeal never pays less than was approved). Every other claim as before: the approved
-- amount when positive, else the assessed payable amount, else 0. Same columns, same order: the same on PostgreSQL
-- and H2.
create or replace view claims.reporting_claim as
select c.id, c.member_id, c.plan_code, c.claim_type, c.service_date, c.received_on, c.days_in_hospital, c.icd10, c.disease_class,
       s.counted, s.valued, s.unassessed,
       case when c.status = 'APPEALED' then greatest(coalesce(c.approved_amount, cast(0 as numeric(14, 2))), coalesce(c.payable, cast(0 as numeric(14, 2))))
            when c.approved_amount > 0 then c.approved_amount else coalesce(c.payable, cast(0 as numeric(14, 2))) end as expected_amount,
       case when c.status = 'REJECTED' and c.reject_reason = 'REVERSED' then coalesce(c.payable, cast(0 as numeric(14, 2))) end as reversed_amount
from claims.claim c join claims.reporting_status s on s.status = c.status;
