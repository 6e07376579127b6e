package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both doors. The REST API authenticates every request with HTTP Basic, and with nothing else: it
 * never reads the page session (a page's cookie sent along by a cross-site form authenticates nothing) and opens none
 * (see {@link StatelessApi}). The web pages log in through the login form (which calls
 * {@code SecurityContext.authenticate}), keep the caller in the HTTP session ({@link SessionCaller}, restored here for
 * page requests only), and send anyone who opens a protected page without a session to the login page. Failures are throttled by user name and client address ({@link LoginThrottle}), each request counted
 * once; Basic credentials are read on the API only, and not on its public operations ({@link PublicOperations}). A
 * Basic credential verified within the last minute is not derived again ({@link VerifiedCredentials}).
 */
@ApplicationScoped
public class HuzhuAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: the seconds a throttled login must wait (see {@link LoginThrottle}), for the API's problem. */
    public static final String THROTTLED = "huzhu.login.throttled";
    /** Request attribute: how this request's credentials were judged, so that a second pass neither checks nor counts them again. */
    private static final String OUTCOME = "huzhu.login.outcome";
    private static final String REFUSED = "refused";
    static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * Request attribute set when the name or the address is locked, by this failure or before it: the
     * {@link java.time.Instant} the lock ends ({@link LoginThrottle#lockedUntil}), for the login page.
     */
    public static final String LOCKED_UNTIL = "huzhu.login.lockedUntil";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    WebSessions sessions;

    @Inject
    LoginAudit logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return validate(form, request, context, true);
        }
        boolean api = isApi(request);
        if (!api) {
            // a page: the caller the login form put in the session, if any
            HttpSession session = request.getSession(false);
            Object caller = session == null ? null : session.getAttribute(SessionCaller.ATTRIBUTE);
            if (caller instanceof SessionCaller known) {
                return context.notifyContainerAboutLogin(known.name(), known.groups());
            }
            // a protected page without a login: to the login page (which sends everyone to the home page once logged in)
            return context.isProtected() ? context.redirect(request.getContextPath() + LOGIN_PAGE) : context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)
                || PublicOperations.isPublic(request.getMethod(), path(request))) {
            // Basic is the API's; on a public operation the credentials are not checked (nor counted)
            return context.doNothing();
        }
        UsernamePasswordCredential basic = decode(header.substring(6).strip());
        return basic == null ? context.doNothing() : validate(basic, request, context, false);
    }

    private AuthenticationStatus validate(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context,
                                          boolean fromForm) {
        // one request counts once: a second pass over the same request (an error page, a forward) answers as the first
        Object earlier = request.getAttribute(OUTCOME);
        if (earlier instanceof CredentialValidationResult valid) {
            return context.notifyContainerAboutLogin(valid);
        }
        if (earlier != null) {
            return refuse(context, fromForm);
        }
        String user = credential.getCaller();
        String client = ClientAddress.of(request);
        long wait = throttle.secondsLeft(user, client);
        if (wait > 0) {
            request.setAttribute(THROTTLED, wait);
            request.setAttribute(LOCKED_UNTIL, throttle.lockedUntil(user, client));
            request.setAttribute(OUTCOME, REFUSED);
            return refuse(context, fromForm);
        }
        CredentialValidationResult result = fromForm ? null : verified.find(user, credential.getPasswordAsString());
        if (result == null) {
            result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(user, client);
                boolean locked = throttle.isLocked(user, client);
                if (locked) {
                    // this failure locked the name or the address: the login page tells until when
                    request.setAttribute(LOCKED_UNTIL, throttle.lockedUntil(user, client));
                }
                logins.failed(user, client, fromForm, locked);
                request.setAttribute(OUTCOME, REFUSED);
                return refuse(context, fromForm);
            }
            if (!fromForm) {
                verified.remember(user, credential.getPasswordAsString(), result);
            }
            logins.succeeded(result.getCallerPrincipal().getName(), client, fromForm);
        }
        throttle.succeeded(user);
        if (fromForm) {
            HttpSession session = request.getSession(true);
            session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            sessions.loggedIn(session);
        }
        request.setAttribute(OUTCOME, result);
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A refused login. A failed form login is the login page's to tell (wrong name or password, or locked until when):
     * no 401 is sent, which would replace the page with the container's "login required". The API answers 401 (or
     * 429 when throttled) through its own error handling.
     */
    private static AuthenticationStatus refuse(HttpMessageContext context, boolean fromForm) {
        return fromForm ? AuthenticationStatus.SEND_FAILURE : context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(PublicOperations.ROOT + "/");
    }

    /** The request's path below the context path, decoded. */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
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
