package org.huzhu.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine alone (no database): one inpatient stay assessed against the seeded working inpatient plan
 * (2016) and the retiree plan (2001, stays after its 3-month waiting period), first stay of the year and a stay after earlier ones (bands and cap).
 * Claims are drawn from 1,024 pre-built log-normal settlement sheets, as the city generator makes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AssessmentBenchmark {

    private static final Pattern STATEMENT = Pattern.compile(
            "update insurance\\.plan_version set rules =(.*?)where version_code = '([^']+)' and plan_id = "
                    + "\\(select id from insurance\\.plan where code = '([^']+)'\\);", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private final BenefitCalculator calculator = new BenefitCalculator();
    private PlanRules working;
    private PlanRules retiree;
    private EnrolmentFacts workingMember;
    private EnrolmentFacts retiredMember;
    private ClaimFacts[] stays;
    private ClaimFacts[] retireeStays;
    private MemberHistory earlier;
    private int next;

    @Setup
    public void setUp() throws IOException {
        working = seeded("WORKING_INPATIENT", "2016");
        retiree = seeded("RETIREE_INPATIENT", "2001");
        workingMember = EnrolmentFacts.paid(1, LocalDate.parse("2016-07-01"), LocalDate.parse("2017-06-30"));
        retiredMember = EnrolmentFacts.paid(1, LocalDate.parse("2001-01-01"), LocalDate.parse("2001-12-31"));
        Random random = new Random(8);
        stays = new ClaimFacts[1024];
        retireeStays = new ClaimFacts[1024];
        for (int i = 0; i < stays.length; i++) {
            long total = Math.max(50_000, Math.round(Math.exp(Math.log(900_000) + 0.95 * random.nextGaussian())));
            long basic = Math.round(total * 0.65);
            long out = Math.round((total - basic) * 0.25);
            SettlementSheet sheet = new SettlementSheet(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(basic, 2),
                    BigDecimal.valueOf(total - basic - out, 2), BigDecimal.valueOf(out, 2));
            LocalDate admitted = LocalDate.parse("2016-10-01").plusDays(random.nextInt(200));
            stays[i] = ClaimFacts.inpatient(admitted, admitted.plusDays(6), 7, sheet, admitted.plusDays(40));
            LocalDate retired = LocalDate.parse("2001-04-01").plusDays(random.nextInt(200));
            retireeStays[i] = ClaimFacts.inpatient(retired, retired.plusDays(6), 7, sheet, retired.plusDays(40));
        }
        earlier = MemberHistory.NONE.withInScopeSelfPay("INPATIENT", "12000.00").withPaid("INPATIENT", "5900.00");
    }

    private ClaimFacts nextStay() {
        next = (next + 1) & 1023;
        return stays[next];
    }

    @Benchmark
    public Assessment workingFirstStay() {
        return calculator.assess(working, workingMember, nextStay(), MemberHistory.NONE);
    }

    @Benchmark
    public Assessment workingAfterEarlierStays() {
        return calculator.assess(working, workingMember, nextStay(), earlier);
    }

    @Benchmark
    public Assessment retireeStay() {
        next = (next + 1) & 1023;
        return calculator.assess(retiree, retiredMember, retireeStays[next], MemberHistory.NONE);
    }

    static PlanRules seeded(String plan, String version) throws IOException {
        Path migration = Path.of(System.getProperty("huzhu.root", "."))
                .resolve("insurance-module/src/main/resources/db/migration/insurance/V3__rules_format_2.sql");
        if (!Files.exists(migration)) {
            migration = Path.of("..").resolve("insurance-module/src/main/resources/db/migration/insurance/V3__rules_format_2.sql");
        }
        Matcher statement = STATEMENT.matcher(Files.readString(migration, StandardCharsets.UTF_8));
        while (statement.find()) {
            if (statement.group(2).equals(version) && statement.group(3).equals(plan)) {
                StringBuilder json = new StringBuilder();
                Matcher literal = LITERAL.matcher(statement.group(1));
                while (literal.find()) {
                    json.append(literal.group(1).replace("''", "'"));
                }
                return PlanRulesJson.read(json.toString());
            }
        }
        throw new IllegalArgumentException("No seed document " + plan + "/" + version);
    }
}
