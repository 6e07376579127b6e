package org.huzhu.insurance.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

    @Inject
    PlanCatalogue catalogue;

    @Context
    HttpHeaders headers;

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

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }
}
