package org.huzhu.systemtests.support;

import java.time.LocalDate;

import org.huzhu.members.api.ResidentId;

/**
 * Through the API from the bootstrap administrator: the organisation (SH, PD, PD-0001), three staff (sh.supervisor,
 * sh.officer, pd.agent, each activated with {@code passwordPrefix + role + "-2026"}), a unit's list of {@code members}
 * confirmed the day before the plan year and paid in full, for the tests that earn a month.
 */
public final class PaidUnit {

    private PaidUnit() {
    }

    public static void create(ApiClient api, String admin, LocalDate yearStart, int members, String passwordPrefix) throws Exception {
        unit(api, admin, "SH", "ASSOCIATION", null);
        unit(api, admin, "PD", "DISTRICT_UNION", "SH");
        unit(api, admin, "PD-0001", "UNIT", "PD");
        staff(api, admin, "sh.supervisor", "SUPERVISOR", "SH", passwordPrefix);
        staff(api, admin, "sh.officer", "OFFICER", "SH", passwordPrefix);
        staff(api, admin, "pd.agent", "UNIT_AGENT", "PD-0001", passwordPrefix);
        String version = "C" + yearStart.toString().substring(0, 7).replace("-", "");
        api.call("POST", "/api/v1/plans/WORKING_INPATIENT/versions/2016/copy", admin,
                "{\"versionCode\":\"" + version + "\",\"periodStart\":\"" + yearStart + "\"}", 201);
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数\n");
        for (int i = 0; i < members; i++) {
            String first17 = String.format("310115%04d%02d%02d%03d", 1970 + i, 1 + i % 12, 10 + i % 18, 101 + 2 * i);
            csv.append(first17).append(ResidentId.checkCharacter(first17)).append(",职工").append(i + 1).append(",在职,是,1\n");
        }
        String upload = api.call("POST", "/api/v1/enrolment-lists/upload?unit=PD-0001&plan=WORKING_INPATIENT&version=" + version
                + "&joinedOn=" + yearStart.minusYears(1), "pd.agent", "text/csv", csv.toString(), 201);
        String listId = ApiClient.first(upload, "\"list\":\\{[^{}]*?\"id\":(\\d+)");
        api.call("POST", "/api/v1/enrolment-lists/" + listId + "/confirm", "sh.supervisor", "{\"confirmedOn\":\"" + yearStart.minusDays(1) + "\"}", 200);
        String bills = api.call("GET", "/api/v1/bills?unit=PD-0001", "sh.officer", null, 200);
        api.call("POST", "/api/v1/payments", "sh.officer", "{\"unitCode\":\"PD-0001\",\"receivedOn\":\"" + yearStart.plusDays(3) + "\",\"amount\":"
                + ApiClient.field(bills, "total") + ",\"payer\":\"UNIT\",\"bankReference\":\"CRASH-0001\"}", 201);
    }

    private static void unit(ApiClient api, String admin, String code, String kind, String parent) throws Exception {
        api.call("POST", "/api/v1/units", admin, "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"parentCode\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"" + code + " 工会\",\"validFrom\":\"2000-01-01\"}", 201);
    }

    private static void staff(ApiClient api, String admin, String username, String role, String organisation, String passwordPrefix) throws Exception {
        String created = api.call("POST", "/api/v1/accounts", admin, "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"roles\":[\"" + role + "\"],\"organisation\":\"" + organisation + "\"}", 201);
        String code = ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
        String password = passwordPrefix + role.toLowerCase() + "-2026";
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + username + "\",\"code\":\"" + code + "\",\"newPassword\":\""
                + password + "\"}", 204);
        api.password(username, password);
    }
}
