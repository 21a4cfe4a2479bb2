create table app_user (
    id            bigint generated always as identity,
    email         varchar(320) not null,
    display_name  varchar(80)  not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null default 'LEARNER',
    created_at    timestamptz  not null default now(),
    constraint app_user_pk primary key (id),
    constraint app_user_email_uq unique (email),
    constraint app_user_email_lower_ck check (email = lower(email)),
    constraint app_user_role_ck check (role in ('LEARNER', 'INSTRUCTOR', 'ADMIN'))
);
