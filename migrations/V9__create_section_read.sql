-- Sections of a lesson the learner has read (scrolled through), for progress across devices.
create table section_read (
    user_id     bigint       not null,
    module_slug varchar(400) not null,
    section_id  varchar(200) not null,
    read_at     timestamptz  not null default now(),
    constraint section_read_pk primary key (user_id, module_slug, section_id),
    constraint section_read_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
