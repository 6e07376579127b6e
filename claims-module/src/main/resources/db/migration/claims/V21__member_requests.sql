-- A member's own claim request (source MEMBER): what a worker knows and can show, not the officers' coded fields. The
-- plan, what happened, the hospital, the dates, the total of the invoices (claimed_amount) and photos of the invoices
-- and settlement sheet. It stays RECEIVED, without an assessment, until an officer completes the coded fields at intake
-- (diagnosis, settlement-sheet amounts, hospital level, invoice numbers) and the claim is assessed.
-- Standard SQL, the same on PostgreSQL and H2.
alter table claims.claim drop constraint claim_source_known;
alter table claims.claim add constraint claim_source_known check (source in ('FORM', 'FEED', 'MEMBER'));
alter table claims.claim add column claimed_amount numeric(14, 2);
