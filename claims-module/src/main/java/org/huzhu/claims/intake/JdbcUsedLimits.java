package org.huzhu.claims.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.UsedLimits;
import org.huzhu.platform.api.Jdbc;

/** Benefits approved for a member in a plan year, summed in SQL from the claims' contributions. */
@ApplicationScoped
public class JdbcUsedLimits implements UsedLimits {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Override
    public Used of(long memberId, String planCode, LocalDate yearStart) {
        Map<String, BigDecimal> byBenefit = new HashMap<>();
        Map<String, BigDecimal> byCapGroup = new HashMap<>();
        Jdbc.query(dataSource, "select benefit, cap_group, sum(paid) from claims.contribution where member_id = ? and plan_code = ? "
                + "and year_start = ? group by benefit, cap_group", row -> {
                    BigDecimal paid = row.getBigDecimal(3);
                    byBenefit.merge(row.getString(1), paid, BigDecimal::add);
                    if (row.getString(2) != null) {
                        byCapGroup.merge(row.getString(2), paid, BigDecimal::add);
                    }
                    return null;
                }, memberId, planCode, yearStart);
        return new Used(byBenefit, byCapGroup);
    }
}
