package org.huzhu.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.reply.Problems;

/**
 * Every request of a logged-in user passes here. A disabled account gets no further (its page session ends; the API
 * answers 401). A page session opened before the account's password was changed or reset elsewhere, or its roles
 * changed, ends ({@link WebSessions}). An account whose password must be changed first (an initial password given by an administrator) may
 * only read {@code GET /api/v1/accounts/me} and change it ({@code PUT /api/v1/accounts/me/password}); every other API
 * call answers 403 problem+json, and every page but the change-password page sends it there.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccountGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/password.xhtml";
    private static final List<String> OPEN_PAGES = List.of(PASSWORD_PAGE, "/login.xhtml", "/activate.xhtml");

    @Inject
    transient AccountStates states;

    @Inject
    transient WebSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        AccountStates.State state = states.of(caller.getName());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (!state.enabled()) {
            refuseDisabled(request, response, api);
            return;
        }
        HttpSession current = request.getSession(false);
        if (!api && current != null && sessions.isEnded(current, caller.getName())) {
            // the password was changed or reset, or the roles changed, since this session logged in: log in again
            current.invalidate();
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        if (state.mustChangePassword() && !mayPassBeforeChange(request.getMethod(), path, api)) {
            if (api) {
                // the API keeps no session: one its authentication opened ends here too (StatelessApi may not have run)
                HttpSession session = request.getSession(false);
                if (session != null && session.isNew()) {
                    session.invalidate();
                }
                problem(response, 403, "account.password.mustChange", locale(request), caller.getName());
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** What an account with a pending password change may still do: read itself, change the password, load page resources. */
    static boolean mayPassBeforeChange(String method, String path, boolean api) {
        if (api) {
            return "GET".equals(method) && path.equals("/api/v1/accounts/me")
                    || "PUT".equals(method) && path.equals("/api/v1/accounts/me/password");
        }
        return OPEN_PAGES.contains(path) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/health/") || path.equals("/problem-error");
    }

    private static void refuseDisabled(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            problem(response, 401, "account.disabled", locale(request), request.getUserPrincipal().getName());
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        }
    }

    private static void problem(HttpServletResponse response, int status, String code, Locale locale, Object... arguments) throws IOException {
        byte[] body = Problems.json(status, code, Messages.get(PlatformMessages.BUNDLE, code + ".title", locale),
                Messages.get(PlatformMessages.BUNDLE, code, locale, arguments), List.of()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SupportedLocales.DEFAULT;
        }
        return SupportedLocales.firstSupported(Collections.list(request.getLocales()));
    }
}
