package org.huzhu.web.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.huzhu.platform.api.DomainValues;
import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.reply.Problems;

/**
 * Every path and query parameter of the API is one line of plain text of reasonable length: no control character (a NUL
 * reached PostgreSQL and was a 500), no bidirectional control, at most {@value #MAX_LENGTH} characters. Anything else is a
 * 400 problem naming the parameter, before any operation sees it.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterGuard implements ContainerRequestFilter {

    static final int MAX_LENGTH = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String refused = refused(uri.getPathParameters(true));
        if (refused == null) {
            refused = refused(uri.getQueryParameters(true));
        }
        if (refused != null) {
            request.abortWith(Problems.platform(400, "problem.parameter", locale(request), refused, MAX_LENGTH));
        }
    }

    /** The name of the first parameter whose value is not one plain line of at most {@link #MAX_LENGTH} characters, or null. */
    static String refused(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && (value.length() > MAX_LENGTH || !DomainValues.cleanLine(value))) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static Locale locale(ContainerRequestContext request) {
        try {
            return SupportedLocales.firstSupported(request.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return SupportedLocales.DEFAULT;
        }
    }
}
