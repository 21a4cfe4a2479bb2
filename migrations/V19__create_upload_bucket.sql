-- Upload rate limits per learner (Bucket4j's PostgreSQL layout, as sign_in_bucket): shared by every instance, so
-- a second instance does not double a learner's uploads per hour. expires_at (epoch milliseconds) is when the bucket
-- is full again; such rows mean nothing and are swept.
create table upload_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index upload_bucket_expires_ix on upload_bucket (expires_at);
