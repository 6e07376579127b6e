package org.huzhu.insurance.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.CellParsers;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.enrolment.rules.LineProblem;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.InvalidInputException;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("enrolment-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolment", description = "投保名单 · Enrolment lists, uploads, confirmation and renewal")
public class EnrolmentResource {

    private static final String LIST_EXAMPLE = "{\"id\":12,\"unitCode\":\"PD-0001\",\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"2026\","
            + "\"kind\":\"NEW\",\"status\":\"SUBMITTED\",\"lines\":118,\"eligibleHeadcount\":118,\"enrolledCount\":118,"
            + "\"requiredCount\":89,\"enrolledPercent\":100.0,\"unitAverageAge\":41.3,\"submittedBy\":\"agent\"}";

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentLists lists;

    @Inject
    EnrolmentChecks checks;

    @Inject
    EnrolmentImport imports;

    @Inject
    Renewals renewals;

    @Inject
    MemberDirectory directory;

    @Inject
    UnitAccess access;

    @Inject
    BusinessClock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Path("upload")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Upload a unit's member list (CSV in UTF-8 or GBK, or XLSX) to register its members and submit an enrolment list. "
            + "Columns by header: 身份证号 (required), 姓名 (required), 性别, 出生日期, 在职状态, 退休日期, 参加职工医保, 困难职工, 劳模, 银行卡号, 份数")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
            value = "身份证号,姓名,在职状态,参加职工医保,份数\n310115198203150412,王建国,在职,是,1\n")))
    @APIResponse(responseCode = "201", description = "Applied: members registered and a list submitted",
            content = @Content(examples = @ExampleObject(name = "applied", value = "{\"rowsRead\":118,\"rowsAccepted\":118,\"membersRegistered\":3,"
                    + "\"membersUpdated\":115,\"applied\":true,\"errors\":[],\"list\":" + LIST_EXAMPLE + "}")))
    @APIResponse(responseCode = "422", description = "Not applied: every bad row with its number, field and reason",
            content = @Content(examples = @ExampleObject(name = "refused", value = "{\"rowsRead\":118,\"rowsAccepted\":0,\"applied\":false,"
                    + "\"errors\":[{\"row\":7,\"residentId\":\"310115198203150413\",\"field\":\"residentId\",\"code\":\"member.residentId.checkDigit\","
                    + "\"message\":\"身份证号“310115198203150413”的校验位不正确，应为 2。\"}]}")))
    public Response upload(@QueryParam("unit") String unitCode, @QueryParam("plan") String planCode, @QueryParam("version") String versionCode,
                           @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS") @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                           @Parameter(description = "Date the new members joined the unit; today by default") @QueryParam("joinedOn") String joinedOn,
                           @HeaderParam("X-File-Name") String fileName, InputStream file) {
        unitCode = access.require(caller(), Action.SUBMIT_LIST, unitCode);
        PlanVersionRecord version = versions.require(String.valueOf(planCode), String.valueOf(versionCode));
        LocalDate joined = joinedOn == null || joinedOn.isBlank() ? clock.today() : CellParsers.date(joinedOn)
                .orElseThrow(() -> Reason.of("import.date.unreadable", joinedOn).exception(DomainException.Kind.INVALID));
        ImportReport report = imports.upload(unitCode, version, file, fileName, mode, joined, user());
        Locale locale = locale();
        EnrolmentRequests.UploadResult result = new EnrolmentRequests.UploadResult(report.rowsRead(), report.rowsAccepted(),
                report.membersRegistered(), report.membersUpdated(), report.applied(), errors(report.problems(), locale), report.list());
        return Response.status(report.applied() ? 201 : 422).entity(result).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Submit a list of registered members with their shares; each is checked, then the group rule over the unit")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "list", value = "{\"unitCode\":\"PD-0004\",\"planCode\":\"WORKING_INPATIENT\","
            + "\"versionCode\":\"2026\",\"members\":[{\"residentId\":\"310115198203150412\",\"shares\":1}]}")))
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(examples = @ExampleObject(name = "list", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Lines refused, each under errors")
    @APIResponse(responseCode = "422", description = "Too few of the unit's eligible people enrolled: the figures are in the detail")
    public Response submit(@Valid @NotNull EnrolmentRequests.NewList request) {
        access.require(caller(), Action.SUBMIT_LIST, request.unitCode());
        PlanVersionRecord version = versions.require(request.planCode(), request.versionCode());
        List<Candidate> candidates = new ArrayList<>();
        List<org.huzhu.platform.api.FieldProblem> problems = new ArrayList<>();
        int line = 0;
        for (EnrolmentRequests.Line member : request.members()) {
            line++;
            ResidentId id = ResidentId.parse(member.residentId());
            MemberView view = directory.findByResidentId(id).filter(m -> m.unitCode().equals(request.unitCode()))
                    .orElseThrow(() -> Reason.of("enrolment.notInUnit", id.value(), request.unitCode()).exception(DomainException.Kind.UNPROCESSABLE));
            candidates.add(new Candidate(line, id.value(), Applicant.of(view), member.shares(), view.id()));
        }
        for (LineProblem problem : checks.problems(version, candidates)) {
            // a JSON path counts from zero: the first line is members[0] (the candidates' rows count from one)
            problems.add(new org.huzhu.platform.api.FieldProblem("members[" + (problem.row() - 1) + "]." + problem.problem().field(),
                    problem.problem().bundle(), problem.problem().code(), problem.problem().arguments()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EnrolmentListView created = lists.create(request.unitCode(), version, candidates, "NEW", user(), null);
        return Response.created(URI.create("enrolment-lists/" + created.id())).entity(created).build();
    }

    @POST
    @Path("renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Renew a unit's enrolments into the next version of the plan; members no longer eligible are listed as excluded")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "renewal", value = "{\"unitCode\":\"PD-0001\",\"planCode\":\"WORKING_INPATIENT\","
            + "\"fromVersion\":\"2016\",\"toVersion\":\"2017\"}")))
    @APIResponse(responseCode = "201", description = "The renewal list, and who was left out and why")
    public Response renew(@Valid @NotNull EnrolmentRequests.RenewalRequest request) {
        access.require(caller(), Action.SUBMIT_LIST, request.unitCode());
        Renewals.Renewal renewal = renewals.renew(request.unitCode(), versions.require(request.planCode(), request.fromVersion()),
                versions.require(request.planCode(), request.toVersion()), user());
        return Response.created(URI.create("enrolment-lists/" + renewal.list().id()))
                .entity(new EnrolmentRequests.RenewalResult(renewal.list(), errors(renewal.excluded(), locale()))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Read a list with its group-rule figures")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(examples = @ExampleObject(name = "list", value = LIST_EXAMPLE)))
    public EnrolmentListView list(@PathParam("id") long id) {
        EnrolmentListView list = lists.view(id);
        access.require(caller(), Action.READ_LIST, list.unitCode());
        return list;
    }

    @GET
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Lists of a unit (unit=...), or every list waiting for confirmation (status=SUBMITTED) of the units the caller "
            + "may see")
    @APIResponse(responseCode = "200", description = "Lists, newest first", content = @Content(examples = @ExampleObject(name = "lists", value = "[" + LIST_EXAMPLE + "]")))
    public List<EnrolmentListView> lists(@QueryParam("unit") String unitCode, @QueryParam("status") String status) {
        if (unitCode != null && !unitCode.isBlank()) {
            return lists.ofUnit(access.require(caller(), Action.READ_LIST, unitCode));
        }
        Scope scope = access.policy().scope(caller(), Action.READ_LIST);
        if (scope.isEmpty()) {
            throw Reason.of("enrolment.unitRequired").exception(DomainException.Kind.INVALID);
        }
        return lists.waiting().stream().filter(list -> scope.includes(list.unitCode())).toList();
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Confirm a submitted list (district-union supervisor, not its submitter): enrolments are created with their cover dates")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirmation", value = "{\"confirmedOn\":\"2026-06-20\"}")))
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(examples = @ExampleObject(name = "list", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The caller submitted the list, or its unit is outside their organisation")
    @APIResponse(responseCode = "409", description = "The list was decided already")
    public EnrolmentListView confirm(@PathParam("id") long id, @Valid @NotNull EnrolmentRequests.Confirmation confirmation) {
        EnrolmentListView list = lists.view(id);
        access.policy().require(caller(), Action.CONFIRM_LIST, Target.list(id, list.unitCode(), list.submittedBy()));
        return lists.confirm(id, confirmation.confirmedOn(), user());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Reject a submitted list with a note")
    @APIResponse(responseCode = "200", description = "Rejected")
    public EnrolmentListView reject(@PathParam("id") long id, @Valid @NotNull EnrolmentRequests.Rejection rejection) {
        EnrolmentListView list = lists.view(id);
        access.policy().require(caller(), Action.REJECT_LIST, Target.list(id, list.unitCode(), list.submittedBy()));
        return lists.reject(id, rejection.note(), user());
    }

    static List<EnrolmentRequests.RowError> errors(List<LineProblem> problems, Locale locale) {
        return problems.stream().map(p -> new EnrolmentRequests.RowError(p.row(), p.residentId(), p.problem().field(),
                p.problem().code(), p.problem().message(locale))).toList();
    }

    private Caller caller() {
        return UnitAccess.caller(security);
    }

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
