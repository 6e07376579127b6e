-- Login accounts. Passwords are PBKDF2 hashes produced by Jakarta Security's Pbkdf2PasswordHash.
create table platform.app_user (
    username      varchar(64)  not null primary key,
    password_hash varchar(512) not null,
    enabled       boolean      not null default true,
    created_at    timestamp    not null default current_timestamp
);

create table platform.app_user_role (
    username  varchar(64) not null references platform.app_user (username),
    role_code varchar(32) not null,
    primary key (username, role_code)
);

create index app_user_role_by_role on platform.app_user_role (role_code);
