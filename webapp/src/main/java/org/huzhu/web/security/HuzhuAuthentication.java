package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors. The REST API authenticates every request with HTTP Basic and keeps no
 * session (see {@link StatelessApi}); the web pages log in through the login form (which calls {@code SecurityContext.authenticate}),
 * keep the caller in the HTTP session, and send anyone who opens a protected page without a session to the
 * login page. Repeated failures for one user name are throttled; a Basic credential verified within the last
 * minute is not derived again ({@link VerifiedCredentials}).
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class HuzhuAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute set when the user name is locked: the minutes left (for the API's problem). */
    public static final String THROTTLED = "huzhu.login.throttled";

    /** Request attribute set when the user name is locked: the {@link java.time.Instant} the lock ends (for the login page). */
    public static final String LOCKED_UNTIL = "huzhu.login.lockedUntil";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return validate(form, request, context, true);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decode(header.substring(6).strip());
            if (basic != null) {
                return validate(basic, request, context, false);
            }
        }
        return context.doNothing();
    }

    private AuthenticationStatus validate(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context,
                                          boolean fromForm) {
        String user = credential.getCaller();
        if (throttle.isLocked(user)) {
            locked(request, user);
            return fromForm ? formFailure() : context.doNothing();
        }
        CredentialValidationResult result = fromForm ? null : verified.find(user, credential.getPasswordAsString());
        if (result != null) {
            return context.notifyContainerAboutLogin(result);
        }
        result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user);
            if (!fromForm) {
                verified.remember(user, credential.getPasswordAsString(), result);
            }
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(user);
        if (throttle.isLocked(user)) {
            locked(request, user);
        }
        return fromForm ? formFailure() : context.doNothing();
    }

    private void locked(HttpServletRequest request, String user) {
        request.setAttribute(THROTTLED, throttle.minutesLeft(user));
        request.setAttribute(LOCKED_UNTIL, throttle.lockedUntil(user));
    }

    /**
     * A failed form login is the login page's to tell (wrong name or password, or locked until when): no 401 is sent,
     * which would replace the page with the container's "login required" and leave the session's next page blank.
     */
    private static AuthenticationStatus formFailure() {
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
