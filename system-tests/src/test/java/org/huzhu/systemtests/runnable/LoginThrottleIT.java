package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.FromAddress;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * The login throttle over HTTP, on the runnable jar in production mode with its one administrator: strangers at their
 * own addresses (127.0.0.x) guess passwords; the administrator, at another address, keeps working.
 */
class LoginThrottleIT {

    private static final String DATABASE = System.getProperty("huzhu.it.throttle.db", "huzhu_hard_login");
    private static final int PORT = Integer.getInteger("huzhu.it.throttle.port", 19382);
    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "bootstrap-secret-2026";
    private static final String ADMINS_DESK = "127.0.0.6";

    @Test
    void strangersAreStoppedBeforeTheAdministratorIsLockedOut() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "login-throttle-" + System.currentTimeMillis());
        try (RunnableJar application = RunnableJar.start(folder, PORT, env)) {
            application.awaitReady(Duration.ofSeconds(180));
            try {
                scenario();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
        }
    }

    private void scenario() throws Exception {
        // 1. wrong credentials sent to public operations are neither checked nor counted
        for (int i = 0; i < 20; i++) {
            assertEquals(200, get("127.0.0.2", "/api/v1/plans", ADMIN, "wrong-" + i).status());
        }
        assertEquals(401, get("127.0.0.2", "/api/v1/units", ADMIN, "wrong").status(), "the address was not locked by them");
        assertEquals(200, get(ADMINS_DESK, "/api/v1/units", ADMIN, ADMIN_PASSWORD).status(), "nor the name");

        // 2. fifty user names, one try each, from one address: ten are checked (each request counted once), then 429
        int checked = 0;
        int refused = 0;
        FromAddress.Answer last = null;
        for (int i = 0; i < 50; i++) {
            last = get("127.0.0.4", "/api/v1/units", "user" + i, "password-" + i);
            checked += last.status() == 401 ? 1 : 0;
            refused += last.status() == 429 ? 1 : 0;
        }
        assertEquals(10, checked);
        assertEquals(40, refused);
        assertTrue(last.body().contains("\"code\":\"problem.throttled\""), last.body());
        long retryAfter = Long.parseLong(last.headers().get("retry-after"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "a minute at first: " + retryAfter);

        // 3. a stranger guessing the administrator's password is stopped; the administrator is not
        for (int i = 0; i < 20; i++) {
            int status = get("127.0.0.5", "/api/v1/units", ADMIN, "guess-" + i).status();
            assertEquals(i < 10 ? 401 : 429, status, "attempt " + (i + 1));
        }
        assertEquals(200, get(ADMINS_DESK, "/api/v1/units", ADMIN, ADMIN_PASSWORD).status(), "the administrator works on");

        // 4. failures from twenty addresses lock the name briefly; a second administrator unlocks it at once
        ApiClient api = new ApiClient(PORT);
        api.password(ADMIN, ADMIN_PASSWORD);
        String created = api.call("POST", "/api/v1/accounts", ADMIN, "{\"username\":\"second-admin\",\"displayName\":\"第二管理员\","
                + "\"roles\":[\"ADMIN\"]}", 201);
        String code = ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"second-admin\",\"code\":\"" + code
                + "\",\"newPassword\":\"another-long-secret-77\"}", 204);
        api.password("second-admin", "another-long-secret-77");
        for (int i = 0; i < 20; i++) {
            assertEquals(401, get("127.0.0." + (20 + i), "/api/v1/units", ADMIN, "spread-" + i).status());
        }
        FromAddress.Answer locked = get(ADMINS_DESK, "/api/v1/units", ADMIN, ADMIN_PASSWORD);
        assertEquals(429, locked.status(), "the name waits, even with the right password");
        assertTrue(Long.parseLong(locked.headers().get("retry-after")) <= 15, locked.headers().toString());
        api.call("POST", "/api/v1/accounts/" + ADMIN + "/unlock", ADMIN, null, 429);
        api.call("POST", "/api/v1/accounts/" + ADMIN + "/unlock", "second-admin", null, 200);
        assertEquals(200, get(ADMINS_DESK, "/api/v1/units", ADMIN, ADMIN_PASSWORD).status(), "unlocked at once");
        assertTrue(api.call("GET", "/api/v1/accounts/" + ADMIN + "/changes", "second-admin", null, 200).contains("\"action\":\"UNLOCKED\""));
        System.out.printf("login throttle: 50 names from one address → %d checked, %d refused (Retry-After %d s); 20 guesses at the "
                + "administrator → 10 checked, the administrator unaffected; 20 addresses → name locked %s s, unlocked by another administrator%n",
                checked, refused, retryAfter, locked.headers().get("retry-after"));
    }

    private static FromAddress.Answer get(String from, String path, String user, String password) throws Exception {
        return FromAddress.send(from, PORT, "GET", path, Map.of("Authorization", RunnableJar.basic(user, password)), null);
    }
}
