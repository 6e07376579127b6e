package org.huzhu.members.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberEventView;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.members.api.account.IssuedCode;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "会员 · Members")
public class MemberResource {

    private static final String MEMBER_EXAMPLE = "{\"id\":17,\"residentId\":\"310115198203150412\",\"name\":\"王建国\",\"sex\":\"MALE\","
            + "\"birthDate\":\"1982-03-15\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,\"hardship\":false,"
            + "\"unitCode\":\"PD-0001\",\"unitName\":\"上海浦东机械厂工会\",\"membership\":\"ACTIVE\",\"modelWorker\":false}";

    @Inject
    MemberDirectory directory;

    @Inject
    MemberRegistry registry;

    @Inject
    AccessPolicy policy;

    @Inject
    AccountAdministration accounts;

    @Context
    SecurityContext security;

    @Inject
    AuditTrail audit;

    @GET
    @Path("{residentId}")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "Read a member by resident ID number (staff over the member's unit, or the unit's agent)")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The ID number is malformed or its check digit is wrong",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad check digit",
                    value = "{\"type\":\"urn:huzhu:problem:member.residentId.checkDigit\",\"title\":\"身份证号无效\","
                            + "\"status\":400,\"detail\":\"身份证号“310115198203150413”的校验位不正确，应为 2。\"}")))
    @APIResponse(responseCode = "404", description = "No member has this ID number")
    public MemberView byResidentId(
            @Parameter(description = "18-character resident ID number", example = "310115198203150412")
            @PathParam("residentId") String residentId) {
        MemberView member = readable(Action.READ_MEMBER, ResidentId.parse(residentId));
        audit.read(user(), AuditedObject.MEMBER, member.residentId());
        // the caller named the resident ID; the bank card is shown in full only to who may read it
        return fullDetails(member) ? member : new MemberView(member.id(), member.residentId(), member.name(), member.sex(), member.birthDate(),
                member.status(), member.retiredOn(), member.basicInsurance(), member.hardship(), member.unitCode(), member.unitName(),
                member.membership(), member.membershipChangedOn(), member.modelWorker(), member.masked().bankCard());
    }

    @GET
    @Path("number/{number}")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "Read a member by the number (id) the lists give: the detail, with the full resident ID and bank card for staff "
            + "over the member's unit (masked for the unit's agent)")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a member within the caller's reach (whether or not the number exists)")
    @APIResponse(responseCode = "404", description = "No member has this number (for those who reach every unit)")
    public MemberView byNumber(@PathParam("number") long number) {
        Optional<MemberView> found = directory.findById(number);
        policy.require(caller(), Action.READ_MEMBER, Target.member(found.map(MemberView::unitCode).orElse(null),
                found.map(MemberView::residentId).orElse("#" + number)));
        MemberView member = found.orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "member.notFound", DomainException.Kind.NOT_FOUND,
                "#" + number));
        audit.read(user(), AuditedObject.MEMBER, member.residentId());
        return fullDetails(member) ? member : member.masked();
    }

    private boolean fullDetails(MemberView member) {
        return policy.allows(caller(), Action.READ_PERSONAL_DETAILS, Target.member(member.unitCode(), member.residentId()));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Register a member in a unit; sex and birth date follow from the ID and must agree with it when given")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new member", value = "{\"residentId\":\"310115199002280020\","
            + "\"name\":\"李秀英\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,\"unitCode\":\"PD-0002\",\"joinedOn\":\"2026-11-01\"}")))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad fields, each listed under errors")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's organisation")
    @APIResponse(responseCode = "409", description = "The ID is already registered")
    public Response register(@Valid @NotNull MemberRequests.NewMember member) {
        policy.require(caller(), Action.MANAGE_MEMBER, Target.unit(member.unitCode()));
        MemberView created = registry.register(member.record(), member.unitCode(), member.joinedOn(), user());
        return Response.created(URI.create("members/" + created.residentId())).entity(created).build();
    }

    @GET
    @Path("{residentId}/history")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "A member's history: joining, moves, retirement, leaving, death, with who recorded each and when")
    @APIResponse(responseCode = "200", description = "Events in order of effect", content = @Content(examples = @ExampleObject(name = "history",
            value = "[{\"kind\":\"JOINED\",\"effectiveDate\":\"2015-01-01\",\"unitCode\":\"PD-0001\",\"recordedBy\":\"officer\","
                    + "\"recordedAt\":\"2026-11-29T08:00:00Z\"}]")))
    public List<MemberEventView> history(@PathParam("residentId") String residentId) {
        MemberView member = readable(Action.READ_MEMBER, ResidentId.parse(residentId));
        audit.read(user(), AuditedObject.MEMBER, member.residentId());
        return registry.history(ResidentId.parse(member.residentId()));
    }

    @POST
    @Path("{residentId}/events")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Record a status change with its effect date: RETIRED, LEFT_UNIT, DIED, or MOVED (with toUnitCode)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retirement", value = "{\"kind\":\"RETIRED\",\"effectiveDate\":\"2026-12-01\"}")))
    @APIResponse(responseCode = "200", description = "The member after the change", content = @Content(examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The member's status does not allow this change")
    public MemberView change(@PathParam("residentId") String residentId, @Valid @NotNull MemberRequests.StatusChange change) {
        ResidentId id = ResidentId.parse(readable(Action.MANAGE_MEMBER, ResidentId.parse(residentId)).residentId());
        if (change.kind() == org.huzhu.members.api.MemberEventKind.MOVED && change.toUnitCode() != null) {
            policy.require(caller(), Action.MANAGE_MEMBER, Target.unit(change.toUnitCode()));
        }
        return switch (change.kind()) {
            case RETIRED -> registry.retire(id, change.effectiveDate(), user());
            case LEFT_UNIT -> registry.leave(id, change.effectiveDate(), user());
            case DIED -> registry.die(id, change.effectiveDate(), user());
            case MOVED -> registry.move(id, change.toUnitCode(), change.effectiveDate(), user());
            default -> throw new DomainException(MembersMessages.BUNDLE, "member.event.unsupported", DomainException.Kind.INVALID, change.kind().name());
        };
    }

    @POST
    @Path("{residentId}/activation-code")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Issue the member's one-time activation code (valid 14 days; a new one replaces the old); the member sets a "
            + "password with it at 首次登录 or POST /accounts/activation, with the resident ID as user name")
    @APIResponse(responseCode = "200", description = "The code, shown once", content = @Content(examples = @ExampleObject(name = "code",
            value = "{\"username\":\"310115198203150412\",\"activationCode\":\"K7M2Q9XA\"}")))
    @APIResponse(responseCode = "403", description = "The member's unit is outside the caller's organisation")
    @APIResponse(responseCode = "404", description = "No member has this ID number")
    public IssuedCode activationCode(@PathParam("residentId") String residentId) {
        return accounts.issueMemberCode(caller(), residentId);
    }

    /** The member, after the policy allowed the caller the action on them. */
    private MemberView readable(Action action, ResidentId id) {
        Optional<MemberView> found = directory.findByResidentId(id);
        // out of reach alike whether the person is another unit's member or nobody's: only who reaches everything learns "not found"
        policy.require(caller(), action, Target.member(found.map(MemberView::unitCode).orElse(null), id.value()));
        return found.orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "member.notFound", DomainException.Kind.NOT_FOUND, id.value()));
    }

    private Caller caller() {
        return Caller.of(user(), security::isUserInRole);
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
