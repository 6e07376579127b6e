package org.huzhu.web.problem;

import org.huzhu.web.limits.PayloadTooLargeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.web.reply.Problems;

/**
 * Anything else. A domain error wrapped by a container exception is still told as itself; a row that stayed locked past
 * the lock timeout, or a deadlock lost, is a 409 "being processed, try again" (nothing was written); a real fault is
 * logged with a reference number and the client gets only that number, never a stack trace.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = Problems.locale(headers);
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(exception);
        if (tooLarge != null) {
            return Problems.tooLarge(tooLarge.maxBytes(), locale);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return DomainExceptionMapper.toProblem(domain, locale);
            }
            if (cause instanceof SQLException database && Jdbc.DataAccessException.busy(database)) {
                return Problems.platform(409, "problem.busy", locale);
            }
        }
        if (WebApplicationExceptionMapper.isUnreadableBody(exception)) {
            return Problems.platform(400, "problem.malformedJson", locale);
        }
        return internal(exception, locale);
    }

    static Response internal(Throwable exception, Locale locale) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, exception);
        return Problems.platform(500, "problem.internal", locale, reference);
    }
}
