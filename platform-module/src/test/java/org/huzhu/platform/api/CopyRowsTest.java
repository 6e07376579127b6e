package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The COPY text format of bulk writes (members, list lines, the bulk reassessment's rows). */
class CopyRowsTest {

    enum ClaimStatus { PAID, APPROVED }

    @Test
    void valuesAreWrittenAsPostgresqlReadsThemAndTextIsEscaped() {
        CopyRows rows = new CopyRows("claims.assessment_reason (claim_id, assessment_no, position, reason_key, reason_args)");
        rows.add(7L, 2, "tab\there", "back\\slash new\nline\rreturn", null);
        rows.add(new BigDecimal("1E+3"), new BigDecimal("0.50000000"), LocalDate.of(2026, 1, 2),
                Timestamp.valueOf(LocalDateTime.of(2026, 3, 4, 5, 6, 7, 123_456_000)), ClaimStatus.PAID, "元\u001f1,000.00");
        assertEquals("7\t2\ttab\\there\tback\\\\slash new\\nline\\rreturn\t\\N\n"
                + "1000\t0.50000000\t2026-01-02\t2026-03-04 05:06:07.123456\tPAID\t元\u001f1,000.00\n", rows.text());
    }

    @Test
    void eachRowCarriesItsOwnDateWhenRowsShareOrChangeThem() {
        CopyRows rows = new CopyRows("members.member_unit (member_id, unit_id, valid_from, valid_to)");
        LocalDate joined = LocalDate.of(2026, 12, 1);
        rows.add(1L, 9L, joined, null);
        rows.add(2L, 9L, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
        rows.add(3L, 9L, LocalDate.of(2025, 6, 30), joined);
        rows.add(4L, 9L, joined, null);
        assertEquals("1\t9\t2026-12-01\t\\N\n2\t9\t2026-12-01\t2027-01-01\n3\t9\t2025-06-30\t2026-12-01\n4\t9\t2026-12-01\t\\N\n",
                rows.text());
    }

    @Test
    void literalsAreUnescapedAndNullStaysNull() {
        assertNull(CopyRows.literal(null));
        assertEquals("a\tb\\c", CopyRows.literal("a\tb\\c"));
        assertEquals("2026-03-04 05:06", CopyRows.literal(Timestamp.valueOf(LocalDateTime.of(2026, 3, 4, 5, 6))));
        assertEquals("12000.5", CopyRows.literal(new BigDecimal("1.20005E+4")));
        assertEquals("APPROVED", CopyRows.literal(ClaimStatus.APPROVED));
    }
}
