-- "Forgot your password?" requests per network address (Bucket4j's PostgreSQL layout, as sign_in_bucket): one
-- address asking for links to many accounts would otherwise mail each of them once every ten minutes. Shared by
-- every instance; expires_at (epoch milliseconds) is when the bucket is full again, and such rows are swept.
create table reset_request_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index reset_request_bucket_expires_ix on reset_request_bucket (expires_at);
