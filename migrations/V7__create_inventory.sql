-- Per-learner tokens that let the agent upload without a browser session. Only a SHA-256 of the token is kept.
create table upload_token (
    id           bigint generated always as identity,
    user_id      bigint       not null,
    label        varchar(80)  not null,
    token_hash   char(64)     not null,
    token_hint   varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint upload_token_pk primary key (id),
    constraint upload_token_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint upload_token_hash_uq unique (token_hash)
);
create index upload_token_user_ix on upload_token (user_id);

-- Every inventory upload, stored verbatim before it is parsed, with the parser version that read it, so a
-- later parser can read old uploads again.
create table inventory_upload (
    id             bigint generated always as identity,
    user_id        bigint       not null,
    received_at    timestamptz  not null default now(),
    channel        varchar(20)  not null,
    filename       varchar(255),
    raw            bytea        not null,
    byte_size      integer      not null,
    status         varchar(20)  not null default 'received',
    parser_version varchar(20),
    normalized     jsonb,
    error          text,
    parsed_at      timestamptz,
    constraint inventory_upload_pk primary key (id),
    constraint inventory_upload_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint inventory_upload_channel_ck check (channel in ('file', 'paste', 'api')),
    constraint inventory_upload_status_ck check (status in ('received', 'parsed', 'rejected')),
    constraint inventory_upload_size_ck check (byte_size <= 1048576)
);
create index inventory_upload_user_ix on inventory_upload (user_id, received_at desc);
