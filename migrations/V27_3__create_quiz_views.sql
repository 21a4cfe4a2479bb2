-- quiz publishes its attempts' scores, and every answer with the verdict that counts: the latest instructor
-- override if any, else the rubric's verdict, else (self-assessed attempt) the learner's own judgement, else incorrect.
create view quiz_result_view as
select id, user_id, module_slug, submitted_at, rubric_graded, score, passed
  from quiz_attempt;

create view quiz_answer_view as
select a.id as answer_id, a.attempt_id, t.user_id, t.module_slug, t.submitted_at, t.rubric_graded,
       a.question_id, a.question_number, a.verdict, a.self_assessment, a.feedback,
       o.override_verdict,
       coalesce(o.override_verdict, case when t.rubric_graded then a.verdict else a.self_assessment end,
                'incorrect') as effective_verdict
  from quiz_answer a
  join quiz_attempt t on t.id = a.attempt_id
  cross join lateral (select (select q.new_verdict
                                from quiz_override q
                               where q.answer_id = a.id
                               order by q.created_at desc, q.id desc
                               limit 1) as override_verdict) o;
