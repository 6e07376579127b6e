package org.huzhu.web.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The API operations anyone may call without logging in (no {@code @RolesAllowed}, or {@code @PermitAll}): the plan
 * catalogue, activation with a one-time code. Registered by {@link RoleCheckFeature} as JAX-RS reads the resources,
 * so the list is the annotations themselves. Credentials sent to them are neither checked nor counted by the login
 * throttle ({@link HuzhuAuthentication}): a wrong password sent with a public request locks no one out, and public
 * requests cannot be used to guess passwords. Before JAX-RS has read the resources nothing is public (credentials are
 * checked, the safe side).
 */
public final class PublicOperations {

    /** The API's root below the context path ({@code HuzhuApplication}'s {@code @ApplicationPath}). */
    static final String ROOT = "/api/v1";

    private record Operation(String method, Pattern path) {
    }

    private static final Set<Operation> OPERATIONS = ConcurrentHashMap.newKeySet();

    private PublicOperations() {
    }

    /** Records a resource method that needs no login. */
    static void register(Class<?> resource, Method method) {
        String httpMethod = httpMethod(method);
        if (httpMethod != null) {
            OPERATIONS.add(new Operation(httpMethod, Pattern.compile(regex(template(resource, method)))));
        }
    }

    /** Whether {@code method} on {@code path} (below the context path, decoded) is an operation that needs no login. */
    public static boolean isPublic(String method, String path) {
        String normal = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String asked = "HEAD".equals(method) ? "GET" : method;
        return OPERATIONS.stream().anyMatch(operation -> operation.method().equals(asked) && operation.path().matcher(normal).matches());
    }

    static String template(Class<?> resource, Method method) {
        StringBuilder path = new StringBuilder(ROOT);
        for (Path part : new Path[] {resource.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (part != null) {
                String value = part.value().strip();
                value = value.startsWith("/") ? value.substring(1) : value;
                value = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                if (!value.isEmpty()) {
                    path.append('/').append(value);
                }
            }
        }
        return path.toString();
    }

    /** A URI template as a regular expression: {@code {name}} one segment, {@code {name: regex}} its regex. */
    static String regex(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            regex.append(Pattern.quote(template.substring(i, open)));
            int depth = 0;
            int close = open;
            for (; close < template.length(); close++) {
                char c = template.charAt(close);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String variable = template.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).strip() + ")");
            i = close + 1;
        }
        return regex.toString();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** For tests: what is registered, as method and pattern. */
    static List<String> registered() {
        return OPERATIONS.stream().map(o -> o.method() + " " + o.path().pattern()).sorted().toList();
    }
}
