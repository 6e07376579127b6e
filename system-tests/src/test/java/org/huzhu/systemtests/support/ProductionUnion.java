package org.huzhu.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huzhu.members.api.ResidentId;

/**
 * A union in production, set up through the API alone on the runnable jar's empty database: the bootstrap administrator
 * builds the association, the Pudong district union and its unit PD-0001, opens a working-inpatient plan year starting
 * on the first of last month, and creates an officer of the district and two supervisors of the association (each
 * activates their account); the officer uploads the unit's list of members, a supervisor confirms it the day before the
 * year starts, and the officer records the unit's payment. Every member's cover is then in force.
 */
public final class ProductionUnion {

    public static final String ADMIN = "root-admin";
    public static final String ADMIN_PASSWORD = "bootstrap-secret-2026";
    public static final String OFFICER = "pd.officer";
    public static final String SUPERVISOR = "sh.supervisor";
    public static final String SUPERVISOR2 = "sh.supervisor2";
    public static final String UNIT = "PD-0001";
    public static final String PLAN = "WORKING_INPATIENT";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;
    private final LocalDate yearStart;
    private final List<String> members;

    private ProductionUnion(ApiClient api, LocalDate yearStart, List<String> members) {
        this.api = api;
        this.yearStart = yearStart;
        this.members = members;
    }

    /** Production mode on {@code database} with this union's bootstrap administrator. */
    public static Map<String, String> environment(String database) {
        Map<String, String> env = RunnableJar.productionEnvironment(database);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return env;
    }

    /** Remembers every person's password in {@code api} (for a server started on a copy of the database). */
    public static void passwords(ApiClient api) {
        api.password(ADMIN, ADMIN_PASSWORD);
        for (String user : List.of(OFFICER, SUPERVISOR, SUPERVISOR2)) {
            api.password(user, password(user));
        }
    }

    /** Sets the union up with {@code memberCount} members (at most 500), through the API of the server {@code api} calls. */
    public static ProductionUnion setUp(ApiClient api, int memberCount) throws Exception {
        passwords(api);
        LocalDate yearStart = YearMonth.now(SHANGHAI).minusMonths(1).atDay(1);
        unit(api, "SH", "ASSOCIATION", null, "上海市职工保障互助会");
        unit(api, "PD", "DISTRICT_UNION", "SH", "浦东新区总工会");
        unit(api, UNIT, "UNIT", "PD", "上海浦东机械厂工会");
        staff(api, OFFICER, "张伟", "OFFICER", "PD");
        staff(api, SUPERVISOR, "王芳", "SUPERVISOR", "SH");
        staff(api, SUPERVISOR2, "李娜", "SUPERVISOR", "SH");
        String version = "Y" + yearStart.toString().substring(0, 7).replace("-", "");
        api.call("POST", "/api/v1/plans/" + PLAN + "/versions/2016/copy", ADMIN,
                "{\"versionCode\":\"" + version + "\",\"periodStart\":\"" + yearStart + "\"}", 201);

        List<String> ids = residentIds(memberCount);
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数,银行卡号\n");
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(",会员").append(i + 1).append(",在职,是,1,6222020000").append(String.format("%07d", i + 1)).append('\n');
        }
        String upload = api.call("POST", "/api/v1/enrolment-lists/upload?unit=" + UNIT + "&plan=" + PLAN + "&version=" + version
                + "&joinedOn=" + yearStart.minusYears(1), OFFICER, "text/csv", csv.toString(), 201);
        String listId = ApiClient.first(upload, "\"list\":\\{[^{}]*?\"id\":(\\d+)");
        api.call("POST", "/api/v1/enrolment-lists/" + listId + "/confirm", SUPERVISOR, "{\"confirmedOn\":\"" + yearStart.minusDays(1) + "\"}", 200);
        String bills = api.call("GET", "/api/v1/bills?unit=" + UNIT, OFFICER, null, 200);
        BigDecimal total = new BigDecimal(ApiClient.field(bills, "total"));
        assertEquals(0, total.compareTo(BigDecimal.valueOf(65L * memberCount)), bills);
        api.call("POST", "/api/v1/payments", OFFICER, "{\"unitCode\":\"" + UNIT + "\",\"receivedOn\":\"" + yearStart.plusDays(3) + "\",\"amount\":"
                + total + ",\"payer\":\"UNIT\",\"bankReference\":\"ICBC-" + listId + "\"}", 201);
        return new ProductionUnion(api, yearStart, ids);
    }

    public List<String> members() {
        return members;
    }

    public LocalDate yearStart() {
        return yearStart;
    }

    /**
     * Files, as the officer, an inpatient stay of five days in the second week of the plan year: 20,000 yuan of which the
     * basic insurance paid 14,000, 5,000 in-scope and 1,000 out-of-scope self-pay; returns the claim's id.
     */
    public String fileStay(String residentId, String invoice) throws Exception {
        LocalDate admitted = yearStart.plusDays(7);
        String claim = api.call("POST", "/api/v1/claims", OFFICER, "{\"residentId\":\"" + residentId + "\",\"planCode\":\"" + PLAN + "\","
                + "\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\"" + admitted.plusDays(4) + "\",\"daysInHospital\":5,"
                + "\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\",\"totalCost\":\"20000.00\","
                + "\"basicInsurancePaid\":\"14000.00\",\"inScopeSelfPay\":\"5000.00\",\"outOfScopeSelfPay\":\"1000.00\","
                + "\"invoiceNumbers\":[\"" + invoice + "\"]}", 201);
        return ApiClient.field(claim, "id");
    }

    /** The password each person chose at activation: twelve characters or more, letters and digits, without the user name. */
    static String password(String user) {
        return "own-secret-" + Math.abs(user.hashCode() % 10_000) + "-2026";
    }

    private static void unit(ApiClient api, String code, String kind, String parent, String name) throws Exception {
        api.call("POST", "/api/v1/units", ADMIN, "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"parentCode\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"" + name + "\",\"validFrom\":\"2000-01-01\"}", 201);
    }

    private static void staff(ApiClient api, String username, String displayName, String role, String organisation) throws Exception {
        String created = api.call("POST", "/api/v1/accounts", ADMIN, "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
                + "\",\"roles\":[\"" + role + "\"],\"organisation\":\"" + organisation + "\"}", 201);
        String code = ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + username + "\",\"code\":\"" + code + "\",\"newPassword\":\""
                + password(username) + "\"}", 204);
        assertTrue(api.call("GET", "/api/v1/accounts/me", username, null, 200).contains(role));
    }

    /** Valid resident IDs of men born in the 1980s in Pudong, distinct for up to 500. */
    private static List<String> residentIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310115%04d%02d%02d%03d", 1980 + i % 10, 1 + i % 12, 1 + i % 28, 101 + 2 * (i / 120));
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }
}
