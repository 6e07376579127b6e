package org.huzhu.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Resources live in the modules and are discovered from their JARs. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Huzhu API", version = "v1",
        description = "职工互助保障 · Workers' mutual-aid supplementary health insurance. Errors are "
                + "application/problem+json (RFC 9457) with titles in the language of Accept-Language (zh-CN default, en)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class HuzhuApplication extends Application {

    /** Error responses keep their problem+json body instead of being replaced by the container's error page. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
