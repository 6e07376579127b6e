-- Several application instances on one database (issue #18). Times are the machines' own (epoch milliseconds),
-- like the batch runtime's, not the business clock: a lease expires by the wall clock whatever date a test sets.

-- One row per running instance, renewed every few seconds; an instance whose lease is older than the expiry is dead.
create table platform.instance_lease (
    instance_id varchar(64) primary key,
    host        varchar(255) not null,
    started_ms  bigint       not null,
    renewed_ms  bigint       not null
);

-- One row per occurrence of a scheduled task: the instance that inserts it runs the occurrence, the others skip it.
create table platform.schedule_run (
    schedule    varchar(64)  not null,
    occurrence  varchar(32)  not null,
    instance_id varchar(64)  not null,
    claimed_ms  bigint       not null,
    primary key (schedule, occurrence)
);

-- Which instance runs a batch job execution: it is orphaned only when that instance's lease has expired.
create table platform.job_execution_owner (
    execution_id bigint      primary key,
    instance_id  varchar(64) not null,
    claimed_ms   bigint      not null
);

-- A stop asked on one instance for an execution another instance runs: the owner stops it when it next renews its lease.
create table platform.job_stop_request (
    execution_id bigint primary key,
    requested_ms bigint not null
);
