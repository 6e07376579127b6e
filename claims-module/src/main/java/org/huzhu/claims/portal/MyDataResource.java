package org.huzhu.claims.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.api.MyData;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

/** A member downloads their own data. */
@Path("my-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member portal", description = "会员 · A member's own data")
public class MyDataResource {

    @Inject
    MyData data;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "The member's own data as a JSON file: profile, cover today, and every claim with its assessment, history "
            + "and documents list; texts in the reader's language")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)", content = @Content(examples = @ExampleObject(
            name = "export", value = "{\"exportedAt\":\"2026-07-02T01:15:00Z\",\"profile\":{\"residentId\":\"310115198203150412\","
                    + "\"name\":\"王建国\"},\"cover\":[],\"claims\":[]}")))
    public Response export() {
        MyData.Export export = data.export(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole),
                SupportedLocales.firstSupported(headers.getAcceptableLanguages()));
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"huzhu-my-data.json\"").build();
    }
}
