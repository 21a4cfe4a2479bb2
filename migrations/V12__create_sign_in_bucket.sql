-- Sign-in throttling buckets (Bucket4j's PostgreSQL layout). Kept in the database rather than in each instance's
-- memory, so a second instance does not double the number of passwords an attacker may try.
-- expires_at (epoch milliseconds) is when the bucket is full again; such rows mean nothing and are swept.
create table sign_in_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_bucket_expires_ix on sign_in_bucket (expires_at);
