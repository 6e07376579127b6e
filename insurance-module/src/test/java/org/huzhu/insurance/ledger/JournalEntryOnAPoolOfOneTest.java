package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;
import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.insurance.testing.PoolOfOne;
import org.huzhu.insurance.testing.RecordedTrail;
import org.huzhu.platform.api.BusinessClock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An entry is looked up outside a transaction holding one connection at a time: on a pool of one it is read with its
 * postings (reading them inside the entry's row mapper asked for a second connection while holding the only one).
 */
class JournalEntryOnAPoolOfOneTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("journal_pool_of_one");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEntryIsReadWithItsPostingsOnAPoolOfOne(Kind kind) {
        JournalStore journal = new JournalStore();
        journal.dataSource = DATABASES.get(kind).dataSource();
        journal.clock = new BusinessClock();
        journal.trail = new RecordedTrail();
        long id = journal.post(new EntryDraft(LocalDate.of(2016, 7, 15), EntryKind.PAYMENT_RECEIVED, "P1",
                List.of(debit(Account.BANK, yuan("150.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("150.00")))), "U1", null, "t");
        journal.dataSource = PoolOfOne.around(DATABASES.get(kind).dataSource());
        JournalEntryView entry = journal.entry(id).orElseThrow();
        assertEquals(id, entry.id());
        assertEquals(List.of(new JournalEntryView.Line("BANK", "DEBIT", yuan("150.00")),
                new JournalEntryView.Line("PREMIUM_RECEIVABLE", "CREDIT", yuan("150.00"))), entry.postings());
    }
}
