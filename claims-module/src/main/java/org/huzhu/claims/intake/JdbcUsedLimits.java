package org.huzhu.claims.intake;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.huzhu.insurance.api.enrolment.UsedLimits;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.ReadDatabase;

/**
 * Benefits approved for a member in a plan year (or, from the cycle's first day, the lump sums of the cycle), summed in SQL
 * from the claims' contributions: the same rows the engine's history of a claim is made of.
 */
@ApplicationScoped
public class JdbcUsedLimits implements UsedLimits {

    /** Coverage is shown, not decided, here: it may be read from a replica. */
    @jakarta.inject.Inject
    ReadDatabase database;

    @Override
    public Used of(long memberId, String planCode, LocalDate yearStart) {
        Map<String, BigDecimal> byBenefit = new HashMap<>();
        Map<String, BigDecimal> byCapGroup = new HashMap<>();
        Map<String, BigDecimal> early = new HashMap<>();
        Map<String, BigDecimal> main = new HashMap<>();
        Jdbc.query(database.dataSource(), "select benefit, cap_group, sum(paid), sum(early_stage), sum(main_sum) from claims.contribution "
                + "where member_id = ? and plan_code = ? and year_start = ? group by benefit, cap_group", row -> {
                    BigDecimal paid = row.getBigDecimal(3);
                    byBenefit.merge(row.getString(1), paid, BigDecimal::add);
                    if (row.getString(2) != null) {
                        byCapGroup.merge(row.getString(2), paid, BigDecimal::add);
                    }
                    early.merge(row.getString(1), row.getBigDecimal(4), BigDecimal::add);
                    main.merge(row.getString(1), row.getBigDecimal(5), BigDecimal::add);
                    return null;
                }, memberId, planCode, yearStart);
        return new Used(byBenefit, byCapGroup, early, main);
    }
}
