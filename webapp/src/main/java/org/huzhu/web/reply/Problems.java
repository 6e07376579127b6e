package org.huzhu.web.reply;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.Messages;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.SupportedLocales;

/** Builds RFC 9457 problem details responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:huzhu:problem:";

    private Problems() {
    }

    /** One invalid field of a request, with a message in the reader's language. */
    public record FieldError(String field, String message) {
    }

    public static Locale locale(HttpHeaders headers) {
        try {
            return headers == null ? SupportedLocales.DEFAULT : SupportedLocales.firstSupported(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadableHeader) {
            return SupportedLocales.DEFAULT;
        }
    }

    /** The reader's language for a request outside JAX-RS (filters): its {@code Accept-Language}, zh-CN without one. */
    public static Locale locale(jakarta.servlet.http.HttpServletRequest request) {
        try {
            String header = request.getHeader("Accept-Language");
            return header == null || header.isBlank() ? SupportedLocales.DEFAULT
                    : SupportedLocales.firstSupported(java.util.Collections.list(request.getLocales()));
        } catch (RuntimeException unreadableHeader) {
            return SupportedLocales.DEFAULT;
        }
    }

    /**
     * 413 for a request body over {@code huzhu.upload.max-bytes}, found while it was read: the connection closes after
     * the answer, for the rest of the body is never read.
     */
    public static Response tooLarge(long maxBytes, Locale locale) {
        return Response.fromResponse(platform(413, "problem.tooLarge", locale, String.valueOf(maxBytes))).header("Connection", "close").build();
    }

    /** A problem whose title and detail come from the platform bundle. */
    public static Response platform(int status, String code, Locale locale, Object... arguments) {
        return build(status, code, Messages.get(PlatformMessages.BUNDLE, code + ".title", locale),
                Messages.get(PlatformMessages.BUNDLE, code, locale, arguments), List.of(), locale);
    }

    /** 401 for a caller without valid credentials: none given, wrong ones, or too many wrong ones lately (429). */
    public static Response unauthorized(boolean credentialsGiven, Object throttledSeconds, Locale locale) {
        if (throttledSeconds != null) {
            return Response.fromResponse(platform(429, "problem.throttled", locale, throttledSeconds))
                    .header(HttpHeaders.RETRY_AFTER, throttledSeconds).build();
        }
        return Response.fromResponse(platform(401, credentialsGiven ? "problem.badCredentials" : "problem.unauthorized", locale))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"huzhu\"").build();
    }

    public static Response build(int status, String code, String title, String detail, List<FieldError> errors, Locale locale) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(json(status, code, title, detail, errors))
                .build();
    }

    public static String json(int status, String code, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder().add("field", error.field()).add("message", error.message())));
            body.add("errors", list);
        }
        return body.build().toString();
    }
}
