-- H2 (evaluation mode): the audit trail and the read log refuse UPDATE and DELETE (PostgreSQL has its own V41).
create trigger platform.audit_event_append_only before update, delete on platform.audit_event
    for each row call 'org.huzhu.platform.audit.AppendOnlyRows';
create trigger platform.read_log_append_only before update, delete on platform.read_log
    for each row call 'org.huzhu.platform.audit.AppendOnlyRows';
