-- PostgreSQL: the audit trail and the read log refuse UPDATE, DELETE and TRUNCATE (H2 has its own V41).
create function platform.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only: % refused', tg_table_schema, tg_table_name, tg_op using errcode = '55000';
end
$$;

create trigger audit_event_append_only before update or delete on platform.audit_event
    for each row execute function platform.refuse_change();
create trigger audit_event_no_truncate before truncate on platform.audit_event
    for each statement execute function platform.refuse_change();
create trigger read_log_append_only before update or delete on platform.read_log
    for each row execute function platform.refuse_change();
create trigger read_log_no_truncate before truncate on platform.read_log
    for each statement execute function platform.refuse_change();
