-- Failed logins counted for every instance (issue #18): the login throttle's runs of failures per user name (NAME) and
-- per client address (ADDRESS), and the lock each run has earned, so that a stranger spreading guesses over the
-- instances behind a balancer meets the same limits as against one. Times are epoch milliseconds.
create table platform.login_failure (
    kind            varchar(8)   not null,
    key_text        varchar(200) not null,
    failures        integer      not null,
    last_ms         bigint       not null,
    locked_until_ms bigint       not null,
    primary key (kind, key_text)
);
create index login_failure_last on platform.login_failure (last_ms);
