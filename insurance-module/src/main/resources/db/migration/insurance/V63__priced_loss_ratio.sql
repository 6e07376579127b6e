-- A plan version may state the loss ratio its premium was priced for (expected claims / premium; in its rules as
-- premium.expectedLossRatio, held here beside the premium per share). Versions that state none keep null. The read
-- contract publishes it at the end of reporting_plan_version, so that the monthly summary can take the pricing as the
-- a-priori expectation of its newest months of service. The same on PostgreSQL and H2.
alter table insurance.plan_version add column expected_loss_ratio numeric(6,4);

create or replace view insurance.reporting_plan_version as
select v.id as plan_version_id, v.plan_id, p.code as plan_code, v.period_start, v.period_end, v.cycle_years, v.expected_loss_ratio
from insurance.plan_version v join insurance.plan p on p.id = v.plan_id;
