-- inventory publishes each upload's outcome, without the raw bytes or the parsed document.
create view upload_status_view as
select id, user_id, received_at, channel, status, error
  from inventory_upload;
