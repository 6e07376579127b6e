package org.huzhu.reports.letter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.Roles;
import org.huzhu.reports.api.DecisionLetters;

@Path("claims/{id}/decision-letter")
@RequestScoped
@Tag(name = "Claims", description = "理赔 · Claims")
public class DecisionLetterResource {

    static final String PDF = "application/pdf";

    @Inject
    DecisionLetters letters;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT, Roles.MEMBER})
    @Operation(summary = "The claim's decision letter (PDF): the member, the claim, the decision, the amounts and the explanation lines; "
            + "for whoever may read the claim (a member their own)")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "403", description = "The caller may not read this claim")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "The claim is not decided yet")
    public Response letter(@PathParam("id") long id,
                           @Parameter(description = "zh (default) or en; without it, the request's Accept-Language", example = "zh")
                           @QueryParam("lang") String lang) {
        Locale locale = lang != null ? Locale.forLanguageTag(lang)
                : headers.getAcceptableLanguages().isEmpty() ? Locale.SIMPLIFIED_CHINESE : headers.getAcceptableLanguages().get(0);
        Caller caller = Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
        byte[] pdf = letters.pdf(caller, id, locale);
        return Response.ok(pdf, PDF).header("Content-Disposition", "attachment; filename=\"decision-letter-" + id
                + ("en".equals(locale.getLanguage()) ? "-en" : "") + ".pdf\"").build();
    }
}
