-- When the learner first read an instructor's change of their verdict: until then the change is announced on their
-- home page and quiz page. Changes made before this column existed count as read.
alter table quiz_override add column seen_at timestamptz;
update quiz_override set seen_at = created_at;
create index quiz_override_unseen_ix on quiz_override (answer_id) where seen_at is null;
