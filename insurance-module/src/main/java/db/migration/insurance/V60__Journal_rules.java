package db.migration.insurance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The database refuses journal entries that break the journal's rules, whoever writes them: an entry dated in a
 * closed month, and the reversal of a reversal (an entry is reversed once already: {@code journal_entry_reversed_once});
 * on PostgreSQL also an entry whose postings do not balance (debits equal credits, at least one of each), checked at
 * commit. Amounts are in whole fen by their type, numeric(14,2), and above zero ({@code journal_posting_amount_positive}).
 *
 * <p>A Java migration because the two databases say it differently: PostgreSQL with triggers (a constraint trigger,
 * deferred to the commit, for the balance), H2 (evaluation mode) with check constraints that read other rows, which
 * PostgreSQL does not allow; H2 has no triggers in SQL, so the balance is left to {@code JournalStore} there. Existing
 * rows are not checked again ({@code NOCHECK} on H2; the PostgreSQL triggers fire on new rows only).</p>
 */
public class V60__Journal_rules extends BaseJavaMigration {

    private static final List<String> POSTGRESQL = List.of(
            """
            create function insurance.journal_entry_rules() returns trigger language plpgsql as $$
            declare
                closed date;
            begin
                select closed_on into closed from insurance.ledger_month where month_key = to_char(new.entry_date, 'YYYY-MM');
                if found then
                    raise exception 'journal entry dated % falls in month % closed on %', new.entry_date,
                        to_char(new.entry_date, 'YYYY-MM'), closed using errcode = '23514';
                end if;
                if new.reverses is not null and exists (select 1 from insurance.journal_entry o
                        where o.id = new.reverses and o.reverses is not null) then
                    raise exception 'journal entry % is a reversal and is not reversed', new.reverses using errcode = '23514';
                end if;
                return new;
            end
            $$""",
            "create trigger journal_entry_rules before insert on insurance.journal_entry for each row "
                    + "execute function insurance.journal_entry_rules()",
            """
            create function insurance.journal_entry_balanced(entry bigint) returns void language plpgsql as $$
            declare
                debits numeric;
                credits numeric;
            begin
                select coalesce(sum(case when side = 'DEBIT' then amount end), 0), coalesce(sum(case when side = 'CREDIT' then amount end), 0)
                    into debits, credits from insurance.journal_posting where entry_id = entry;
                if debits = 0 or credits = 0 or debits <> credits then
                    raise exception 'journal entry % does not balance: debits %, credits %', entry, debits, credits using errcode = '23514';
                end if;
            end
            $$""",
            """
            create function insurance.journal_entry_stays_balanced() returns trigger language plpgsql as $$
            begin
                if tg_table_name = 'journal_entry' then
                    perform insurance.journal_entry_balanced(new.id);
                else
                    perform insurance.journal_entry_balanced(new.entry_id);
                end if;
                return null;
            end
            $$""",
            "create constraint trigger journal_entry_balanced after insert on insurance.journal_entry deferrable initially deferred "
                    + "for each row execute function insurance.journal_entry_stays_balanced()",
            "create constraint trigger journal_posting_balanced after insert or update on insurance.journal_posting deferrable "
                    + "initially deferred for each row execute function insurance.journal_entry_stays_balanced()");

    private static final List<String> H2 = List.of(
            "alter table insurance.journal_entry add constraint journal_entry_month_open check (not exists (select 1 from "
                    + "insurance.ledger_month m where m.month_key = to_char(entry_date, 'YYYY-MM'))) nocheck",
            "alter table insurance.journal_entry add constraint journal_entry_reversal_not_reversed check (reverses is null or reverses "
                    + "not in (select r.id from insurance.journal_entry r where r.reverses is not null)) nocheck");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String sql : postgresql ? POSTGRESQL : H2) {
                statement.execute(sql);
            }
        }
    }
}
