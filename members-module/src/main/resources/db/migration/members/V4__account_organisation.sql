-- The organisation every account belongs to: a unit agent's unit, an officer's, supervisor's or actuary's association,
-- district or industry union or unit. It replaces unit_agent, whose rows it takes over (an agent's organisation is the
-- unit they act for). Accounts themselves live in the platform schema; this table holds only their user names.
create table members.account_organisation (
    username        varchar(64) not null primary key,
    organisation_id bigint      not null references members.organisation (id)
);
create index account_organisation_by_organisation on members.account_organisation (organisation_id);

insert into members.account_organisation (username, organisation_id)
select username, unit_id from members.unit_agent;

drop table members.unit_agent;
