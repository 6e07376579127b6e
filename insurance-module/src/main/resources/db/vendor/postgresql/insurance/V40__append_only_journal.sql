-- PostgreSQL: the journal (entries and their postings) and the closed months refuse UPDATE, DELETE and TRUNCATE: a
-- correction is a reversal entry, a closed month stays closed (H2 has its own V40).
create function insurance.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only: % refused', tg_table_schema, tg_table_name, tg_op using errcode = '55000';
end
$$;

create trigger journal_entry_append_only before update or delete on insurance.journal_entry
    for each row execute function insurance.refuse_change();
create trigger journal_entry_no_truncate before truncate on insurance.journal_entry
    for each statement execute function insurance.refuse_change();
create trigger journal_posting_append_only before update or delete on insurance.journal_posting
    for each row execute function insurance.refuse_change();
create trigger journal_posting_no_truncate before truncate on insurance.journal_posting
    for each statement execute function insurance.refuse_change();
create trigger ledger_month_append_only before update or delete on insurance.ledger_month
    for each row execute function insurance.refuse_change();
create trigger ledger_month_no_truncate before truncate on insurance.ledger_month
    for each statement execute function insurance.refuse_change();
