-- progress publishes the sections each learner has read.
create view section_read_view as
select user_id, module_slug, section_id, read_at
  from section_read;
