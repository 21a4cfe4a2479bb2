-- Quiz drafts autosave while the learner types; an attempt freezes the answers and their grades.
create table quiz_draft (
    user_id     bigint       not null,
    module_slug varchar(400) not null,
    question_id varchar(500) not null,
    answer      text         not null,
    updated_at  timestamptz  not null default now(),
    constraint quiz_draft_pk primary key (user_id, question_id),
    constraint quiz_draft_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint quiz_draft_answer_length_ck check (char_length(answer) <= 20000)
);

create table quiz_attempt (
    id            bigint generated always as identity,
    user_id       bigint        not null,
    module_slug   varchar(400)  not null,
    submitted_at  timestamptz   not null default now(),
    rubric_graded boolean       not null,
    score         numeric(5, 4) not null,
    passed        boolean       not null,
    constraint quiz_attempt_pk primary key (id),
    constraint quiz_attempt_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
create index quiz_attempt_user_module_ix on quiz_attempt (user_id, module_slug, submitted_at desc);
create index quiz_attempt_module_ix on quiz_attempt (module_slug);

create table quiz_answer (
    id              bigint generated always as identity,
    attempt_id      bigint        not null,
    question_id     varchar(500)  not null,
    question_number varchar(20)   not null,
    answer          text          not null,
    verdict         varchar(20)   not null,
    score           numeric(5, 4) not null,
    feedback        jsonb         not null,
    self_assessment varchar(20),
    constraint quiz_answer_pk primary key (id),
    constraint quiz_answer_attempt_fk foreign key (attempt_id) references quiz_attempt (id) on delete cascade,
    constraint quiz_answer_verdict_ck check (verdict in ('correct', 'partial', 'incorrect', 'ungraded')),
    constraint quiz_answer_self_assessment_ck check (self_assessment in ('correct', 'partial', 'incorrect'))
);
create index quiz_answer_attempt_ix on quiz_answer (attempt_id);
create index quiz_answer_question_ix on quiz_answer (question_id);

-- Instructor overrides of a verdict, audited: who, when, old -> new, and why.
create table quiz_override (
    id            bigint generated always as identity,
    answer_id     bigint      not null,
    instructor_id bigint      not null,
    old_verdict   varchar(20) not null,
    new_verdict   varchar(20) not null,
    comment       text        not null,
    created_at    timestamptz not null default now(),
    constraint quiz_override_pk primary key (id),
    constraint quiz_override_answer_fk foreign key (answer_id) references quiz_answer (id) on delete cascade,
    constraint quiz_override_instructor_fk foreign key (instructor_id) references app_user (id),
    constraint quiz_override_new_verdict_ck check (new_verdict in ('correct', 'partial', 'incorrect'))
);
create index quiz_override_answer_ix on quiz_override (answer_id, created_at desc);
