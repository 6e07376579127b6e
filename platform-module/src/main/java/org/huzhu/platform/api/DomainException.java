package org.huzhu.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A broken business rule or bad input, told to the user in their language.
 *
 * <p>The exception carries a message code (a key in its module's bundle) and arguments, never a rendered
 * sentence: the web layer renders it per request with {@link Messages}. Each code also has a
 * {@code <code>.title} entry used as the problem title.</p>
 */
public class DomainException extends RuntimeException {

    private final String bundle;
    private final String code;
    private final Kind kind;
    private final transient List<Object> arguments;

    public DomainException(String bundle, String code, Kind kind, Object... arguments) {
        super(code + " " + Arrays.toString(arguments));
        this.bundle = bundle;
        this.code = code;
        this.kind = kind;
        this.arguments = List.of(arguments);
    }

    public String bundle() {
        return bundle;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public String title(Locale locale) {
        return Messages.get(bundle, code + ".title", locale);
    }

    public String detail(Locale locale) {
        return Messages.get(bundle, code, locale, arguments.toArray());
    }

    /** What kind of failure this is; the web layer maps it to an HTTP status. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), FORBIDDEN(403), UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
