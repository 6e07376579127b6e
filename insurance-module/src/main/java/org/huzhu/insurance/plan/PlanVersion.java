package org.huzhu.insurance.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(schema = "insurance", name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "version_code", nullable = false)
    private String versionCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "cycle_years", nullable = false)
    private int cycleYears;

    @Column(name = "max_shares", nullable = false)
    private int maxShares;

    @Column(name = "premium_per_share", nullable = false, precision = 14, scale = 2)
    private BigDecimal premiumPerShare;

    @Column(name = "waiting_period_months", nullable = false)
    private int waitingPeriodMonths;

    @Column(name = "expected_loss_ratio", precision = 6, scale = 4)
    private BigDecimal expectedLossRatio;

    @Column(nullable = false)
    private String rules;

    protected PlanVersion() {
    }

    public Long id() {
        return id;
    }

    public String versionCode() {
        return versionCode;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public int cycleYears() {
        return cycleYears;
    }

    public int maxShares() {
        return maxShares;
    }

    public BigDecimal premiumPerShare() {
        return premiumPerShare;
    }

    public int waitingPeriodMonths() {
        return waitingPeriodMonths;
    }

    /** The loss ratio the premium was priced for; {@code null} where the version states none. */
    public BigDecimal expectedLossRatio() {
        return expectedLossRatio;
    }

    public String rules() {
        return rules;
    }
}
