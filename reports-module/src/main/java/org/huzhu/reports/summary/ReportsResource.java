package org.huzhu.reports.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.huzhu.reports.api.ReportJob;
import org.huzhu.reports.api.ReportRevision;

@Path("reports")
@RequestScoped
@Tag(name = "Reports", description = "报表 · The monthly actuarial summary: runs, stored revisions, figures, PDF, XLSX and CSV")
public class ReportsResource {

    private static final String JOB_EXAMPLE = "{\"executionId\":12,\"month\":\"2026-03\",\"batchStatus\":\"COMPLETED\","
            + "\"exitStatus\":\"REVISION 2\",\"startedAt\":\"2026-04-01T02:00:00+08:00\",\"endedAt\":\"2026-04-01T02:00:09+08:00\"}";
    private static final String REVISIONS_EXAMPLE = "[{\"month\":\"2026-03\",\"revision\":1,\"scope\":\"TOTAL\",\"asOf\":\"2026-04-01T02:00:01+08:00\","
            + "\"generatedBy\":\"li.jingsuan\",\"executionId\":12,\"parameters\":\"triangleMonths=24;projectionMonths=3;largeClaimThreshold=50000;"
            + "average=LAST_12;weighting=VOLUME;excludeHighLow=false;overrides=3:1.02;tail=1.01\",\"reason\":\"理赔系统迁移，早期对角线不可比\","
            + "\"pdfZhBytes\":48211,\"pdfEnBytes\":45102,\"xlsxBytes\":14877,\"csvZipBytes\":5120},"
            + "{\"month\":\"2026-03\",\"revision\":1,\"scope\":\"WORKING_INPATIENT\",\"scopeName\":\"在职职工住院补充医疗互助保障计划\","
            + "\"asOf\":\"2026-04-01T02:00:01+08:00\",\"generatedBy\":\"li.jingsuan\",\"executionId\":12,"
            + "\"parameters\":\"triangleMonths=24;projectionMonths=3;largeClaimThreshold=50000;average=LAST_12;weighting=VOLUME;"
            + "excludeHighLow=false;overrides=3:1.02;tail=1.01\",\"reason\":\"理赔系统迁移，早期对角线不可比\",\"pdfZhBytes\":47012,\"pdfEnBytes\":44310,"
            + "\"xlsxBytes\":14500,\"csvZipBytes\":5002}]";
    private static final String FIGURES_EXAMPLE = "{\"scope\":{\"planCode\":null,\"planName\":null},\"month\":\"2026-03\","
            + "\"asOf\":\"2026-04-01T02:00:01+08:00\",\"figures\":{\"membersInForce\":3,\"joiners\":1,\"leavers\":1,\"memberMonths\":3.00,"
            + "\"writtenPremium\":95.00,\"earnedPremium\":45.00,\"unearnedPremium\":270.00,\"claimsReportedCount\":7,"
            + "\"claimsReportedAmount\":68500.00,\"claimsPaid\":6600.00,\"claimsOutstanding\":61900.00,\"ibnr\":500.00,"
            + "\"ibnrStandardError\":null,\"ibnrLower95\":null,\"ibnrUpper95\":null,\"largeClaimThreshold\":50000.00,"
            + "\"largeClaimLoad\":0.000000,\"incurredClaims\":4500.00,\"lossRatioMonth\":100.0000,\"lossRatioYearToDate\":700.0000,\"lossRatioPlanYearToDate\":null,"
            + "\"lossRatioRolling12\":700.0000,\"frequencyPer1000\":8000.00,\"averageSeverity\":2100.00,\"admissions\":1,"
            + "\"averageLengthOfStay\":6.00,\"fundBalance\":-73395.00,\"credibilityFactor\":0.0368,\"claimSizeCv\":2.2642,\"credibilityFullStandard\":6629,\"credibilityWeightedPremium\":9065.09},"
            + "\"series\":[],\"triangle\":{\"rows\":[{\"monthOfService\":\"2026-03\",\"amounts\":[3000.00],\"counts\":[1],\"ibnr\":300.00,"
            + "\"method\":\"BORNHUETTER_FERGUSON\",\"cdf\":1.100000,\"ultimate\":3300.00,\"standardError\":150.00}],"
            + "\"developmentFactors\":[],\"completionFactors\":[1.000000],\"selection\":{\"average\":\"ALL\",\"weighting\":\"VOLUME\","
            + "\"excludeHighLow\":false,\"tail\":null,\"reason\":null,\"factors\":[]}},\"bands\":[],\"largeClaims\":[],\"seriousIllness\":[],"
            + "\"actualVersusExpected\":{\"previousMonth\":\"2026-02\",\"previousRevision\":1,\"rows\":[],\"expected\":0.00,\"actual\":0.00,"
            + "\"difference\":0.00,\"ratio\":null}}";

    @Inject
    MonthlyReportJobs jobs;

    @Inject
    MonthlyReports reports;

    @Context
    SecurityContext security;

    @Inject
    AccessPolicy policy;

    /** The reports are the actuaries' (and administrators'), whatever their organisation: figures over all units, no one's records. */
    private void reports() {
        policy.require(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole), Action.READ_REPORTS, Target.association());
    }

    @POST
    @Path("monthly/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "Generate the month's report now (also done on the 1st of every month at 02:00 for the month before): a batch job "
            + "computes the figures for all plans and for every plan, renders them and stores them as the month's next revision")
    @APIResponse(responseCode = "202", description = "Started; the job's status is at the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "started",
                    value = "{\"executionId\":12,\"month\":\"2026-03\",\"batchStatus\":\"STARTING\",\"exitStatus\":null,\"startedAt\":null,\"endedAt\":null}")))
    @APIResponse(responseCode = "400", description = "The month or a parameter is not valid, or a choice of factors other than the "
            + "defaults comes without a reason")
    @APIResponse(responseCode = "422", description = "The month has not ended (a month is valued as at its last day)")
    public Response start(@PathParam("month") String month,
                          @Parameter(description = "months of service in the lag triangle (default 24)", example = "24")
                          @QueryParam("triangleMonths") Integer triangleMonths,
                          @Parameter(description = "newest months projected per member per month (default 3)", example = "3")
                          @QueryParam("projectionMonths") Integer projectionMonths,
                          @Parameter(description = "large-claim threshold in yuan (default 50000)", example = "50000")
                          @QueryParam("largeClaimThreshold") BigDecimal largeClaimThreshold,
                          @Parameter(description = "which calendar diagonals (months of receipt) of the window the development factors "
                                  + "average: ALL (default), LAST_12, LAST_6 or LAST_3", example = "LAST_12")
                          @QueryParam("average") String average,
                          @Parameter(description = "how the link ratios are averaged: VOLUME (default, Σ later / Σ earlier amounts) or "
                                  + "SIMPLE (their arithmetic mean)", example = "VOLUME")
                          @QueryParam("weighting") String weighting,
                          @Parameter(description = "true: leave out the highest and the lowest link ratio of each lag where at least "
                                  + "two remain (default false)", example = "false")
                          @QueryParam("excludeHighLow") String excludeHighLow,
                          @Parameter(description = "factors selected by the actuary instead of the average, as lag:factor pairs "
                                  + "separated by commas; the factor of lag k links lag k to k + 1 (lags 0 to triangleMonths − 2; "
                                  + "default none)", example = "3:1.02,5:1.001")
                          @QueryParam("overrides") String overrides,
                          @Parameter(description = "tail factor beyond the triangle's last lag, at least 1 (default none)", example = "1.01")
                          @QueryParam("tail") String tail,
                          @Parameter(description = "why the factors are selected otherwise than by default: required with any of "
                                  + "average, weighting, excludeHighLow, overrides or tail other than its default; one line of at most "
                                  + "200 characters here, as every query parameter (the reports page takes up to 1,000); stored with the "
                                  + "revision and shown in its reports", example = "理赔系统 2025 年 10 月迁移，早期对角线不可比")
                          @QueryParam("reason") String reason) {
        reports();
        ReservingChoices choices = ReservingChoices.parse(average, weighting, excludeHighLow, overrides, tail, reason);
        long execution = jobs.start(month(month), security.getUserPrincipal().getName(), triangleMonths, projectionMonths, largeClaimThreshold,
                choices);
        return Response.accepted(jobs.status(execution)).header("Location", "reports/jobs/" + execution).build();
    }

    @GET
    @Path("monthly/{month}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "The stored revisions of a month's report, one entry per revision and scope (TOTAL and each plan)")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first (empty when the month was never generated)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "revisions", value = REVISIONS_EXAMPLE)))
    public List<ReportRevision> revisions(@PathParam("month") String month) {
        reports();
        return reports.revisions(month(month));
    }

    @GET
    @Path("monthly/{month}/{revision: [0-9]+}/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "The figures of a revision as computed (the MonthlySummary: key figures, series, lag triangle with the selection of "
            + "its factors, bands, large claims, serious illness, and the reported development since the previous month's report "
            + "against what that report expected)")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "figures", value = FIGURES_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such revision or scope")
    public String figures(@PathParam("month") String month, @PathParam("revision") int revision,
                          @Parameter(description = "TOTAL (default) or a plan's code", example = "TOTAL") @QueryParam("scope") String scope) {
        reports();
        YearMonth m = month(month);
        String s = scope(scope);
        return reports.figures(m, revision, s).orElseThrow(() -> notFound(m, revision, s));
    }

    @GET
    @Path("monthly/{month}/{revision: [0-9]+}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "The revision's report as PDF, in Chinese (default) or English")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such revision or scope")
    public Response pdf(@PathParam("month") String month, @PathParam("revision") int revision,
                        @Parameter(description = "zh (default) or en", example = "zh") @QueryParam("lang") String lang,
                        @Parameter(description = "TOTAL (default) or a plan's code", example = "TOTAL") @QueryParam("scope") String scope) {
        reports();
        MonthlyReports.Format format = "en".equalsIgnoreCase(lang) ? MonthlyReports.Format.PDF_EN : MonthlyReports.Format.PDF_ZH;
        return file(month, revision, scope, format, "en".equalsIgnoreCase(lang) ? "-en.pdf" : "-zh.pdf");
    }

    @GET
    @Path("monthly/{month}/{revision: [0-9]+}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "The revision's tables as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @APIResponse(responseCode = "404", description = "No such revision or scope")
    public Response xlsx(@PathParam("month") String month, @PathParam("revision") int revision,
                         @Parameter(description = "TOTAL (default) or a plan's code", example = "TOTAL") @QueryParam("scope") String scope) {
        reports();
        return file(month, revision, scope, MonthlyReports.Format.XLSX, ".xlsx");
    }

    @GET
    @Path("monthly/{month}/{revision: [0-9]+}.csv.zip")
    @Produces("application/zip")
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "The revision's tables as CSV files (UTF-8) in a zip")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
    @APIResponse(responseCode = "404", description = "No such revision or scope")
    public Response csvZip(@PathParam("month") String month, @PathParam("revision") int revision,
                           @Parameter(description = "TOTAL (default) or a plan's code", example = "TOTAL") @QueryParam("scope") String scope) {
        reports();
        return file(month, revision, scope, MonthlyReports.Format.CSV_ZIP, ".csv.zip");
    }

    @GET
    @Path("jobs/{executionId: [0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ACTUARY, Roles.ADMIN})
    @Operation(summary = "Status of a monthly-report job execution; once COMPLETED its exit status names the revision stored")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "job", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No monthly-report execution with this id")
    public ReportJob job(@PathParam("executionId") long executionId) {
        reports();
        return jobs.status(executionId);
    }

    private Response file(String month, int revision, String scope, MonthlyReports.Format format, String suffix) {
        YearMonth m = month(month);
        String s = scope(scope);
        byte[] content = reports.file(m, revision, s, format).orElseThrow(() -> notFound(m, revision, s));
        String name = "huzhu-monthly-" + m + "-r" + revision + ("TOTAL".equals(s) ? "" : "-" + s) + suffix;
        return Response.ok(content, format.mediaType()).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String scope(String scope) {
        return scope == null || scope.isBlank() ? MonthlyReports.TOTAL : scope;
    }

    private static DomainException notFound(YearMonth month, int revision, String scope) {
        return ReportsMessages.refuse(DomainException.Kind.NOT_FOUND, "reports.revision.notFound", month, revision, scope);
    }

    private static YearMonth month(String text) {
        try {
            return org.huzhu.platform.api.DomainValues.checked(YearMonth.parse(String.valueOf(text)));
        } catch (DateTimeParseException e) {
            throw ReportsMessages.refuse(DomainException.Kind.INVALID, "reports.month.unreadable", text);
        }
    }
}
