-- Benefit, cap-group and disease-class codes come from a plan version's rules, which allow up to 64 characters
-- (PlanRules.MAX_CODE_LENGTH, enforced by the rules validator). The seeded retiree plan's
-- OUTPATIENT_SERIOUS_AND_HOME_SICKBED has 35, which varchar(32) could not hold. A line's rule text carries a cap
-- group's code with its amount. Standard SQL, the same on PostgreSQL and H2.
alter table claims.assessment_line alter column benefit set data type varchar(64);
alter table claims.assessment_line alter column rule_text set data type varchar(200);
alter table claims.contribution alter column benefit set data type varchar(64);
alter table claims.contribution alter column cap_group set data type varchar(64);
alter table claims.claim alter column disease_class set data type varchar(64);
