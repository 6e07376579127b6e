-- The read contract gains each plan version's coverage period, so that reporting can place a month in its plan year
-- (a plan's loss ratio from the start of its plan year) by the plans' own rule, CoveragePeriod.yearStartOf. The columns
-- are added at the end: PostgreSQL's "create or replace view" keeps the existing ones. The same on PostgreSQL and H2.
create or replace view insurance.reporting_plan_version as
select v.id as plan_version_id, v.plan_id, p.code as plan_code, v.period_start, v.period_end, v.cycle_years
from insurance.plan_version v join insurance.plan p on p.id = v.plan_id;
