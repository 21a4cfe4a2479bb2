-- Lab saves per learner (Bucket4j's PostgreSQL layout, as upload_bucket): every save judges the whole lab again,
-- so a script saving in a loop would keep a core busy. Shared by every instance; expires_at (epoch milliseconds) is
-- when the bucket is full again, and such rows are swept.
create table lab_save_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index lab_save_bucket_expires_ix on lab_save_bucket (expires_at);
