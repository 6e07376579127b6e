-- H2 (evaluation mode): the journal (entries and their postings) and the closed months refuse UPDATE and DELETE; the
-- trigger class is the platform's (PostgreSQL has its own V40).
create trigger insurance.journal_entry_append_only before update, delete on insurance.journal_entry
    for each row call 'org.huzhu.platform.audit.AppendOnlyRows';
create trigger insurance.journal_posting_append_only before update, delete on insurance.journal_posting
    for each row call 'org.huzhu.platform.audit.AppendOnlyRows';
create trigger insurance.ledger_month_append_only before update, delete on insurance.ledger_month
    for each row call 'org.huzhu.platform.audit.AppendOnlyRows';
