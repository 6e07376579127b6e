package org.huzhu.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.web.reply.Problems;

/** Bean Validation failures: one entry per invalid field, each message in the reader's language. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = Problems.locale(headers);
        List<Problems.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problems.FieldError(field(violation.getPropertyPath()), message(violation, locale)))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return Problems.build(400, "problem.validation",
                Messages.get(PlatformMessages.BUNDLE, "problem.validation.title", locale),
                Messages.get(PlatformMessages.BUNDLE, "problem.validation", locale, errors.size()), errors, locale);
    }

    private static String field(Path path) {
        String last = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last == null ? path.toString() : last;
    }

    private static String message(ConstraintViolation<?> violation, Locale locale) {
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("unsupported " + type);
                }
            }, locale);
        } catch (RuntimeException interpolationFailed) {
            return violation.getMessage();
        }
    }
}
