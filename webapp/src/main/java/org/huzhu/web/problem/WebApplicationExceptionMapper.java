package org.huzhu.web.problem;

import org.huzhu.web.limits.PayloadTooLargeException;
import org.huzhu.web.reply.Problems;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** HTTP-level failures raised by the JAX-RS runtime (unknown path, wrong method, unreadable body, …). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    jakarta.servlet.http.HttpServletRequest servletRequest;

    @Context
    jakarta.ws.rs.container.ResourceInfo resourceInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Locale locale = Problems.locale(headers);
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(exception);
        if (tooLarge != null) {
            return Problems.tooLarge(tooLarge.maxBytes(), locale);
        }
        if (status == 400 && isUnreadableBody(exception)) {
            org.huzhu.platform.api.DomainException refused = domainCause(exception);
            if (refused != null) {
                return DomainExceptionMapper.toProblem(refused, locale);
            }
            return Problems.platform(400, "problem.malformedJson", locale);
        }
        Response problem = switch (status) {
            case 400 -> Problems.platform(400, "problem.badRequest", locale, exception.getMessage());
            case 401 -> Problems.unauthorized(servletRequest.getHeader(HttpHeaders.AUTHORIZATION) != null,
                    servletRequest.getAttribute(org.huzhu.web.security.HuzhuAuthentication.THROTTLED), locale);
            // a role check of the runtime's own (as ours in RoleCheckFeature) names the roles that may
            case 403 -> org.huzhu.web.security.RoleCheckFeature.forbidden(resourceInfo == null ? null
                    : org.huzhu.web.security.RoleCheckFeature.rolesAllowed(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod()), locale);
            case 404 -> Problems.platform(404, "problem.notFound", locale);
            case 405 -> Problems.platform(405, "problem.methodNotAllowed", locale);
            case 406 -> Problems.platform(406, "problem.notAcceptable", locale);
            case 415 -> Problems.platform(415, "problem.unsupportedMediaType", locale);
            default -> status >= 500 ? FallbackExceptionMapper.internal(exception, locale)
                    : Problems.platform(status, "problem.http", locale, status);
        };
        return problem;
    }

    /** The rule a value of the body broke (a date, text or amount outside {@code DomainValues}), when one did. */
    static org.huzhu.platform.api.DomainException domainCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.huzhu.platform.api.DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    static boolean isUnreadableBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
