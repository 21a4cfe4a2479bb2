-- One-time password reset links an admin issues (or the mail sends): only a SHA-256 of the link's token is kept.
-- A link works once, until it expires; issuing a new one for the same account ends the older ones.
create table password_reset (
    token_hash char(64)    not null,
    user_id    bigint      not null,
    issued_by  bigint,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    constraint password_reset_pk primary key (token_hash),
    constraint password_reset_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint password_reset_issued_by_fk foreign key (issued_by) references app_user (id) on delete set null
);
create index password_reset_user_ix on password_reset (user_id);
