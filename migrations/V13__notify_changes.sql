-- Every instance keeps in-memory copies of what most requests read (sessions, rendered lesson pages) and must drop a
-- copy as soon as its rows change, whichever instance, tool or person changed them. These triggers announce each
-- change with NOTIFY; dev.praxis.system.database.ChangeFeed listens. NOTIFY is transactional: listeners hear a change
-- when it commits and never hear a rolled-back one; repeats within one transaction arrive once.

-- praxis_session: the session id (spring_session.session_id) whose row or attributes changed or went away.
create function notify_session_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('praxis_session', old.session_id);
    return null;
end $$;

create trigger spring_session_changed
    after update or delete on spring_session
    for each row execute function notify_session_change();

create function notify_session_attribute_change() returns trigger language plpgsql as $$
declare
    changed_session text;
begin
    select session_id into changed_session
      from spring_session
     where primary_id = case when tg_op = 'DELETE' then old.session_primary_id else new.session_primary_id end;
    -- a cascade from a deleted session finds no row: that deletion was announced by spring_session_changed
    if changed_session is not null then
        perform pg_notify('praxis_session', changed_session);
    end if;
    return null;
end $$;

create trigger spring_session_attributes_changed
    after insert or update or delete on spring_session_attributes
    for each row execute function notify_session_attribute_change();

-- praxis_learner: the id of the learner whose lesson page facts changed (predictions and their self-checks, sections
-- read, quiz attempts and their scores, lab verdicts). Keep this list in step with what the lesson page reads.
create function notify_learner_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('praxis_learner', old.user_id::text);
    else
        perform pg_notify('praxis_learner', new.user_id::text);
    end if;
    return null;
end $$;

create trigger prediction_changed after insert or update or delete on prediction
    for each row execute function notify_learner_change();
create trigger prediction_self_check_changed after insert or update or delete on prediction_self_check
    for each row execute function notify_learner_change();
create trigger section_read_changed after insert or update or delete on section_read
    for each row execute function notify_learner_change();
create trigger quiz_attempt_changed after insert or update or delete on quiz_attempt
    for each row execute function notify_learner_change();
create trigger lab_verdict_changed after insert or update or delete on lab_verdict
    for each row execute function notify_learner_change();
