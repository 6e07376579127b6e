-- The actuary may choose how a run selects the development factors (average, weighting, leaving out each column's
-- highest and lowest link ratio, overrides by lag, a tail factor); any choice other than the defaults needs a reason.
-- The choices join the parameters text, which therefore gets longer (an override per lag of a 120-month window), and
-- the reason gets its own column (null for the defaults and for every revision made before). Valid on PostgreSQL and
-- on H2 2.2 in MODE=PostgreSQL.

alter table reports.monthly_report alter column parameters set data type varchar(4000);
alter table reports.monthly_report add column reason varchar(1000);
