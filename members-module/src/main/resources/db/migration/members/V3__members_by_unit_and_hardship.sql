-- Bulk billing reads the active hardship members of 500 units at a time; with the unit alone in the index it read every
-- member of those units (about 64,000 rows for 10 a unit: 0.4 s a chunk at city scale, 0.04 s with this index).
-- member_by_unit stays: H2 (evaluation mode) keeps it for the foreign key to the unit.
create index member_by_unit_hardship on members.member (unit_id, hardship, membership);
