package org.huzhu.insurance.enrolment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The start of continuous cover worked out one member at a time: the cases {@link EnrolmentsFromLines} (the SQL that
 * confirmation runs, on H2 and PostgreSQL) must agree with. A test oracle only; confirmation computes it in SQL.
 */
final class ContinuousCover {

    private ContinuousCover() {
    }

    /**
     * Where the waiting period counts from: a renewal with no gap keeps the start of the earliest spell it
     * continues; any gap of a day or more starts afresh.
     */
    static LocalDate continuousCoverStart(LocalDate coverStart, List<CoverSpell> earlierSpells) {
        LocalDate start = coverStart;
        List<CoverSpell> latestFirst = earlierSpells.stream()
                .sorted(Comparator.comparing(CoverSpell::end).reversed()).toList();
        for (CoverSpell spell : latestFirst) {
            if (spell.end().isBefore(start.minusDays(1))) {
                break;
            }
            if (spell.start().isBefore(start)) {
                start = spell.start();
            }
        }
        return start;
    }
}
