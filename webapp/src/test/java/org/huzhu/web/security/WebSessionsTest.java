package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountChanged;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    private final WebSessions sessions = new WebSessions();

    /** A session that keeps its attributes, nothing else. */
    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(WebSessionsTest.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void aPasswordChangedElsewhereEndsEverySessionOpenedBefore() {
        HttpSession office = session();
        HttpSession home = session();
        sessions.loggedIn(office);
        sessions.loggedIn(home);
        assertFalse(sessions.isEnded(office, "officer"));
        sessions.changed(new AccountChanged("Officer", AccountAction.PASSWORD_RESET));
        assertTrue(sessions.isEnded(office, "officer"));
        assertTrue(sessions.isEnded(home, "officer"));
        HttpSession again = session();
        sessions.loggedIn(again);
        assertFalse(sessions.isEnded(again, "officer"), "logging in again with the new password");
    }

    @Test
    void theSessionWhereThePasswordWasChangedGoesOnTheOthersEnd() {
        HttpSession here = session();
        HttpSession stolen = session();
        sessions.loggedIn(here);
        sessions.loggedIn(stolen);
        sessions.changed(new AccountChanged("officer", AccountAction.PASSWORD_CHANGED));
        sessions.keep(here);
        assertFalse(sessions.isEnded(here, "officer"));
        assertTrue(sessions.isEnded(stolen, "officer"));
    }

    @Test
    void disablingOrNewRolesEndSessionsANewDisplayNameOrOrganisationDoesNot() {
        HttpSession session = session();
        sessions.loggedIn(session);
        sessions.changed(new AccountChanged("agent", AccountAction.ORGANISATION_CHANGED));
        sessions.changed(new AccountChanged("agent", AccountAction.UNLOCKED));
        assertFalse(sessions.isEnded(session, "agent"));
        sessions.changed(new AccountChanged("agent", AccountAction.ROLES_CHANGED));
        assertTrue(sessions.isEnded(session, "agent"));
        HttpSession other = session();
        sessions.loggedIn(other);
        sessions.changed(new AccountChanged("agent", AccountAction.DISABLED));
        assertTrue(sessions.isEnded(other, "agent"));
        assertFalse(sessions.isEnded(other, "someone-else"));
    }
}
