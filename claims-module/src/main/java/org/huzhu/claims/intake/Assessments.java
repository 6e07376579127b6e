package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.claims.intake.rules.Refusals;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.insurance.api.enrolment.CoverRecord;
import org.huzhu.insurance.api.enrolment.VersionRules;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Messages;

/**
 * Assesses stored claims: finds the enrolment in force on the cover date and the version in force on the
 * accounting date, reads the member's history of the plan year from the approved claims in SQL, runs the
 * {@link BenefitCalculator}, and writes the assessment with its explanation lines and reasons.
 */
@ApplicationScoped
public class Assessments {

    private final BenefitCalculator calculator = new BenefitCalculator();

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    CoverLookup covers;

    @Inject
    BusinessClock clock;

    @Inject
    OverlappingStays stays;

    @Inject
    ClaimEvents events;

    /** The enrolment on the cover date, the version on the accounting date and the plan year the claim adds to. */
    public record Context(CoverRecord cover, VersionRules version, PlanYear year) {

        public EnrolmentFacts enrolment() {
            return enrolment(cover);
        }

        public static EnrolmentFacts enrolment(CoverRecord cover) {
            return new EnrolmentFacts(cover.shares(), cover.coverStart(), cover.continuousFrom(), cover.coverEnd(), cover.premiumPaid());
        }
    }

    public Context context(String residentId, String planCode, ClaimFacts facts) {
        return context(residentId, planCode, facts.type(), facts.coverDate(), facts.accountingDate());
    }

    /**
     * The context of a claim of this type whose cover is judged on {@code coverDate} (admission, or the event) and which
     * is placed in a plan year by {@code accountingDate} (discharge, or the event); refused (422) without cover.
     */
    public Context context(String residentId, String planCode, ClaimType type, LocalDate coverDate, LocalDate accountingDate) {
        CoverRecord cover = covers.cover(ResidentId.parse(residentId), planCode, coverDate)
                .orElseThrow(() -> ClaimsProblem.unprocessable("claim.noCover", residentId, planCode, coverDate));
        VersionRules version = cover.rules().period().contains(accountingDate)
                ? new VersionRules(cover.planVersionId(), cover.planCode(), cover.versionCode(), cover.rules())
                : covers.versionInForce(planCode, accountingDate)
                .orElseThrow(() -> ClaimsProblem.unprocessable("claim.noVersion", planCode, accountingDate));
        return new Context(cover, version, year(version, type, accountingDate));
    }

    public static PlanYear year(VersionRules version, ClaimType type, LocalDate accountingDate) {
        return type == ClaimType.SERIOUS_ILLNESS ? PlanYear.cycle(version.rules().period())
                : PlanYear.containing(version.rules().period(), accountingDate);
    }

    public Assessment assess(Context context, ClaimFacts facts, MemberHistory history) {
        return calculator.assess(context.version().rules(), context.enrolment(), facts, history);
    }

    /** What the member's other approved claims of the plan year (or cycle) add up to, summed in SQL. */
    public MemberHistory history(long memberId, String planCode, LocalDate yearStart, long excludedClaim) {
        return Contribution.history(Jdbc.query(dataSource, "select benefit, cap_group, sum(in_scope), sum(paid), sum(days), "
                        + "sum(early_stage), sum(main_sum) from claims.contribution where member_id = ? and plan_code = ? and year_start = ? "
                        + "and claim_id <> ? group by benefit, cap_group",
                row -> new Contribution(row.getString(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4), row.getInt(5),
                        row.getBigDecimal(6), row.getBigDecimal(7)), memberId, planCode, yearStart, excludedClaim));
    }

    /** Whether the claim needs a second reviewer: every serious-illness claim and any above the configured amount. */
    public static boolean needsSecondReview(ClaimType type, BigDecimal payable) {
        return type == ClaimType.SERIOUS_ILLNESS || payable.compareTo(ClaimSettings.secondReviewAbove()) > 0;
    }

    /** Whether this claim needs a second reviewer: for its kind and amount, or because its stay overlaps another claim's. */
    public boolean needsSecondReview(ClaimRow claim, BigDecimal payable) {
        return needsSecondReview(claim.type(), payable) || stays.of(claim).isPresent();
    }

    /**
     * Stores an assessment made for a decision still to come (at intake, on reassessment or appeal): ASSESSED, or REFUSED
     * with its reason when the rules refuse the claim as a whole; the claim's history records which, after {@code from}.
     */
    public ClaimStatus storeAssessed(ClaimRow claim, Context context, Assessment result, String purpose, String user,
                                     ClaimStatus from, String note) {
        Optional<RejectReason> refusal = Refusals.of(result, context.version().rules(), claim.sheet());
        ClaimStatus to = refusal.isPresent() ? ClaimStatus.REFUSED : ClaimStatus.ASSESSED;
        store(claim, context, result, purpose, user, false, to);
        Jdbc.update(dataSource, "update claims.claim set reject_reason = ? where id = ?", refusal.map(Enum::name).orElse(null), claim.id());
        events.record(claim.id(), user, refusal.isPresent() ? "REFUSE" : "ASSESS", from, to,
                (refusal.map(r -> r.name() + ", payable ").orElse("payable ")) + result.payable() + (note == null ? "" : ": " + note));
        return to;
    }

    /**
     * Writes a new assessment of the claim and makes it current; with {@code approved} the claim's
     * contributions to the member's history are replaced by this assessment's. Returns its number.
     */
    public int store(ClaimRow claim, Context context, Assessment assessed, String purpose, String user, boolean approved,
                     ClaimStatus status) {
        Optional<AssessmentReason> overlap = stays.of(claim);
        Assessment result = overlap.map(assessed::withReason).orElse(assessed);
        LocalDateTime now = clock.now();
        int number = claim.assessmentNo() + 1;
        Jdbc.withConnection(dataSource, connection -> {
            if (approved) {
                Jdbc.update(dataSource, "delete from claims.contribution where claim_id = ?", claim.id());
            }
            try (AssessmentWriter writer = AssessmentWriter.batches(connection)) {
                writer.assessment(claim.id(), number, purpose, context.version().planVersionId(), result, user, now);
                if (approved) {
                    writer.contributions(claim.id(), claim.memberId(), claim.planCode(), result.planYear().start(),
                            Contribution.of(result, context.version().rules(), claim.sheet()));
                }
                writer.claim(claim.id(), number, result, context.version().planVersionId(),
                        approved ? result.payable() : claim.approvedAmount(), status, now);
                writer.flush();
            }
            return null;
        });
        Jdbc.update(dataSource, "update claims.claim set enrolment_id = ?, enrolment_version_id = ?, second_review = ?, review_reason = ? "
                        + "where id = ?", context.cover().enrolmentId(), context.cover().planVersionId(),
                needsSecondReview(claim.type(), result.payable()) || overlap.isPresent(),
                overlap.map(reason -> reason.code().name()).orElse(null), claim.id());
        return number;
    }

    /** The stored assessment in the reader's language. */
    public Optional<ClaimRequests.AssessmentView> view(long claimId, int number, Locale locale) {
        if (number == 0) {
            return Optional.empty();
        }
        List<ClaimRequests.LineView> lines = Jdbc.query(dataSource, "select benefit, step, rule_text, base, rate, amount, remaining, "
                + "reason_key, reason_args from claims.assessment_line where claim_id = ? and assessment_no = ? order by line_no", row -> {
                    Optional<AssessmentReason> reason = reason(row.getString(8), row.getString(9));
                    AssessmentLine line = new AssessmentLine(row.getString(1), Step.valueOf(row.getString(2)), row.getString(3),
                            row.getBigDecimal(4), Optional.ofNullable(row.getBigDecimal(5)), row.getBigDecimal(6),
                            Optional.ofNullable(row.getBigDecimal(7)), reason);
                    return new ClaimRequests.LineView(line.benefit(), line.step().name(), line.rule(), plain(line.base(), 2),
                            line.rate().map(rate -> plain(rate, 0)).orElse(null), plain(line.amount(), 2),
                            line.remaining().map(remaining -> plain(remaining, 2)).orElse(null),
                            reason.map(r -> r.code().name()).orElse(null), line.text(locale));
                }, claimId, number);
        List<ClaimRequests.ReasonView> reasons = Jdbc.query(dataSource, "select reason_key, reason_args from claims.assessment_reason "
                + "where claim_id = ? and assessment_no = ? order by position", row -> reason(row.getString(1), row.getString(2))
                .map(r -> new ClaimRequests.ReasonView(r.code().name(), r.title(locale), r.text(locale))).orElseThrow(), claimId, number);
        // the assessment first, its version's code once its connection is given back: looking the version up inside the row
        // mapper held one connection while asking for a second, which outside a transaction (reading a claim has none) can
        // leave every request waiting once as many run as the pool has connections
        record Stored(String purpose, long planVersionId, LocalDate yearStart, LocalDate yearEnd, BigDecimal payable, String assessedBy,
                      LocalDateTime assessedAt) {
        }
        return Jdbc.queryOne(dataSource, "select a.purpose, a.plan_version_id, a.year_start, a.year_end, a.payable, a.assessed_by, "
                + "a.assessed_at from claims.assessment a where a.claim_id = ? and a.assessment_no = ?", row -> new Stored(row.getString(1),
                row.getLong(2), row.getDate(3).toLocalDate(), row.getDate(4).toLocalDate(), row.getBigDecimal(5), row.getString(6),
                row.getTimestamp(7).toLocalDateTime()), claimId, number)
                .map(a -> new ClaimRequests.AssessmentView(number, a.purpose(), covers.version(a.planVersionId())
                        .map(VersionRules::versionCode).orElse(null), a.yearStart(), a.yearEnd(), a.payable(), a.assessedBy(), a.assessedAt(),
                        lines, reasons));
    }

    /** Exact, without trailing zeros beyond {@code minScale} decimals and never in exponent form (JSON-B writes 1E+3 otherwise). */
    static BigDecimal plain(BigDecimal amount, int minScale) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < minScale ? stripped.setScale(minScale) : stripped;
    }

    static Optional<AssessmentReason> reason(String key, String arguments) {
        if (key == null) {
            return Optional.empty();
        }
        int dot = key.indexOf('.');
        ReasonCode code = ReasonCode.valueOf(dot < 0 ? key : key.substring(0, dot));
        List<Object> args = arguments == null || arguments.isEmpty() ? List.of()
                : Arrays.asList((Object[]) arguments.split(AssessmentWriter.SEPARATOR, -1));
        return Optional.of(new AssessmentReason(code, dot < 0 ? Optional.empty() : Optional.of(key.substring(dot + 1)), args));
    }

    static String text(String key, Locale locale) {
        return Messages.get(ClaimsMessages.BUNDLE, key, locale);
    }

    static Timestamp timestamp(LocalDateTime at) {
        return Timestamp.valueOf(at);
    }
}
