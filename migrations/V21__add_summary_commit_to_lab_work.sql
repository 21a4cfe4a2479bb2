-- The Step 4 constraint summary as the learner committed it, and when. Praxis's own diagnosis of the inventory (first
-- and second bottleneck, VRAM fit table) is released only after this commit, next to the committed words, as a
-- prediction's explanation is released only after the prediction.
alter table lab_work add column committed_summary jsonb;
alter table lab_work add column summary_committed_at timestamptz;
