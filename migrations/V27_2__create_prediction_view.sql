-- lesson publishes every committed prediction (a revision is a row of its own; the newest per learner and prompt is
-- the current one) with the learner's self-check of that prompt, if any.
create view prediction_view as
select p.id, p.user_id, p.module_slug, p.prompt_id, p.body, p.created_at, s.verdict as self_check
  from prediction p
  left join prediction_self_check s on s.user_id = p.user_id and s.prompt_id = p.prompt_id;
