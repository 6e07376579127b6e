package org.huzhu.insurance.plan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.rules.PlanRulesValidator;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * Plan versions with their parsed rules. Versions are immutable once anyone is enrolled (or on a list)
 * under them; a new plan year is a new version, usually a copy of the last one with changes.
 */
@ApplicationScoped
public class PlanVersions {

    private static final String COLUMNS = "select v.id, p.id, p.code, p.kind, v.version_code, v.rules "
            + "from insurance.plan_version v join insurance.plan p on p.id = v.plan_id ";

    @jakarta.inject.Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** Parsed rules by version id, with the JSON they were parsed from: rules edited on another instance are parsed again. */
    private final ConcurrentMap<Long, Parsed> parsed = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, PlanVersionRecord> byId = new ConcurrentHashMap<>();

    public PlanVersionRecord require(String planCode, String versionCode) {
        return Jdbc.queryOne(dataSource, COLUMNS + "where p.code = ? and v.version_code = ?", this::record, planCode, versionCode)
                .orElseThrow(() -> new DomainException(InsuranceMessages.BUNDLE, "version.notFound", DomainException.Kind.NOT_FOUND,
                        planCode, versionCode));
    }

    /**
     * By id: the coverage look-up asks for it on every row. A version in use is immutable and kept once read; one still
     * being edited is read each time, since another instance may change it (update() forgets it only here).
     */
    public PlanVersionRecord require(long versionId) {
        PlanVersionRecord cached = byId.get(versionId);
        if (cached != null) {
            return cached;
        }
        PlanVersionRecord record = Jdbc.queryOne(dataSource, COLUMNS + "where v.id = ?", this::record, versionId).orElseThrow();
        if (inUse(versionId)) {
            byId.put(versionId, record);
        }
        return record;
    }

    /** The versions of a plan whose period contains the date. */
    public List<PlanVersionRecord> inForce(String planCode, LocalDate date) {
        return Jdbc.query(dataSource, COLUMNS + "where p.code = ? and v.period_start <= ? and v.period_end >= ?", this::record,
                planCode, date, date);
    }

    public boolean inUse(long versionId) {
        return Jdbc.queryOne(dataSource, "select count(*) from insurance.enrolment_list where plan_version_id = ?",
                row -> row.getLong(1), versionId).orElse(0L) > 0;
    }

    /** Adds a version to a plan after checking its rules and that its period overlaps no other version's. */
    @Transactional
    public PlanVersionRecord create(String planCode, String versionCode, PlanRules rules) {
        if (versionCode == null || !versionCode.matches("[A-Za-z0-9._-]{1,16}")) {
            throw new DomainException(InsuranceMessages.BUNDLE, "version.code.invalid", DomainException.Kind.INVALID, String.valueOf(versionCode));
        }
        PlanRulesValidator.requireValid(rules);
        long planId = Jdbc.queryOne(dataSource, "select id from insurance.plan where code = ?", row -> row.getLong(1), planCode)
                .orElseThrow(() -> new DomainException(InsuranceMessages.BUNDLE, "plan.notFound", DomainException.Kind.NOT_FOUND, planCode));
        if (Jdbc.queryOne(dataSource, "select 1 from insurance.plan_version where plan_id = ? and version_code = ?",
                row -> 1, planId, versionCode).isPresent()) {
            throw new DomainException(InsuranceMessages.BUNDLE, "version.code.taken", DomainException.Kind.CONFLICT, planCode, versionCode);
        }
        requireNoOverlap(planId, 0L, rules);
        Jdbc.update(dataSource, "insert into insurance.plan_version (plan_id, version_code, period_start, period_end, cycle_years, "
                + "max_shares, premium_per_share, waiting_period_months, expected_loss_ratio, rules) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, versionCode, rules.period().start(), rules.period().end(), rules.period().cycleYears(), rules.maxShares(),
                rules.premium().tiers().get(0).amount(), rules.cover().waitingPeriodMonths(),
                rules.premium().expectedLossRatio().orElse(null), PlanRulesJson.write(rules));
        trail.record("PLAN_VERSION_CREATED", org.huzhu.platform.api.audit.AuditedObject.PLAN, planCode + "/" + versionCode, null,
                PlanRulesJson.write(rules));
        return require(planCode, versionCode);
    }

    /**
     * Starts a new plan year: the rules of an existing version over a new period of the same length, priced for the
     * given loss ratio ({@code null}: the source version's).
     */
    @Transactional
    public PlanVersionRecord copy(String planCode, String fromVersion, String newVersion, LocalDate periodStart,
                                  java.math.BigDecimal expectedLossRatio) {
        PlanRules source = require(planCode, fromVersion).rules();
        int years = source.period().cycleYears();
        org.huzhu.insurance.api.rules.PremiumRule premium = expectedLossRatio == null ? source.premium()
                : source.premium().withExpectedLossRatio(Optional.of(expectedLossRatio));
        PlanRules rules = new PlanRules(new org.huzhu.insurance.api.rules.CoveragePeriod(periodStart, periodStart.plusYears(years).minusDays(1), years),
                source.maxShares(), source.eligibility(), source.group(), premium, source.cover(), source.claimTimeLimitMonths(),
                source.refund(), source.benefits(), source.capGroups());
        return create(planCode, newVersion, rules);
    }

    /** Replaces the rules of a version nobody is enrolled under yet. */
    @Transactional
    public PlanVersionRecord update(String planCode, String versionCode, PlanRules rules) {
        PlanVersionRecord existing = require(planCode, versionCode);
        if (inUse(existing.id())) {
            throw new DomainException(InsuranceMessages.BUNDLE, "version.immutable", DomainException.Kind.CONFLICT, planCode, versionCode);
        }
        PlanRulesValidator.requireValid(rules);
        requireNoOverlap(existing.planId(), existing.id(), rules);
        Jdbc.update(dataSource, "update insurance.plan_version set period_start = ?, period_end = ?, cycle_years = ?, max_shares = ?, "
                + "premium_per_share = ?, waiting_period_months = ?, expected_loss_ratio = ?, rules = ? where id = ?", rules.period().start(),
                rules.period().end(), rules.period().cycleYears(), rules.maxShares(), rules.premium().tiers().get(0).amount(),
                rules.cover().waitingPeriodMonths(), rules.premium().expectedLossRatio().orElse(null), PlanRulesJson.write(rules), existing.id());
        parsed.remove(existing.id());
        byId.remove(existing.id());
        trail.record("PLAN_VERSION_CHANGED", org.huzhu.platform.api.audit.AuditedObject.PLAN, planCode + "/" + versionCode,
                PlanRulesJson.write(existing.rules()), PlanRulesJson.write(rules));
        return require(planCode, versionCode);
    }

    private void requireNoOverlap(long planId, long exceptVersionId, PlanRules rules) {
        Jdbc.queryOne(dataSource, "select version_code from insurance.plan_version where plan_id = ? and id <> ? "
                + "and period_start <= ? and period_end >= ?", row -> row.getString(1), planId, exceptVersionId,
                rules.period().end(), rules.period().start())
                .ifPresent(other -> {
                    throw new DomainException(InsuranceMessages.BUNDLE, "version.overlaps", DomainException.Kind.CONFLICT, other);
                });
    }

    private PlanVersionRecord record(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        String json = row.getString(6);
        Parsed known = parsed.get(id);
        if (known == null || !known.json().equals(json)) {
            known = new Parsed(json, PlanRulesJson.read(json));
            parsed.put(id, known);
        }
        return new PlanVersionRecord(id, row.getLong(2), row.getString(3), row.getString(4), row.getString(5), known.rules());
    }

    private record Parsed(String json, PlanRules rules) {
    }

    Optional<String> rulesJson(long versionId) {
        return Jdbc.queryOne(dataSource, "select rules from insurance.plan_version where id = ?", row -> row.getString(1), versionId);
    }
}
