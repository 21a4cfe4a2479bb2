-- lab publishes who started which module's lab, and each checklist verdict with whether it counts as passed
-- (pass, or self-attested where no inventory can show it).
create view lab_started_view as
select user_id, module_slug, updated_at
  from lab_work;

create view lab_verdict_view as
select user_id, module_slug, item_id, step, item_index, verdict, evidence, computed_at,
       verdict in ('pass', 'self-attested') as passed
  from lab_verdict;
