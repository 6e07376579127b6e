package org.huzhu.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.web.reply.Problems;

/** A broken business rule or bad value, told in the reader's language. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException exception) {
        return toProblem(exception, Problems.locale(headers));
    }

    static Response toProblem(DomainException exception, Locale locale) {
        List<Problems.FieldError> errors = exception instanceof InvalidInputException invalid
                ? invalid.problems().stream().map(p -> new Problems.FieldError(p.field(), p.message(locale))).toList()
                : List.of();
        return Problems.build(exception.kind().status(), exception.code(), exception.title(locale),
                exception.detail(locale), errors, locale);
    }
}
