package org.huzhu.insurance.premium;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.access.QueryParameters;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.insurance.premium.earning.EarningRuns;
import org.huzhu.insurance.premium.rules.Lapse;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.DomainValues;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("premium")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Premium", description = "保费 · Unit statements, lapses and the monthly earning")
public class PremiumResource {

    private static final String BILL_EXAMPLE = BillResource.BILL_EXAMPLE;
    private static final String RUN_EXAMPLE = "{\"month\":\"2026-07\",\"status\":\"COMPLETED\",\"batchStatus\":\"COMPLETED\",\"executionId\":3,"
            + "\"rangesDone\":132,\"rangesTotal\":132,\"firstEnrolmentId\":1,\"lastEnrolmentId\":6600000,\"rangeSize\":50000,"
            + "\"enrolments\":6600000,\"earned\":36438356.16,\"earnedToDate\":36438356.16,\"unearned\":392561643.84,"
            + "\"reserveAtMonthEnd\":392561643.84,\"reserveAtPreviousMonthEnd\":0.00,\"reserveMovement\":392561643.84,"
            + "\"byPlanVersion\":[{\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"2026\",\"enrolments\":6600000,"
            + "\"daysOfCover\":204600000,\"earned\":36438356.16,\"earnedToDate\":36438356.16,\"unearned\":392561643.84}]}";

    @Inject
    Billing billing;

    @Inject
    UnitStatements statements;

    @Inject
    EarningRuns earning;

    @Inject
    UnitAccess access;

    @Inject
    BusinessClock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Path("statements/{unit}")
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "A unit's premium statement: bills, payments, outstanding, credit, balance and ageing (0-30, 31-90, over 90 days)")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(examples = @ExampleObject(name = "statement",
            value = "{\"unitCode\":\"PD-0001\",\"asOf\":\"2026-07-01\",\"bills\":[" + BILL_EXAMPLE + "],\"payments\":[],\"outstanding\":95.00,"
                    + "\"credit\":0.00,\"balance\":95.00,\"ageing\":{\"asOf\":\"2026-07-01\",\"byBucket\":{\"DAYS_0_30\":95.00,\"DAYS_31_90\":0.00,"
                    + "\"OVER_90\":0.00}},\"refundsOwed\":0.00}")))
    public UnitStatementView statement(@PathParam("unit") String unitCode, @QueryParam("asOf") String asOfText) {
        LocalDate asOf = QueryParameters.date(asOfText);
        unitCode = access.require(caller(), Action.READ_PREMIUM, unitCode);
        return statements.of(unitCode, asOf == null ? clock.today() : asOf, locale());
    }

    @POST
    @Path("lapses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Lapse every bill not paid in full by its payment date (also run every night): its enrolments become void from their start")
    @APIResponse(responseCode = "200", description = "The bills lapsed", content = @Content(examples = @ExampleObject(name = "lapsed",
            value = "{\"asOf\":\"2026-07-06\",\"bills\":[7]}")))
    public PremiumRequests.Lapsed lapse(@QueryParam("asOf") String asOfText) {
        associationWork();
        LocalDate asOf = QueryParameters.date(asOfText);
        LocalDate today = clock.today();
        LocalDate date = asOf == null ? today : asOf;
        if (date.isAfter(today)) {
            throw Reason.of("premium.lapse.future", date, today).exception(DomainException.Kind.INVALID);
        }
        return new PremiumRequests.Lapsed(date, billing.lapseOverdue(date, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("earning-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Run the monthly earning of a month as a batch job: earned premium by day of cover and the reserve movement, "
            + "posted to the ledger. A month run again posts nothing; a stopped or failed run is restarted from its checkpoint")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "run", value = "{\"month\":\"2026-07\",\"rangeSize\":50000}")))
    @APIResponse(responseCode = "202", description = "Started; follow the progress at the Location",
            content = @Content(examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The month is being run, or it is closed")
    public Response run(@NotNull PremiumRequests.EarningRequest request) {
        associationWork();
        YearMonth month = month(request.month());
        EarningRunView view = earning.start(month, request.rangeSize(), request.pauseMillis(), security.getUserPrincipal().getName());
        return Response.accepted(view).header("Location", "premium/earning-runs/" + month).build();
    }

    @GET
    @Path("earning-runs/{month}")
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Progress and figures of a month's earning: ranges done, batch status, earned, unearned, reserve movement, by plan version")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The month was never run")
    public EarningRunView progress(@PathParam("month") String month) {
        associationWork();
        return earning.view(month(month));
    }

    @POST
    @Path("earning-runs/{month}/stop")
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Stop a running month after the range being posted; start it again to restart from the checkpoint")
    @APIResponse(responseCode = "200", description = "Stopping", content = @Content(examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    public EarningRunView stop(@PathParam("month") String month) {
        associationWork();
        return earning.stop(month(month));
    }

    /** Lapses and the monthly earning concern every unit: association-level staff only. */
    private void associationWork() {
        access.policy().require(caller(), Action.ASSOCIATION_WORK, Target.association());
    }

    private Caller caller() {
        return UnitAccess.caller(security);
    }

    private static YearMonth month(String text) {
        try {
            return DomainValues.checked(YearMonth.parse(String.valueOf(text)));
        } catch (DateTimeParseException e) {
            throw Reason.of("premium.earning.monthUnreadable", text).exception(DomainException.Kind.INVALID);
        }
    }

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }
}
