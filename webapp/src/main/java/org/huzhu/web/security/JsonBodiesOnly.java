package org.huzhu.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

import org.huzhu.platform.api.SupportedLocales;
import org.huzhu.web.reply.Problems;

/**
 * A state-changing operation that names no body type of its own ({@code @Consumes} on neither the method nor its class:
 * {@code POST /ledger/months/{month}/close}, {@code POST /premium/earning-runs/{month}/stop}, …) takes no body or JSON,
 * and answers 415 to anything else. A cross-site form can send only {@code text/plain}, form encodings or multipart;
 * each of those is now refused by every operation, since the operations that name their types (JSON, CSV, XLSX, PDF,
 * images) name none of them, and JAX-RS refuses a type an operation does not name.
 */
@Provider
public class JsonBodiesOnly implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        boolean changesState = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class);
        boolean namesItsTypes = method.isAnnotationPresent(Consumes.class) || resourceInfo.getResourceClass().isAnnotationPresent(Consumes.class);
        if (changesState && !namesItsTypes) {
            context.register(new Filter());
        }
    }

    /** Runs before the role check: a forged request is refused for what it is, whoever it claims to be. */
    @Priority(Priorities.AUTHENTICATION)
    static final class Filter implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            MediaType type = request.getMediaType();
            if (type != null && !(type.getType().equalsIgnoreCase("application") && type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json"))) {
                java.util.Locale locale;
                try {
                    locale = SupportedLocales.firstSupported(request.getAcceptableLanguages());
                } catch (RuntimeException unreadable) {
                    locale = SupportedLocales.DEFAULT;
                }
                request.abortWith(Problems.platform(415, "problem.unsupportedMediaType", locale));
            }
        }
    }
}
