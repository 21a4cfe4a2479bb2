-- quiz publishes its attempts' scores, and every answer with the verdict that counts: the latest instructor
-- override if any, else the rubric's verdict, else (self-assessed attempt) the learner's own judgement, else incorrect.
create view quiz_result_view as
select id, user_id, module_slug, submitted_at, rubric_graded, score, passed
  from quiz_attempt;

-- the latest override per answer is joined from one pass over the (small) override table, as the cohort queries did
-- before this view, rather than looked up answer by answer
create view quiz_answer_view as
select a.id as answer_id, a.attempt_id, t.user_id, t.module_slug, t.submitted_at, t.rubric_graded,
       a.question_id, a.question_number, a.verdict, a.self_assessment, a.feedback,
       o.new_verdict as override_verdict,
       coalesce(o.new_verdict, case when t.rubric_graded then a.verdict else a.self_assessment end,
                'incorrect') as effective_verdict
  from quiz_answer a
  join quiz_attempt t on t.id = a.attempt_id
  left join (select distinct on (answer_id) answer_id, new_verdict
               from quiz_override
              order by answer_id, created_at desc, id desc) o on o.answer_id = a.id;
