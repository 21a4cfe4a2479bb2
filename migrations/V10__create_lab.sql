-- The learner's lab work: one JSON document per learner and module (steps' answers, autosaved), and the
-- checklist verdicts computed from it and the chosen inventory, with their evidence.
create table lab_work (
    user_id     bigint       not null,
    module_slug varchar(400) not null,
    answers     jsonb        not null default '{}'::jsonb,
    upload_id   bigint,
    updated_at  timestamptz  not null default now(),
    constraint lab_work_pk primary key (user_id, module_slug),
    constraint lab_work_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint lab_work_upload_fk foreign key (upload_id) references inventory_upload (id) on delete set null
);

create table lab_verdict (
    user_id     bigint       not null,
    module_slug varchar(400) not null,
    item_id     varchar(500) not null,
    step        varchar(20)  not null,
    item_index  integer      not null,
    verdict     varchar(20)  not null,
    evidence    text         not null,
    computed_at timestamptz  not null default now(),
    constraint lab_verdict_pk primary key (user_id, module_slug, item_id),
    constraint lab_verdict_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint lab_verdict_verdict_ck check (verdict in ('pass', 'needs-attention', 'fail', 'self-attested', 'not-done'))
);
create index lab_verdict_module_item_ix on lab_verdict (module_slug, item_id, verdict);
