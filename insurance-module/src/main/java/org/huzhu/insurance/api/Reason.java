package org.huzhu.insurance.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Messages;

/** A message code of the insurance bundle with its arguments: why a rule set or a request is refused. */
public record Reason(String code, List<Object> arguments) {

    public Reason {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? (Object) "" : argument).toList());
    }

    public static Reason of(String code, Object... arguments) {
        return new Reason(code, Arrays.asList(arguments));
    }

    public String text(Locale locale) {
        return Messages.get(InsuranceMessages.BUNDLE, code, locale, arguments.toArray());
    }

    public DomainException exception(DomainException.Kind kind) {
        return new DomainException(InsuranceMessages.BUNDLE, code, kind, arguments.toArray());
    }

    @Override
    public String toString() {
        return code + arguments;
    }
}
