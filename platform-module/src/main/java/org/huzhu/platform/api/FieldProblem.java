package org.huzhu.platform.api;

import java.util.List;
import java.util.Locale;

/** One bad value in a form or a file row: which field, and why (a message code with arguments). */
public record FieldProblem(String field, String bundle, String code, List<Object> arguments) {

    public static FieldProblem of(String field, String bundle, String code, Object... arguments) {
        return new FieldProblem(field, bundle, code, List.of(arguments));
    }

    public static FieldProblem of(String field, DomainException exception) {
        return new FieldProblem(field, exception.bundle(), exception.code(), exception.arguments());
    }

    public String message(Locale locale) {
        return Messages.get(bundle, code, locale, arguments.toArray());
    }
}
