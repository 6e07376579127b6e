package org.huzhu.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.reply.Problems;

/**
 * Enforces {@code @RolesAllowed} and {@code @DenyAll} on every resource method (method annotations win over
 * class annotations). Unauthenticated callers get 401 with a Basic challenge, the wrong role 403, both as
 * localised problem details. The methods that need no login are registered as {@link PublicOperations}.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            PublicOperations.register(resourceInfo.getResourceClass(), method);
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(List.of()));
            return;
        }
        List<String> roles = rolesAllowed(resourceInfo.getResourceClass(), method);
        if (roles != null) {
            context.register(new RoleFilter(roles));
        } else {
            PublicOperations.register(resourceInfo.getResourceClass(), method);
        }
    }

    /** The roles {@code @RolesAllowed} names for a resource method (the method's annotation wins), or null if none does. */
    public static List<String> rolesAllowed(Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(PermitAll.class) && !resource.isAnnotationPresent(PermitAll.class)) {
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        return roles == null ? null : Arrays.asList(roles.value());
    }

    /** 403 for a caller without any of the roles: the problem names the roles that may, when there are some. */
    public static jakarta.ws.rs.core.Response forbidden(List<String> roles, Locale locale) {
        return roles == null || roles.isEmpty() ? Problems.platform(403, "problem.forbidden", locale)
                : Problems.platform(403, "problem.forbidden.roles", locale, org.huzhu.platform.api.Roles.named(roles));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {

        private final List<String> roles;

        RoleFilter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            Locale locale = locale(request);
            if (security.getUserPrincipal() == null) {
                request.abortWith(Problems.unauthorized(request.getHeaderString(HttpHeaders.AUTHORIZATION) != null,
                        request.getProperty(HuzhuAuthentication.THROTTLED), locale));
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(forbidden(roles, locale));
            }
        }

        private static Locale locale(ContainerRequestContext request) {
            try {
                return SupportedLocales.firstSupported(request.getAcceptableLanguages());
            } catch (RuntimeException unreadable) {
                return SupportedLocales.DEFAULT;
            }
        }
    }
}
