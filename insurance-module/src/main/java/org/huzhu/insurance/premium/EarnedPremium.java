package org.huzhu.insurance.premium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.MonthlyEarning;
import org.huzhu.platform.api.DomainException;

/**
 * Earning of one enrolment's premium P over its cover [coverStart, coverEnd], both days included, pro rata by
 * day of cover.
 *
 * <p>Rounding is cumulative: earned to the end of a day d is P × days of cover up to d / total days, rounded
 * half-up to the fen; earned in a month is earned to its last day less earned to the last day of the month
 * before. Each monthly figure is therefore within a fen of its exact value, the months add up exactly to P,
 * and any month can be recomputed alone with the same result. Unearned at a month end is P − earned to
 * date.</p>
 */
public final class EarnedPremium {

    private final BigDecimal premium;
    private final LocalDate coverStart;
    private final LocalDate coverEnd;
    private final long coverDays;

    public EarnedPremium(BigDecimal premium, LocalDate coverStart, LocalDate coverEnd) {
        if (coverEnd.isBefore(coverStart)) {
            throw Reason.of("premium.earning.coverDates", coverStart, coverEnd).exception(DomainException.Kind.UNPROCESSABLE);
        }
        if (premium.signum() < 0) {
            throw Reason.of("premium.earning.negative", premium).exception(DomainException.Kind.UNPROCESSABLE);
        }
        this.premium = Money.fen(premium);
        this.coverStart = coverStart;
        this.coverEnd = coverEnd;
        this.coverDays = ChronoUnit.DAYS.between(coverStart, coverEnd) + 1;
    }

    public BigDecimal premium() {
        return premium;
    }

    /** Days of cover from the cover start up to and including {@code date}. */
    public long daysCoveredTo(LocalDate date) {
        if (date.isBefore(coverStart)) {
            return 0;
        }
        LocalDate last = date.isAfter(coverEnd) ? coverEnd : date;
        return ChronoUnit.DAYS.between(coverStart, last) + 1;
    }

    /** Premium earned by the end of {@code date}: rounded once, half-up. */
    public BigDecimal earnedTo(LocalDate date) {
        return premium.multiply(BigDecimal.valueOf(daysCoveredTo(date)))
                .divide(BigDecimal.valueOf(coverDays), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal earnedIn(YearMonth month) {
        return earnedTo(month.atEndOfMonth()).subtract(earnedTo(month.minusMonths(1).atEndOfMonth()));
    }

    public BigDecimal unearnedAt(YearMonth month) {
        return premium.subtract(earnedTo(month.atEndOfMonth()));
    }

    public MonthlyEarning month(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        long days = daysCoveredTo(end) - daysCoveredTo(month.minusMonths(1).atEndOfMonth());
        return new MonthlyEarning(month, days, earnedIn(month), earnedTo(end), unearnedAt(month));
    }

    /** Every month from the cover start's to the cover end's. */
    public List<MonthlyEarning> schedule() {
        List<MonthlyEarning> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(coverStart); !m.isAfter(YearMonth.from(coverEnd)); m = m.plusMonths(1)) {
            months.add(month(m));
        }
        return months;
    }
}
