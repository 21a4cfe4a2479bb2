-- A learner's committed predictions. Append-only: a revision is a new row, so the words first committed are
-- kept as written; the current prediction is the newest row per learner and prompt.
create table prediction (
    id          bigint generated always as identity,
    user_id     bigint       not null,
    module_slug varchar(400) not null,
    prompt_id   varchar(500) not null,
    body        text         not null,
    created_at  timestamptz  not null default now(),
    constraint prediction_pk primary key (id),
    constraint prediction_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint prediction_body_length_ck check (char_length(body) between 1 and 5000)
);
create index prediction_user_prompt_ix on prediction (user_id, prompt_id, id desc);
create index prediction_user_module_ix on prediction (user_id, module_slug);

-- How the learner judged their prediction against the reveal: got it / partly / missed it.
create table prediction_self_check (
    user_id    bigint       not null,
    prompt_id  varchar(500) not null,
    verdict    varchar(10)  not null,
    updated_at timestamptz  not null default now(),
    constraint prediction_self_check_pk primary key (user_id, prompt_id),
    constraint prediction_self_check_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint prediction_self_check_verdict_ck check (verdict in ('got-it', 'partly', 'missed'))
);
