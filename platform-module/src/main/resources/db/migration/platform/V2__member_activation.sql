-- Members log in with their resident ID number. An officer issues a one-time activation code (stored only as a
-- PBKDF2 hash); the member's first login sets their own password with it.
create table platform.activation_code (
    username   varchar(64)  not null primary key references platform.app_user (username),
    code_hash  varchar(512) not null,
    issued_by  varchar(64)  not null,
    issued_at  timestamp    not null,
    expires_at timestamp    not null
);
