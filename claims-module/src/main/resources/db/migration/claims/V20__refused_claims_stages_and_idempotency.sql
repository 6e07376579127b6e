-- A claim the rules refuse as a whole (no cover, waiting period, premium unpaid, too late, a diagnosis outside its class,
-- a lump sum already paid in the cycle) is REFUSED at once with its reason, instead of ASSESSED with nothing payable.
alter table claims.claim drop constraint claim_status_known;
alter table claims.claim add constraint claim_status_known check (status in ('RECEIVED', 'ASSESSED', 'PENDING_DOCUMENTS',
    'SECOND_REVIEW', 'APPROVED', 'REJECTED', 'REFUSED', 'WITHDRAWN', 'APPEALED', 'IN_BATCH', 'PAID'));

-- The stage of the pathology report (EARLY or MAIN), where a diagnosis code lies in a main and an early-stage class.
alter table claims.claim add column disease_stage varchar(8);
alter table claims.claim add constraint claim_stage_known check (disease_stage is null or disease_stage in ('EARLY', 'MAIN'));

-- Why a claim must go through a second review besides its amount or kind (OVERLAPPING_STAY: another claim of the member
-- covers days of the same stay).
alter table claims.claim add column review_reason varchar(32);

-- The key a client sends with a new claim (header Idempotency-Key, or the claim form's own): the same key from the same
-- person files one claim, however often it is sent.
alter table claims.claim add column idempotency_key varchar(100);
create unique index claim_idempotency on claims.claim (created_by, idempotency_key);

-- Stays of a member by admission date, for the overlapping-stay check.
create index claim_stay_by_member on claims.claim (member_id, service_date);
