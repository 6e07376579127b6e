-- Bulk billing reads the active hardship members of 500 units at a time; with the unit alone in the index it read every
-- member of those units (about 64,000 rows for 10 a unit: 0.4 s a chunk at city scale). The unit stays the leading
-- column, so every look-up by unit keeps its index.
create index member_by_unit_hardship on members.member (unit_id, hardship, membership);
drop index members.member_by_unit;
