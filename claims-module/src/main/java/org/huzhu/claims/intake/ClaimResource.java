package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;
import org.huzhu.platform.api.SupportedLocales;

@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "理赔 · Claims: intake, assessment with explanation, review, appeal, work queues")
public class ClaimResource {

    static final String CLAIM_EXAMPLE = "{\"id\":42,\"reference\":\"CL00000042\",\"status\":\"ASSESSED\",\"residentId\":\"310115198203150412\","
            + "\"memberName\":\"王建国\",\"unitCode\":\"PD-0001\",\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"2026\",\"type\":\"INPATIENT\","
            + "\"serviceDate\":\"2026-03-02\",\"endDate\":\"2026-03-11\",\"daysInHospital\":10,\"totalCost\":20000.00,"
            + "\"basicInsurancePaid\":14000.00,\"inScopeSelfPay\":5000.00,\"outOfScopeSelfPay\":1000.00,\"invoiceNumbers\":[\"SH-2026-000123\"],"
            + "\"payable\":2000.00,\"approvedAmount\":0,\"paidAmount\":0,\"secondReviewRequired\":false,"
            + "\"assessment\":{\"number\":1,\"purpose\":\"INTAKE\",\"payable\":2000.00,\"lines\":[{\"benefit\":\"INPATIENT\",\"step\":\"DEDUCTIBLE\","
            + "\"rule\":\"1000.00\",\"base\":1000,\"amount\":0,\"remaining\":0,\"reasonCode\":\"BELOW_DEDUCTIBLE\",\"text\":\"INPATIENT：年度起付线 1000.00 元…\"},"
            + "{\"benefit\":\"INPATIENT\",\"step\":\"BAND\",\"rule\":\"1000.00-10000.00\",\"base\":4000,\"rate\":0.5,\"amount\":2000,"
            + "\"text\":\"INPATIENT：1000.00-10000.00 元分段内 4000.00 元 × 50% = 2000.00 元。\"}],"
            + "\"reasons\":[{\"code\":\"BELOW_DEDUCTIBLE\",\"title\":\"起付线以下\",\"text\":\"…\"}]},\"documents\":[]}";
    static final String NOTE_EXAMPLE = "{\"note\":\"出院小结与发票核对无误\"}";

    @Inject
    ClaimIntake intake;

    @Inject
    org.huzhu.claims.api.Claims claims;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimDocuments documents;

    @Inject
    ClaimEvents events;

    @Inject
    PlanYearReassessment reassessment;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.UNIT_AGENT})
    @Operation(summary = "File a claim for a member and plan; it is checked, stored and assessed at once (status ASSESSED)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "inpatient", value = "{\"residentId\":\"310115198203150412\","
            + "\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"2026-03-02\",\"endDate\":\"2026-03-11\","
            + "\"daysInHospital\":10,\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\","
            + "\"totalCost\":\"20000.00\",\"basicInsurancePaid\":\"14000.00\",\"inScopeSelfPay\":\"5000.00\",\"outOfScopeSelfPay\":\"1000.00\","
            + "\"invoiceNumbers\":[\"SH-2026-000123\"]}")))
    @APIResponse(responseCode = "201", description = "Filed and assessed: ASSESSED, or REFUSED with its reason when the rules refuse "
            + "it as a whole (no cover, waiting period, premium unpaid, too late, a diagnosis outside its class, already paid)",
            content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The claim filed before with the same Idempotency-Key by the same person; nothing new is filed")
    @APIResponse(responseCode = "400", description = "Bad fields: amounts that do not add up, dates out of order, each under errors")
    @APIResponse(responseCode = "403", description = "The member's unit is outside the caller's organisation (an agent: not their unit); "
            + "an unknown resident ID is answered the same way to callers who do not reach every unit")
    @APIResponse(responseCode = "409", description = "An invoice number was claimed before")
    @APIResponse(responseCode = "422", description = "No cover on the service date, or filed after the time limit")
    public Response file(ClaimRequests.NewClaim claim,
                         @Parameter(description = "a key of the client's choosing (at most 100 characters): sending the same claim again "
                                 + "with the same key returns the claim filed the first time") @HeaderParam("Idempotency-Key") String key) {
        if (claim != null && claim.residentId() != null && ResidentId.isValid(claim.residentId())) {
            ResidentId resident = ResidentId.parse(claim.residentId());
            String unit = directory.findByResidentId(resident).map(member -> member.unitCode()).orElse(null);
            requireMayFile(policy, caller(), unit, resident.value());
        }
        ClaimIntake.Filed filed;
        try {
            filed = intake.file(claim, "FORM", user(), key);
        } catch (RuntimeException refused) {
            // the same request twice at once: the first one's claim, once it is committed
            filed = intake.byKey(user(), key).map(id -> new ClaimIntake.Filed(id, false)).orElseThrow(() -> refused);
        }
        ClaimRequests.ClaimView view = queries.view(filed.id(), locale());
        return filed.created() ? Response.created(URI.create("claims/" + filed.id())).entity(view).build() : Response.ok(view).build();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "A member's own claim request with photos of the invoices (and the settlement sheet): stored RECEIVED, "
            + "without an assessment, for an officer to complete at intake (POST claims/{id}/intake)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "stay", value = "{\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\","
            + "\"serviceDate\":\"2026-11-02\",\"endDate\":\"2026-11-09\",\"hospital\":\"复旦大学附属中山医院\",\"invoiceTotal\":\"23456.78\","
            + "\"documents\":[{\"kind\":\"INVOICE\",\"fileName\":\"发票.jpg\",\"content\":\"/9j/4AAQSkZJRg...\"},"
            + "{\"kind\":\"SETTLEMENT_SHEET\",\"fileName\":\"结算单.jpg\",\"content\":\"/9j/4AAQSkZJRg...\"}]}")))
    @APIResponse(responseCode = "201", description = "Stored: RECEIVED, with its documents",
            content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The request stored before with the same Idempotency-Key by the same member")
    @APIResponse(responseCode = "400", description = "A field missing or wrong (each under errors): no invoice photo, a date in the "
            + "future, an amount that is not positive yuan and fen, a file that is not a PDF, JPEG or PNG")
    @APIResponse(responseCode = "403", description = "The caller is not a member filing for themselves")
    @APIResponse(responseCode = "422", description = "No cover in that plan on the day, or later than the plan's time limit")
    public Response request(ClaimRequests.MemberRequest request,
                            @Parameter(description = "a key of the client's choosing (at most 100 characters): sending the same request "
                                    + "again with the same key returns the one stored the first time") @HeaderParam("Idempotency-Key") String key) {
        java.util.Optional<Long> earlier = intake.byKey(user(), key);
        long id = claims.request(caller(), request, key);
        ClaimRequests.ClaimView view = queries.view(id, locale());
        return earlier.isPresent() ? Response.ok(view).build() : Response.created(URI.create("claims/" + id)).entity(view).build();
    }

    @POST
    @Path("{id}/intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Complete a member's request with the coded fields read from its documents, and assess it (ASSESSED, or "
            + "REFUSED with its reason); the member, plan and day of receipt stay the request's")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "stay", value = "{\"type\":\"INPATIENT\",\"serviceDate\":\"2026-11-02\","
            + "\"endDate\":\"2026-11-09\",\"daysInHospital\":8,\"hospital\":\"复旦大学附属中山医院\",\"hospitalLevel\":\"TERTIARY\","
            + "\"icd10\":\"K35.8\",\"totalCost\":\"23456.78\",\"basicInsurancePaid\":\"12000.00\",\"inScopeSelfPay\":\"9456.78\","
            + "\"outOfScopeSelfPay\":\"2000.00\",\"invoiceNumbers\":[\"SH-2026-000123\"]}")))
    @APIResponse(responseCode = "200", description = "Completed and assessed", content = @Content(examples = @ExampleObject(name = "claim",
            value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad fields, each under errors, as when filing a claim")
    @APIResponse(responseCode = "409", description = "Not a member's request awaiting intake, or an invoice number claimed before")
    public ClaimRequests.ClaimView complete(@PathParam("id") long id, ClaimRequests.NewClaim facts) {
        claims.complete(caller(), id, facts);
        return queries.view(id, locale());
    }

    /**
     * Filing for a member asks the policy about the member's unit. A refusal names neither the unit nor whether the member
     * exists: an agent (or a district's officer) gets the same answer for another unit's member as for a resident ID nobody
     * knows. Those who reach all units are told when there is no such member.
     */
    static void requireMayFile(AccessPolicy policy, Caller caller, String unitCode, String residentId) {
        if (unitCode == null && policy.reachesEverything(caller, Action.FILE_CLAIM)) {
            return;
        }
        policy.require(caller, Action.FILE_CLAIM, Target.member(unitCode, residentId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "A claim with its current assessment: explanation lines and reasons in the reader's language")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such claim")
    public ClaimRequests.ClaimView claim(@PathParam("id") long id) {
        permit(Action.READ_CLAIM, id);
        ClaimRequests.ClaimView claim = queries.view(id, locale());
        audit.read(user(), AuditedObject.CLAIM, String.valueOf(id));
        return claim;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "Search claims (a work queue): by status, unit, member (resident ID), plan and age in days; oldest first. "
            + "Officers and supervisors see the claims of units beneath their organisation, a unit agent their own unit's")
    @APIResponse(responseCode = "200", description = "Claims", content = @Content(examples = @ExampleObject(name = "claims",
            value = "[{\"id\":42,\"reference\":\"CL00000042\",\"status\":\"SECOND_REVIEW\",\"residentId\":\"310115198203150412\","
                    + "\"memberName\":\"王建国\",\"unitCode\":\"PD-0001\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\","
                    + "\"serviceDate\":\"2026-03-02\",\"endDate\":\"2026-03-11\",\"receivedOn\":\"2026-03-20\",\"ageDays\":9,\"payable\":12500.00,"
                    + "\"approvedAmount\":0,\"paidAmount\":0}]")))
    public List<ClaimRequests.ClaimSummary> search(@QueryParam("status") String status, @QueryParam("unit") String unitCode,
                                                   @Parameter(description = "member's resident ID: the member's claim history")
                                                   @QueryParam("member") String residentId, @QueryParam("plan") String planCode,
                                                   @Parameter(description = "received at least this many days ago")
                                                   @QueryParam("olderThanDays") Integer olderThanDays,
                                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.search(status, unitCode, residentId, planCode, olderThanDays, offset, limit, units(unitCode));
    }

    @GET
    @Path("queues")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Work queues: the number of claims per status, the oldest and the amount at stake (optionally for one unit)")
    @APIResponse(responseCode = "200", description = "Queues", content = @Content(examples = @ExampleObject(name = "queues",
            value = "[{\"status\":\"ASSESSED\",\"claims\":17,\"oldestReceivedOn\":\"2026-03-02\",\"oldestAgeDays\":27,\"payable\":40211.50}]")))
    public List<ClaimRequests.Queue> queues(@QueryParam("unit") String unitCode) {
        Collection<String> units = units(unitCode);
        return units == null ? queries.queues(unitCode) : queries.queues(units);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "The audit trail of a claim: every change of status with who, when, from, to and the note")
    @APIResponse(responseCode = "200", description = "Events, oldest first", content = @Content(examples = @ExampleObject(name = "history",
            value = "[{\"id\":1,\"at\":\"2026-03-20T09:12:00\",\"actor\":\"officer\",\"action\":\"FILE\",\"toStatus\":\"RECEIVED\"},"
                    + "{\"id\":2,\"at\":\"2026-03-20T09:12:00\",\"actor\":\"officer\",\"action\":\"ASSESS\",\"fromStatus\":\"RECEIVED\","
                    + "\"toStatus\":\"ASSESSED\",\"note\":\"payable 2000.00\"}]")))
    public List<ClaimRequests.EventView> history(@PathParam("id") long id) {
        permit(Action.READ_CLAIM, id);
        audit.read(user(), AuditedObject.CLAIM, String.valueOf(id));
        return events.of(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.UNIT_AGENT})
    @Operation(summary = "Attach a scanned document (PDF, JPEG or PNG, recognised by its first bytes; at most 10 MB by default)")
    @RequestBody(content = @Content(mediaType = "application/pdf", examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 ...")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(examples = @ExampleObject(name = "document",
            value = "{\"id\":7,\"kind\":\"INVOICE\",\"fileName\":\"发票.pdf\",\"mediaType\":\"application/pdf\",\"size\":183204,"
                    + "\"uploadedBy\":\"officer\",\"uploadedAt\":\"2026-03-20T09:15:00\"}")))
    @APIResponse(responseCode = "400", description = "Not a PDF, JPEG or PNG, empty, or too large")
    public Response addDocument(@PathParam("id") long id,
                                @Parameter(description = "CLAIM_FORM, ID_CARD, BANK_CARD, SETTLEMENT_SHEET, INVOICE, DISCHARGE_SUMMARY, "
                                        + "DIAGNOSIS_CERTIFICATE, PATHOLOGY, DEATH_CERTIFICATE or OTHER") @QueryParam("kind") String kind,
                                @HeaderParam("X-File-Name") String fileName, InputStream content) throws IOException {
        permit(Action.ADD_CLAIM_DOCUMENT, id);
        byte[] bytes = content.readNBytes(ClaimSettings.documentMaxBytes() + 1);
        ClaimRequests.DocumentView stored = documents.add(id, kind, fileName, bytes, user());
        events.record(id, user(), "DOCUMENT", null, queries.row(id).status(), stored.kind() + " " + stored.id());
        return Response.created(URI.create("claims/" + id + "/documents/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "A document's content")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 ...")))
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        permit(Action.READ_CLAIM, id);
        ClaimDocuments.Content content = documents.content(id, documentId)
                .orElseThrow(() -> ClaimsProblem.notFound("document.notFound", documentId, ClaimsProblem.reference(id)));
        audit.read(user(), AuditedObject.DOCUMENT, id + "/" + documentId);
        return Response.ok(content.bytes(), content.mediaType()).build();
    }

    @POST
    @Path("{id}/assess")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Assess the claim again (after documents came in, or on appeal) against the member's committed history")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = NOTE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Reassessed", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    public ClaimRequests.ClaimView assess(@PathParam("id") long id, ClaimRequests.Note note) {
        workflow.reassess(id, actor(), text(note));
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Approve: first review (goes to second review above the configured amount and for every serious-illness claim), "
            + "or second review by a supervisor other than the first reviewer. The claim is reassessed at approval against the committed "
            + "history of the member's plan year, under a per-member-year lock")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = NOTE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Approved or sent to second review",
            content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Second review by someone who is not a supervisor, or by the first reviewer")
    @APIResponse(responseCode = "409", description = "The claim is not waiting for this decision")
    public ClaimRequests.ClaimView approve(@PathParam("id") long id, ClaimRequests.Note note) {
        workflow.approve(id, actor(), text(note));
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Reject with a reason: NOT_COVERED, NO_COVER, WAITING_PERIOD, LATE_CLAIM, PREMIUM_UNPAID, DOCUMENTS_MISSING, "
            + "DIAGNOSIS_NOT_CONFIRMED, DUPLICATE_CLAIM, NOTHING_PAYABLE or OTHER")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", value = "{\"reason\":\"DOCUMENTS_MISSING\",\"note\":\"缺病理报告\"}")))
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    public ClaimRequests.ClaimView reject(@PathParam("id") long id, ClaimRequests.Rejection rejection) {
        RejectReason reason;
        try {
            reason = RejectReason.valueOf(rejection == null || rejection.reason() == null ? "" : rejection.reason().strip());
        } catch (IllegalArgumentException e) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", rejection == null ? "-" : String.valueOf(rejection.reason()));
        }
        if (reason == RejectReason.REVERSED) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", reason);
        }
        workflow.reject(id, actor(), reason, rejection.note());
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/pend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Pend the claim until documents come in")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = "{\"note\":\"请补交出院小结\"}")))
    @APIResponse(responseCode = "200", description = "Pending", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    public ClaimRequests.ClaimView pend(@PathParam("id") long id, ClaimRequests.Note note) {
        workflow.pend(id, actor(), text(note));
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.UNIT_AGENT})
    @Operation(summary = "Withdraw a claim that was never approved")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = "{\"note\":\"会员撤回申请\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    public ClaimRequests.ClaimView withdraw(@PathParam("id") long id, ClaimRequests.Note note) {
        workflow.withdraw(id, actor(), text(note));
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.UNIT_AGENT})
    @Operation(summary = "Appeal: reopens a rejected, approved or paid claim and reassesses it; after approval only the difference is paid")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = "{\"note\":\"会员对核定金额提出申诉\"}")))
    @APIResponse(responseCode = "200", description = "Reopened and reassessed", content = @Content(examples = @ExampleObject(name = "claim", value = CLAIM_EXAMPLE)))
    public ClaimRequests.ClaimView appeal(@PathParam("id") long id, ClaimRequests.Note note) {
        workflow.appeal(id, actor(), text(note));
        return queries.view(id, locale());
    }

    @POST
    @Path("{id}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Reverse an approved or paid claim; the member's other approved claims of the plan year are reassessed in order")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", value = "{\"note\":\"发票系伪造，撤销核定\"}")))
    @APIResponse(responseCode = "200", description = "Reversed; the claims whose amounts changed",
            content = @Content(examples = @ExampleObject(name = "changed", value = "[43,57]")))
    public List<Long> reverse(@PathParam("id") long id, ClaimRequests.Note note) {
        return workflow.reverse(id, actor(), text(note));
    }

    @POST
    @Path("reassessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Reassess every approved claim of a plan year, set-based, each member's claims in order of their accounting "
            + "date; answers with the count, the time taken and the claims per second")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan year",
            value = "{\"planCode\":\"WORKING_INPATIENT\",\"yearStart\":\"2026-07-01\"}")))
    @APIResponse(responseCode = "200", description = "Done", content = @Content(examples = @ExampleObject(name = "result",
            value = "{\"planCode\":\"WORKING_INPATIENT\",\"yearStart\":\"2026-07-01\",\"members\":2000,\"claims\":20000,"
                    + "\"changed\":12,\"millis\":6100,\"claimsPerSecond\":3278}")))
    public ClaimRequests.ReassessmentResult reassessPlanYear(ClaimRequests.ReassessmentRequest request) {
        policy.require(caller(), Action.ASSOCIATION_WORK, Target.association());
        return reassessment.reassess(request == null ? null : request.planCode(), request == null ? null : request.yearStart(), user());
    }

    private static String text(ClaimRequests.Note note) {
        return note == null ? null : note.note();
    }

    private ClaimWorkflow.Actor actor() {
        return new ClaimWorkflow.Actor(caller());
    }

    private Caller caller() {
        return Caller.of(user(), security::isUserInRole);
    }

    /** The access policy on a claim: its unit, its member, who filed it and who reviewed it first. */
    private void permit(Action action, long claimId) {
        policy.require(caller(), action, ClaimWorkflow.target(queries.row(claimId)));
    }

    /**
     * The units a search or queue covers: null for every unit (the caller sees everything and named none), else the unit
     * named (once the policy allowed it) or the caller's scope.
     */
    private Collection<String> units(String unitCode) {
        if (unitCode != null && !unitCode.isBlank()) {
            policy.require(caller(), Action.READ_CLAIM, Target.unit(unitCode.strip()));
            return null;
        }
        Scope scope = policy.scope(caller(), Action.READ_CLAIM);
        return scope.everything() ? null : scope.unitCodes();
    }

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
