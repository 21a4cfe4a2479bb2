-- Audit of role changes made on the admin page: who changed whose role, when, from what to what.
create table role_change (
    id         bigint generated always as identity,
    user_id    bigint      not null,
    changed_by bigint      not null,
    old_role   varchar(20) not null,
    new_role   varchar(20) not null,
    changed_at timestamptz not null default now(),
    constraint role_change_pk primary key (id),
    constraint role_change_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint role_change_changed_by_fk foreign key (changed_by) references app_user (id)
);
create index role_change_user_ix on role_change (user_id);
