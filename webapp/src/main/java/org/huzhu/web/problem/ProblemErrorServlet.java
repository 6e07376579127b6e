package org.huzhu.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.reply.Problems;

/**
 * The container's error page: failures outside JAX-RS (rejected credentials, unknown paths, uncaught
 * faults) answer with localised problem+json as well, never an HTML page or a stack trace.
 */
@WebServlet("/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

    @jakarta.inject.Inject
    org.huzhu.web.ui.Language language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : 500;
        Locale locale = SupportedLocales.firstSupported(Collections.list(request.getLocales()));
        if (request.getHeader("Accept-Language") == null) {
            locale = SupportedLocales.DEFAULT;
        }
        String code = switch (status) {
            case 400 -> "problem.badRequest";
            case 401 -> request.getHeader("Authorization") == null ? "problem.unauthorized" : "problem.badCredentials";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            default -> status >= 500 ? "problem.internal" : "problem.http";
        };
        Object argument = status;
        if (status >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, failure);
            argument = reference;
        } else if (status == 400) {
            argument = "";
        }
        String title = Messages.get(PlatformMessages.BUNDLE, code + ".title", locale);
        String detail = Messages.get(PlatformMessages.BUNDLE, code, locale, argument);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = request.getHeader("Accept");
        if (!path.startsWith(request.getContextPath() + "/api/") && accept != null && accept.contains("text/html")) {
            // pages speak the language the user chose in this session (Chinese until they switch)
            locale = language.getLocale();
            title = Messages.get(PlatformMessages.BUNDLE, code + ".title", locale);
            detail = Messages.get(PlatformMessages.BUNDLE, code, locale, argument);
            response.setStatus(status);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(ErrorPage.html(locale, title, detail, request.getContextPath()));
            return;
        }
        String body = Problems.json(status, code, title, detail, List.of());
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.getWriter().write(body);
    }
}
