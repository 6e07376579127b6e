package org.huzhu.insurance.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.insurance.api.PlanVersionSummary;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.SupportedLocales;

/** The plan catalogue is public: rates and rules are published to every member. */
@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "保障计划 · Plan catalogue")
public class PlanResource {

    private static final String EXAMPLE = "{\"code\":\"WORKING_INPATIENT\",\"kind\":\"INPATIENT\","
            + "\"name\":\"在职职工住院补充医疗互助保障计划\",\"versions\":[{\"versionCode\":\"2016\","
            + "\"periodStart\":\"2016-07-01\",\"periodEnd\":\"2017-06-30\",\"cycleYears\":1,\"maxShares\":1,"
            + "\"premiumPerShare\":65.00,\"waitingPeriodMonths\":0,\"rules\":\"{...}\"}]}";

    private static final String VERSION_EXAMPLE = "{\"versionCode\":\"2016\",\"periodStart\":\"2016-07-01\",\"periodEnd\":\"2017-06-30\","
            + "\"cycleYears\":1,\"maxShares\":1,\"premiumPerShare\":65.00,\"waitingPeriodMonths\":0,"
            + "\"rules\":{\"format\":2,\"period\":{\"start\":\"2016-07-01\",\"end\":\"2017-06-30\",\"cycleYears\":1},\"...\":\"...\"}}";

    @Inject
    PlanCatalogue catalogue;

    @Inject
    PlanVersions versions;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Inject
    AccessPolicy policy;

    @GET
    @Operation(summary = "List every plan with its versions; names follow Accept-Language (zh-CN default, en)")
    @APIResponse(responseCode = "200", description = "All plans",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plans", value = "[" + EXAMPLE + "]")))
    public List<PlanSummary> plans() {
        return catalogue.plans(locale());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Read one plan with its versions")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No plan has this code")
    public PlanSummary plan(@PathParam("code") String code) {
        Locale locale = locale();
        return catalogue.plan(code, locale).orElseThrow(() -> new DomainException(InsuranceMessages.BUNDLE,
                "plan.notFound", DomainException.Kind.NOT_FOUND, code));
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "Read one version of a plan with every rule, as the catalogue lists it")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "version", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No plan has this code, or the plan no version of this code")
    public PlanVersionSummary version(@PathParam("code") String code, @PathParam("version") String version) {
        return plan(code).versions().stream().filter(v -> v.versionCode().equals(version)).findFirst()
                .orElseThrow(() -> new DomainException(InsuranceMessages.BUNDLE, "version.notFound", DomainException.Kind.NOT_FOUND,
                        code, version));
    }

    @POST
    @Path("{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a version to a plan; its rules are checked (bands contiguous, rates within 0–1, caps positive, "
            + "periods not overlapping other versions) and refused with every reason")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new version", value = "{\"versionCode\":\"2026\",\"rules\":"
            + "{\"format\":2,\"period\":{\"start\":\"2026-07-01\",\"end\":\"2027-06-30\",\"cycleYears\":1},\"shares\":{\"max\":1},\"...\":\"...\"}}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "The rules are inconsistent; every problem is listed")
    @APIResponse(responseCode = "409", description = "The code is taken or the period overlaps another version")
    public Response createVersion(@PathParam("code") String code, @Valid @NotNull VersionRequests.NewVersion version) {
        plansAdministration();
        PlanVersionRecord created = versions.create(code, version.versionCode(), PlanRulesJson.read(version.rules().toString()));
        return Response.created(URI.create("plans/" + code + "/versions/" + created.versionCode())).entity(view(created)).build();
    }

    @PUT
    @Path("{code}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the rules of a version; refused once anyone is enrolled or on a list under it")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "409", description = "The version is in use and therefore immutable")
    public VersionRequests.VersionView updateVersion(@PathParam("code") String code, @PathParam("version") String version,
                                                     @Valid @NotNull VersionRequests.Rules rules) {
        plansAdministration();
        return view(versions.update(code, version, PlanRulesJson.read(rules.rules().toString())));
    }

    @POST
    @Path("{code}/versions/{version}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a new plan year: copy a version's rules to a new period of the same length, to be changed before anyone enrols")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "next year", value = "{\"versionCode\":\"2017\",\"periodStart\":\"2017-07-01\",\"expectedLossRatio\":0.90}")))
    @APIResponse(responseCode = "201", description = "Created")
    public Response copyVersion(@PathParam("code") String code, @PathParam("version") String version,
                                @Valid @NotNull VersionRequests.Copy copy) {
        plansAdministration();
        PlanVersionRecord created = versions.copy(code, version, copy.versionCode(), copy.periodStart(), copy.expectedLossRatio());
        return Response.created(URI.create("plans/" + code + "/versions/" + created.versionCode())).entity(view(created)).build();
    }

    private void plansAdministration() {
        policy.require(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole), Action.MANAGE_PLANS, Target.association());
    }

    private static VersionRequests.VersionView view(PlanVersionRecord version) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(PlanRulesJson.write(version.rules())))) {
            return new VersionRequests.VersionView(version.planCode(), version.versionCode(), reader.readObject());
        }
    }

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }
}
