package org.huzhu.claims.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.claims.api.PaymentRequests;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.ClaimIntake;
import org.huzhu.claims.intake.ClaimWorkflow;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.claims.payment.PaymentBatches;
import org.huzhu.insurance.api.demo.DemoYears;
import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DemoData;
import org.huzhu.platform.api.DemoTime;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Roles;

/**
 * Evaluation mode's claims history: the claims {@link ClaimsHistory} plans over the demo's past plan years and the
 * current ones, filed, assessed, decided and paid through the claims module's own code, each step at the time it
 * happened ({@link DemoTime} sets the business clock): filing by the officer or the unit's agent, approval by a supervisor
 * who did not file (a second supervisor for serious illness and large amounts), documents asked for and received, a
 * few rejections (one or two appealed and then approved), withdrawals, a payment batch on the 8th and the 23rd of each
 * month with the bank's return two days later (a line now and then failed, paid in the next batch), and one paid claim
 * reversed. What is still open today stays open: claims waiting for documents or a second review, approved claims not
 * yet in a batch, the last batch waiting for the bank. No claim is left waiting for its first review (the officers'
 * queue of assessed claims is today's work). The first members of each unit, as its member list orders them, never
 * claimed. Loads after the current plan year ({@code InsuranceDemoData}) and its earning, once: only when the history's
 * plan years are there and no claim is.
 */
@ApplicationScoped
public class ClaimsDemoData implements DemoData {

    private static final Logger LOG = Logger.getLogger(ClaimsDemoData.class.getName());
    static final long SEED = 20230701L;
    /** The first members of each unit, as its member list orders them, never claimed (journeys start with them). */
    static final int NEVER_CLAIMED = 20;
    private static final Caller OFFICER = Caller.of("officer", Roles.OFFICER);
    private static final Caller SUPERVISOR = Caller.of("supervisor", Roles.SUPERVISOR, Roles.OFFICER);
    private static final Caller SECOND_SUPERVISOR = Caller.of("supervisor2", Roles.SUPERVISOR, Roles.OFFICER);
    private static final Caller AGENT = Caller.of("agent", Roles.UNIT_AGENT);

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    ClaimIntake intake;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    PaymentBatches batches;

    @Inject
    MemberDirectory directory;

    @Inject
    CoverLookup covers;

    @Inject
    BusinessClock clock;

    @Inject
    DemoTime time;

    /** Something that happened at a time; run in order of time, then of planning. */
    private record Step(LocalDateTime at, long sequence, String what, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::sequence));
    private long sequence;
    private LocalDateTime now;
    private final TreeMap<String, Integer> counts = new TreeMap<>();
    private int problems;
    private int bankLines;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void loadOnce() {
        if (!time.isOpen()) {
            return;
        }
        DemoYears years = new DemoYears(clock.today());
        boolean history = covers.versionInForce("WORKING_INPATIENT", years.historyStart()).isPresent();
        boolean claims = Jdbc.queryOne(dataSource, "select count(*) from claims.claim", row -> row.getLong(1)).orElse(0L) > 0;
        if (!history || claims) {
            return;
        }
        long started = System.nanoTime();
        now = clock.now();
        try {
            plan(years);
            while (!steps.isEmpty()) {
                Step step = steps.poll();
                time.moveTo(step.at());
                try {
                    step.action().run();
                } catch (RuntimeException e) {
                    problems++;
                    LOG.log(problems <= 5 ? Level.WARNING : Level.FINE, "Demo history: " + step.what() + " at " + step.at() + " was refused: "
                            + e.getMessage());
                }
            }
        } finally {
            time.backToCalendar();
        }
        LOG.info(String.format("Demo history: claims %s, %d steps refused, in %d ms", counts, problems, (System.nanoTime() - started) / 1_000_000));
    }

    private void plan(DemoYears years) {
        LocalDate start = years.historyStart();
        List<ClaimsHistory.Claimant> working = new ArrayList<>(claimants("PD-0001"));
        List<ClaimsHistory.Claimant> serious = List.copyOf(working);
        working.addAll(claimants("PD-0002"));
        List<ClaimsHistory.Book> books = List.of(new ClaimsHistory.Book("WORKING_INPATIENT", working, start, ClaimsHistory.WORKING_STAYS_A_MONTH),
                new ClaimsHistory.Book("SERIOUS_ILLNESS", serious, start, ClaimsHistory.SERIOUS_ILLNESSES_A_MONTH),
                // the retirees joined in January; the first claims come in the last weeks of their waiting period
                new ClaimsHistory.Book("RETIREE_INPATIENT", claimants("PD-C001"), years.historyCalendarYears().get(0).plusMonths(2).plusDays(14),
                        ClaimsHistory.RETIREE_CLAIMS_A_MONTH));
        List<ClaimsHistory.Planned> planned = ClaimsHistory.plan(books, years.today(), SEED);
        ClaimsHistory.Planned reversed = planned.stream().filter(c -> c.fate() == ClaimsHistory.Fate.APPROVE && c.type() == ClaimType.INPATIENT
                && c.received().isAfter(years.today().minusMonths(14)) && c.received().isBefore(years.today().minusMonths(9))).findFirst().orElse(null);
        for (ClaimsHistory.Planned claim : planned) {
            boolean covered = covers.cover(ResidentId.parse(claim.claimant().residentId()), claim.planCode(), claim.service())
                    .filter(cover -> cover.premiumPaid()).isPresent();
            if (covered) {
                at(claim.filedAt(), "filing claim " + claim.number(), () -> file(claim, claim == reversed));
            }
        }
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(years.today())); month = month.plusMonths(1)) {
            for (int day : new int[] {8, 23}) {
                at(month.atDay(day).atTime(10, 0), "payment batch of " + month.atDay(day), this::batch);
            }
        }
    }

    private List<ClaimsHistory.Claimant> claimants(String unitCode) {
        List<MemberView> members = directory.membersOf(unitCode, 0, Integer.MAX_VALUE);
        return members.stream().skip(Math.min(NEVER_CLAIMED, members.size() / 5))
                .map(m -> new ClaimsHistory.Claimant(m.id(), m.residentId(), unitCode)).toList();
    }

    /** Plans a step unless its time has not come yet: what is due later stays open today. */
    private void at(LocalDateTime when, String what, Runnable action) {
        if (when.isBefore(now)) {
            steps.add(new Step(when, sequence++, what, action));
        }
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private String status(long claimId) {
        return Jdbc.queryOne(dataSource, "select status from claims.claim where id = ?", row -> row.getString(1), claimId).orElse("");
    }

    private void file(ClaimsHistory.Planned claim, boolean toReverse) {
        long id = intake.file(claim.form(), "FORM", claim.filedBy());
        count("filed");
        if (status(id).equals("REFUSED")) {
            count("refused at intake");
            return;
        }
        Caller filer = claim.filedBy().equals("agent") ? AGENT : OFFICER;
        LocalDateTime decided = claim.decidedAt();
        switch (claim.fate()) {
            case APPROVE -> at(decided, "approving " + id, () -> approve(claim, id, decided, toReverse));
            case PEND_THEN_APPROVE -> at(decided, "asking documents for " + id, () -> {
                workflow.pend(id, new ClaimWorkflow.Actor(OFFICER), "请补充出院小结及费用明细清单");
                count("pending documents");
                LocalDateTime received = decided.plusDays(claim.documentsDays());
                at(received, "documents of " + id, () -> {
                    workflow.reassess(id, new ClaimWorkflow.Actor(OFFICER), "材料已补齐");
                    approve(claim, id, received, false);
                });
            });
            case REJECT -> at(decided, "rejecting " + id, () -> {
                workflow.reject(id, new ClaimWorkflow.Actor(SUPERVISOR), claim.reason(), rejectionNote(claim.reason()));
                count("rejected");
                LocalDateTime appealed = decided.plusDays(claim.appealAfterDays());
                LocalDateTime approvedAfterAppeal = appealed.plusDays(5);
                if (claim.appealAfterDays() > 0 && approvedAfterAppeal.isBefore(now)) {
                    at(appealed, "appeal of " + id, () -> {
                        workflow.appeal(id, new ClaimWorkflow.Actor(filer), "已补交住院病历，申请复核");
                        count("appealed");
                        at(approvedAfterAppeal, "approving " + id + " on appeal", () -> approve(claim, id, approvedAfterAppeal, false));
                    });
                }
            });
            case WITHDRAW -> at(decided, "withdrawing " + id, () -> {
                workflow.withdraw(id, new ClaimWorkflow.Actor(filer), "会员申请撤回");
                count("withdrawn");
            });
            default -> throw new IllegalStateException(claim.fate().name());
        }
    }

    /**
     * Approval now ({@code when}) by a supervisor who did not file; a second supervisor some days later when the claim
     * needs a second review.
     */
    private void approve(ClaimsHistory.Planned claim, long id, LocalDateTime when, boolean toReverse) {
        workflow.approve(id, new ClaimWorkflow.Actor(SUPERVISOR), "材料齐全");
        if (status(id).equals("SECOND_REVIEW")) {
            count("second review");
            LocalDateTime second = when.plusDays(claim.secondReviewDays());
            at(second, "second review of " + id, () -> {
                workflow.approve(id, new ClaimWorkflow.Actor(SECOND_SUPERVISOR), "复核同意");
                count("approved");
            });
        } else {
            count("approved");
        }
        if (toReverse) {
            at(when.plusDays(75), "reversal of " + id, () -> {
                if (status(id).equals("PAID")) {
                    workflow.reverse(id, new ClaimWorkflow.Actor(SUPERVISOR), "重复报销：同一次住院已由商业保险全额赔付");
                    count("reversed");
                }
            });
        }
    }

    private static String rejectionNote(RejectReason reason) {
        return switch (reason) {
            case DOCUMENTS_MISSING -> "催告后仍未提交出院小结";
            case DUPLICATE_CLAIM -> "同一发票已在其他渠道报销";
            case DIAGNOSIS_NOT_CONFIRMED -> "诊断证明与病历不符";
            default -> null;
        };
    }

    /** Every approved claim with something to pay into a batch; the bank's return two days later. */
    private void batch() {
        long due = Jdbc.queryOne(dataSource, "select count(*) from claims.claim where status = 'APPROVED' and approved_amount > paid_amount",
                row -> row.getLong(1)).orElse(0L);
        if (due == 0) {
            return;
        }
        PaymentRequests.BatchView batch = batches.create(null, "officer");
        count("payment batches");
        at(clock.now().plusDays(2).withHour(15), "bank return of batch " + batch.id(), () -> bankReturn(batch.id()));
    }

    private void bankReturn(long batchId) {
        StringBuilder csv = new StringBuilder("claim_reference,result,message\n");
        for (PaymentRequests.LineView line : batches.view(batchId).lines()) {
            boolean failed = ++bankLines % 150 == 0;
            csv.append(line.claimReference()).append(failed ? ",FAILED,收款账户状态异常\n" : ",PAID,\n");
            count(failed ? "payment lines failed" : "payment lines paid");
        }
        batches.applyReturn(batchId, csv.toString().getBytes(StandardCharsets.UTF_8), "officer", Locale.SIMPLIFIED_CHINESE);
    }
}
