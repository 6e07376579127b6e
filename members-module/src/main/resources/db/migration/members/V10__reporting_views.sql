-- The read contract of members for reporting: the monthly actuarial summary (reports module) reads this view and
-- nothing else of this schema: what age and sex bands need. Standard SQL, the same on PostgreSQL and H2.
create view members.reporting_member as
select m.id as member_id, m.birth_date, m.sex
from members.member m;
