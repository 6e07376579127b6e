-- A bill's status follows its amounts by the one rule, BillStatus.of(total, paid): PAID when the whole total is
-- received (a bill of zero is paid), UNPAID when nothing is, PARTIALLY_PAID in between. LAPSED is the nightly lapse's
-- decision on a bill not paid in full by its payment date and stands whatever the amounts. BillStatusRuleInDatabaseTest
-- checks this constraint against BillStatus.of on H2 and PostgreSQL. Standard SQL, the same on PostgreSQL and H2.
alter table insurance.bill add constraint bill_status_follows_amounts check (status = 'LAPSED'
    or status = case when paid = total then 'PAID' when paid = 0 then 'UNPAID' else 'PARTIALLY_PAID' end);
