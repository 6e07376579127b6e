package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverStatus;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberEventKind;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment on PostgreSQL: a unit uploads a member list with bad rows, which is refused whole, then applied
 * for its valid rows; a supervisor confirms it; the coverage query reads the cover back. Units merge and
 * split without losing any member's history.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "身份证号,姓名,性别,在职状态,参加职工医保,份数\n";

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(EnrolmentIT.class, TestPlans.class);
    }

    @Inject
    UnitRegistry units;

    @Inject
    MemberRegistry members;

    @Inject
    MemberDirectory directory;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Inject
    Coverage coverage;

    @Inject
    Accounts accounts;

    @Test
    void aListWithBadRowsIsRefusedWholeThenAppliedForItsValidRowsAndCoverageReadsBack() {
        LocalDate today = LocalDate.now(SHANGHAI);
        PlanVersionRecord version = currentVersion("WORKING_INPATIENT");
        hierarchy("IT-U1");
        List<String> ids = residentIds(1_000, 12);
        StringBuilder csv = new StringBuilder(HEADER);
        ids.forEach(id -> csv.append(id).append(",职工").append(id.substring(14)).append(",,在职,是,1\n"));
        csv.append("310115198203150413,校验位错误,男,在职,是,1\n");             // row 14: wrong check digit
        csv.append(residentIds(2_000, 1).get(0)).append(",份数过多,,在职,是,3\n");  // row 15: too many shares
        csv.append(ids.get(0)).append(",重复,,在职,是,1\n");                       // row 16: duplicate of row 2

        ImportReport refused = imports.upload("IT-U1", version, gbk(csv), "名单.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent");
        assertFalse(refused.applied());
        assertEquals(List.of(14, 15, 16), refused.problems().stream().map(p -> p.row()).toList());
        assertEquals(List.of("member.residentId.checkDigit", "enrolment.shares.outOfRange", "import.duplicateInFile"),
                refused.problems().stream().map(p -> p.problem().code()).toList());
        assertTrue(directory.membersOf("IT-U1", 0, 100).isEmpty(), "all or nothing: nothing was written");

        ImportReport applied = imports.upload("IT-U1", version, gbk(csv), "名单.csv", ImportMode.VALID_ROWS, today, "it-agent");
        assertTrue(applied.applied());
        assertEquals(12, applied.rowsAccepted());
        assertEquals(12, applied.membersRegistered());
        EnrolmentListView list = applied.list();
        assertEquals(12, list.eligibleHeadcount());
        assertEquals(12, list.enrolledCount());
        assertEquals(9, list.requiredCount(), "75% of 12, rounded up");

        accounts.createIfAbsent("it-supervisor", "it-supervisor-password".toCharArray(), Set.of(Roles.SUPERVISOR));
        DomainException ownList = assertThrows(DomainException.class, () -> lists.confirm(list.id(), today, "it-agent"));
        assertEquals("enrolment.list.ownList", ownList.code());
        assertEquals("CONFIRMED", lists.confirm(list.id(), today, "it-supervisor").status());

        List<CoverageView> cover = coverage.of(ResidentId.parse(ids.get(3)), today.plusDays(1), Locale.ENGLISH);
        assertEquals(1, cover.size());
        CoverageView working = cover.get(0);
        assertEquals("WORKING_INPATIENT", working.planCode());
        assertEquals(today.plusDays(1), working.coverStart(), "a mid-period joiner is covered from the day after confirmation");
        assertEquals(version.rules().period().end(), working.coverEnd());
        assertEquals(today.plusDays(15), working.paymentDue());
        assertEquals(CoverStatus.PREMIUM_PENDING, working.status(), "cover waits for the premium");

        ImportReport again = imports.upload("IT-U1", version, gbk(csv), "名单.csv", ImportMode.VALID_ROWS, today, "it-agent");
        assertFalse(again.applied(), "nobody can be enrolled twice under one version");
        assertEquals(12, again.problems().stream().filter(p -> p.problem().code().equals("enrolment.alreadyEnrolled")).count());

        // the same people listed again (for another plan): a member whose details changed is updated, the others are kept
        String changed = ids.get(5);
        List<org.huzhu.members.api.MemberRecord> listedAgain = ids.stream().map(id -> new org.huzhu.members.api.MemberRecord(id,
                id.equals(changed) ? "改名职工" : "职工" + id.substring(14), null, null, org.huzhu.members.api.EmploymentStatus.IN_SERVICE,
                null, true, id.equals(changed), false, id.equals(changed) ? "6222020000000001" : null)).toList();
        org.huzhu.members.api.BulkRegistration registration = members.registerAll("IT-U1", listedAgain, today, "it-agent");
        assertEquals(0, registration.inserted());
        assertEquals(12, registration.updated());
        assertEquals(12, registration.memberIds().size());
        org.huzhu.members.api.MemberView renamed = directory.findByResidentId(ResidentId.parse(changed)).orElseThrow();
        assertEquals("改名职工", renamed.name());
        assertTrue(renamed.hardship());
        assertEquals("6222020000000001", renamed.bankCard());
        org.huzhu.members.api.MemberView kept = directory.findByResidentId(ResidentId.parse(ids.get(6))).orElseThrow();
        assertEquals("职工" + ids.get(6).substring(14), kept.name());
        assertFalse(kept.hardship());
    }

    @Test
    void tooFewOfTheEligibleEnrolledIsRefusedWithTheFigures() {
        LocalDate today = LocalDate.now(SHANGHAI);
        PlanVersionRecord version = currentVersion("WORKING_INPATIENT");
        hierarchy("IT-U2");
        List<String> ids = residentIds(3_000, 12);
        StringBuilder eight = new StringBuilder(HEADER);
        ids.subList(0, 8).forEach(id -> eight.append(id).append(",职工,,在职,是,1\n"));
        for (String id : ids.subList(8, 12)) {
            members.register(new org.huzhu.members.api.MemberRecord(id, "未投保", null, null,
                    org.huzhu.members.api.EmploymentStatus.IN_SERVICE, null, true, false, false, null), "IT-U2", today, "it");
        }
        DomainException refusal = assertThrows(DomainException.class,
                () -> imports.upload("IT-U2", version, gbk(eight), "eight.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent"));
        assertEquals("group.belowThreshold", refusal.code());
        assertEquals(List.of(8, 12, "66.7", 9, "75"), refusal.arguments().stream().map(a -> a instanceof java.math.BigDecimal b
                ? b.stripTrailingZeros().toPlainString() : a).toList());
        assertEquals(4, directory.membersOf("IT-U2", 0, 100).size(), "the refused upload registered nobody");
    }

    @Test
    void mergesAndSplitsKeepEveryMembersHistory() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        hierarchy("IT-A");
        units.create("IT-B", OrganisationKind.UNIT, "IT-PD", "乙厂工会", start, "it");
        List<String> ids = residentIds(4_000, 3);
        for (String id : ids) {
            members.register(new org.huzhu.members.api.MemberRecord(id, "甲厂职工", null, null,
                    org.huzhu.members.api.EmploymentStatus.IN_SERVICE, null, true, false, false, null), "IT-A", start, "it");
        }
        units.split("IT-A", "IT-C", "甲厂分厂工会", List.of(ids.get(0)), LocalDate.of(2026, 3, 1), "it");
        units.merge("IT-A", "IT-B", LocalDate.of(2026, 6, 1), "it");
        units.rename("IT-B", "乙厂甲厂联合工会", LocalDate.of(2026, 6, 1), "it");

        assertEquals("IT-C", directory.findByResidentId(ResidentId.parse(ids.get(0))).orElseThrow().unitCode());
        assertEquals("IT-B", directory.findByResidentId(ResidentId.parse(ids.get(1))).orElseThrow().unitCode());
        assertEquals(List.of(MemberEventKind.JOINED, MemberEventKind.MOVED),
                members.history(ResidentId.parse(ids.get(1))).stream().map(e -> e.kind()).toList());
        assertEquals("IT-A", members.history(ResidentId.parse(ids.get(1))).get(1).unitCode());
        assertEquals(LocalDate.of(2026, 6, 1), directory.unit("IT-A").orElseThrow().validTo(), "the merged unit is closed");
        assertEquals(List.of("乙厂工会", "乙厂甲厂联合工会"), units.names("IT-B").stream().map(n -> n.name()).toList());
    }

    @Test
    @RunAsClient
    void theUploadEndpointAnswersWithRowErrorsInTheReadersLanguage(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String csv = HEADER + "310115198203150413,王建国,男,在职,是,1\n";
        HttpResponse<String> unknownUnit = client.send(upload(base, "NOPE", csv), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknownUnit.statusCode(), unknownUnit.body());
        assertTrue(unknownUnit.body().contains("There is no unit with code NOPE"), unknownUnit.body());

        for (String unit : List.of("{\"code\":\"IT-CS\",\"kind\":\"ASSOCIATION\",\"name\":\"互助会\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"IT-CD\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"IT-CS\",\"name\":\"区工会\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"IT-CU\",\"kind\":\"UNIT\",\"parentCode\":\"IT-CD\",\"name\":\"单位工会\",\"validFrom\":\"1994-01-01\"}")) {
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/units")).header("Authorization", ADMIN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(unit)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
        }
        HttpResponse<String> badRow = client.send(upload(base, "IT-CU", csv), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, badRow.statusCode(), badRow.body());
        assertTrue(badRow.body().contains("\"row\":2") && badRow.body().contains("\"field\":\"residentId\"")
                && badRow.body().contains("it should be 2"), badRow.body());
    }

    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:system-test-admin-password".getBytes(StandardCharsets.UTF_8));

    private static HttpRequest upload(URL base, String unit, String csv) throws Exception {
        return HttpRequest.newBuilder(base.toURI().resolve("api/v1/enrolment-lists/upload?unit=" + unit + "&plan=WORKING_INPATIENT&version=2016"))
                .header("Authorization", ADMIN).header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(Charset.forName("GBK")))).build();
    }

    private PlanVersionRecord currentVersion(String planCode) {
        return TestPlans.currentWorkingVersion(versions);
    }

    private void hierarchy(String unitCode) {
        LocalDate founded = LocalDate.of(1994, 1, 1);
        if (directory.unit("IT-SH").isEmpty()) {
            units.create("IT-SH", OrganisationKind.ASSOCIATION, null, "上海市职工保障互助会", founded, "it");
            units.create("IT-PD", OrganisationKind.DISTRICT_UNION, "IT-SH", "浦东新区总工会", founded, "it");
        }
        units.create(unitCode, OrganisationKind.UNIT, "IT-PD", "测试单位工会 " + unitCode, founded, "it");
    }

    /** Valid resident IDs of working-age people, distinct per seed. */
    private static List<String> residentIds(int seed, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310115%04d%02d%02d%03d", 1975 + (seed / 1000 + i) % 20, 1 + i % 12, 1 + (seed / 100 + i) % 28,
                    (seed + i) % 1000);
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }

    private static ByteArrayInputStream gbk(CharSequence csv) {
        return new ByteArrayInputStream(csv.toString().getBytes(Charset.forName("GBK")));
    }
}
