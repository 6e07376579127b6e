package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.huzhu.platform.api.DomainException;
import org.huzhu.reports.reserving.Weighting;
import org.junit.jupiter.api.Test;

/** The actuary's choice of development factors: read, checked up front (400, in Chinese and English), carried and stored. */
class ReservingChoicesTest {

    static DomainException refused(Runnable reading) {
        DomainException refused = assertThrows(DomainException.class, reading::run);
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        return refused;
    }

    @Test
    void nothingChosenIsTheDefaultAndNeedsNoReason() {
        ReservingChoices choices = ReservingChoices.parse(null, "", " ", null, null, null);
        assertEquals(ReservingChoices.DEFAULTS, choices);
        assertTrue(choices.isDefault());
        assertEquals(Map.of(), choices.jobParameters());
        assertEquals("average=ALL;weighting=VOLUME;excludeHighLow=false", choices.describe());
    }

    @Test
    void everyChoiceIsReadAsTheApiDocumentsIt() {
        ReservingChoices choices = ReservingChoices.parse("last_6", "SIMPLE", "true", "3:1.02, 5:1.001", "1.01", "  迁移后早期数据不可比  ");
        assertEquals(ReservingChoices.Average.LAST_6, choices.average());
        assertEquals(Weighting.SIMPLE, choices.weighting());
        assertTrue(choices.excludeHighLow());
        assertEquals(Map.of(3, new BigDecimal("1.02"), 5, new BigDecimal("1.001")), choices.overrides());
        assertEquals(new BigDecimal("1.01"), choices.tail());
        assertEquals("迁移后早期数据不可比", choices.reason());
        assertEquals("average=LAST_6;weighting=SIMPLE;excludeHighLow=true;overrides=3:1.02,5:1.001;tail=1.01", choices.describe());
    }

    @Test
    void theChoicesTravelAsJobParametersAndComeBackTheSame() {
        ReservingChoices choices = ReservingChoices.parse("LAST_12", null, "false", "0:1.5", "1.003", "reason");
        Properties job = new Properties();
        choices.jobParameters().forEach(job::setProperty);
        assertEquals(choices, ReservingChoices.parse(job::getProperty));
    }

    @Test
    void anyChoiceOtherThanTheDefaultsNeedsAReason() {
        for (Runnable withoutReason : new Runnable[] {
                () -> ReservingChoices.parse("LAST_3", null, null, null, null, null),
                () -> ReservingChoices.parse(null, "SIMPLE", null, null, null, " "),
                () -> ReservingChoices.parse(null, null, "true", null, null, null),
                () -> ReservingChoices.parse(null, null, null, "2:1.1", null, null),
                () -> ReservingChoices.parse(null, null, null, null, "1.0", null)}) {
            DomainException refused = refused(withoutReason);
            assertEquals("reports.reason.required", refused.code());
            assertTrue(refused.detail(Locale.ENGLISH).startsWith("A selection of development factors other than the defaults"),
                    refused.detail(Locale.ENGLISH));
            assertTrue(refused.detail(Locale.CHINA).contains("必须填写理由"), refused.detail(Locale.CHINA));
        }
    }

    @Test
    void unreadableChoicesAreRefusedInChineseAndEnglish() {
        DomainException average = refused(() -> ReservingChoices.parse("LAST_7", null, null, null, null, "r"));
        assertEquals("The average “LAST_7” is not recognised: use ALL, LAST_12, LAST_6 or LAST_3.", average.detail(Locale.ENGLISH));
        assertEquals("平均范围“LAST_7”无法识别：请用 ALL、LAST_12、LAST_6 或 LAST_3。", average.detail(Locale.CHINA));
        assertEquals("reports.weighting.unknown", refused(() -> ReservingChoices.parse(null, "MEDIAN", null, null, null, "r")).code());
        assertEquals("reports.excludeHighLow.unreadable", refused(() -> ReservingChoices.parse(null, null, "yes", null, null, "r")).code());
        DomainException pair = refused(() -> ReservingChoices.parse(null, null, null, "3=1.02", null, "r"));
        assertEquals("reports.override.unreadable", pair.code());
        assertTrue(pair.detail(Locale.CHINA).contains("3=1.02"), pair.detail(Locale.CHINA));
        assertEquals("reports.override.unreadable", refused(() -> ReservingChoices.parse(null, null, null, "x:1.02", null, "r")).code());
        assertEquals("reports.override.unreadable", refused(() -> ReservingChoices.parse(null, null, null, "3:abc", null, "r")).code());
        assertEquals("reports.override.twice", refused(() -> ReservingChoices.parse(null, null, null, "3:1.1,3:1.2", null, "r")).code());
        assertEquals("reports.override.factor", refused(() -> ReservingChoices.parse(null, null, null, "3:0", null, "r")).code());
        assertEquals("reports.tail.invalid", refused(() -> ReservingChoices.parse(null, null, null, null, "0.99", "r")).code());
        assertEquals("reports.tail.invalid", refused(() -> ReservingChoices.parse(null, null, null, null, "1e400", "r")).code());
        assertEquals("reports.reason.tooLong", refused(() -> ReservingChoices.parse("LAST_3", null, null, null, null, "x".repeat(1001))).code());
    }

    @Test
    void anOverrideMustNameALagOfTheTriangle() {
        ReservingChoices lag23 = ReservingChoices.parse(null, null, null, "23:1.001", null, "r");
        ReservingChoices lag22 = ReservingChoices.parse(null, null, null, "22:1.001", null, "r");
        assertEquals(lag22, MonthlyFigures.Parameters.DEFAULTS.with(lag22).choices());
        DomainException refused = assertThrows(DomainException.class, () -> MonthlyFigures.Parameters.DEFAULTS.with(lag23));
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals("There is no development factor at lag 23: a triangle of 24 months has factors at lags 0 to 22.",
                refused.detail(Locale.ENGLISH));
        assertEquals("reports.override.lag", refused(() -> MonthlyFigures.Parameters.DEFAULTS.with(
                ReservingChoices.parse(null, null, null, "-1:1.1", null, "r"))).code());
    }

    @Test
    void theJobRefusesAnOverrideOutsideTheTriangleBeforeStarting() {
        DomainException refused = assertThrows(DomainException.class, () -> MonthlyReportJobsTest.onTheLastEveningOfMarch()
                .start(YearMonth.of(2026, 2), "actuary", 12, null, null, ReservingChoices.parse(null, null, null, "11:1.01", null, "r")));
        assertEquals("reports.override.lag", refused.code());
        assertNull(ReservingChoices.DEFAULTS.reason());
    }
}
