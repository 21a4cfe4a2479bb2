-- The cohort dashboard lists graded answers whose learner judged them differently: only self-assessed answers matter.
create index quiz_answer_self_assessed_ix on quiz_answer (attempt_id) where self_assessment is not null;
