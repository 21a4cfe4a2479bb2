-- Read models: each feature publishes, as a view, what other features may read of its tables, so a reader depends on
-- the published columns and their meaning instead of the owner's table layout. Plain projections and filters only,
-- so PostgreSQL inlines them into the reader's query and the owner's indexes still serve it.

-- account publishes its learners: the accounts with role LEARNER, without credentials.
create view learner_view as
select id, display_name, email, created_at
  from app_user
 where role = 'LEARNER';

-- account publishes the name every account shows under (the instructor who overrode a verdict, the learner whose
-- answer waits for review).
create view account_name_view as
select id, display_name
  from app_user;
