-- The instructor's cohort pages list learners a hundred at a time in name order; every per-learner fact query
-- starts from that page of learners, so reading it in index order avoids sorting all learners five times a page.
create index app_user_learner_name_ix on app_user (lower(display_name), id) where role = 'LEARNER';
