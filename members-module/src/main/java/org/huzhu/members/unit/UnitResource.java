package org.huzhu.members.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.members.api.account.AccountAdministration;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "单位 · Units and the union hierarchy")
public class UnitResource {

    private static final String UNIT_EXAMPLE = "{\"id\":3,\"code\":\"PD-0001\",\"kind\":\"UNIT\",\"name\":\"上海浦东机械厂工会\","
            + "\"parentCode\":\"PD\",\"memberCount\":120,\"validFrom\":\"1994-01-01\"}";

    @Inject
    MemberDirectory directory;

    @Inject
    UnitRegistry registry;

    @Inject
    AccessPolicy policy;

    @Inject
    AccountAdministration accounts;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List the union hierarchy: association, district unions, units and community offices; officers and supervisors "
            + "see their own organisation and what lies beneath it")
    @APIResponse(responseCode = "200", description = "Every organisation the caller may see, with its count of active members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "units", value = "[" + UNIT_EXAMPLE + "]")))
    public List<UnitView> units() {
        Scope scope = policy.scope(caller(), Action.READ_UNIT);
        return directory.units().stream().filter(unit -> scope.includes(unit.code())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "Read a unit with the names it carried over time; a unit agent reads only their own unit")
    @APIResponse(responseCode = "200", description = "The unit and its name history", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "unit", value = "{\"unit\":" + UNIT_EXAMPLE + ",\"names\":[{\"name\":\"上海浦东机械厂工会\",\"validFrom\":\"1994-01-01\"}]}")))
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public UnitRequests.UnitDetails unit(@PathParam("code") String code) {
        UnitView unit = readable(code);
        return new UnitRequests.UnitDetails(unit, registry.names(code));
    }

    @GET
    @Path("{code}/members")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_AGENT})
    @Operation(summary = "List a unit's active members, ordered by resident ID, one page at a time; resident IDs and bank cards are "
            + "masked (first and last four): the full ones are on the member's detail, GET /members/number/{id} or /members/{residentId}")
    @APIResponse(responseCode = "200", description = "One page of members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "members",
                    value = "[{\"id\":17,\"residentId\":\"3101********0412\",\"name\":\"王建国\",\"sex\":\"MALE\","
                            + "\"birthDate\":\"1982-03-15\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,"
                            + "\"hardship\":false,\"unitCode\":\"PD-0001\",\"unitName\":\"上海浦东机械厂工会\",\"membership\":\"ACTIVE\"}]")))
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public List<MemberView> members(@PathParam("code") String code,
                                    @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        readable(code);
        return directory.membersOf(code, offset, limit).stream().map(MemberView::masked).toList();
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Create a unit, community office or union under its parent")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new unit", value = "{\"code\":\"PD-0005\",\"kind\":\"UNIT\","
            + "\"parentCode\":\"PD\",\"name\":\"浦东新区第一医院工会\",\"validFrom\":\"2026-01-01\"}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "403", description = "The parent is outside the caller's organisation")
    public Response create(@Valid @NotNull UnitRequests.NewUnit unit) {
        policy.require(caller(), Action.MANAGE_UNIT, unit.parentCode() == null || unit.parentCode().isBlank() ? Target.association()
                : Target.unit(unit.parentCode().strip()));
        UnitView created = registry.create(unit.code(), unit.kind(), unit.parentCode(), unit.name(), unit.validFrom(), user());
        return Response.created(URI.create("units/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}/name")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Rename a unit from a date; the old name stays in its history")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rename", value = "{\"name\":\"上海浦东重工机械有限公司工会\",\"effectiveDate\":\"2026-07-01\"}")))
    @APIResponse(responseCode = "200", description = "The renamed unit", content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
    public UnitView rename(@PathParam("code") String code, @Valid @NotNull UnitRequests.Rename rename) {
        policy.require(caller(), Action.MANAGE_UNIT, Target.unit(code));
        return registry.rename(code, rename.name(), rename.effectiveDate(), user());
    }

    @POST
    @Path("{code}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Merge a unit into another: its active members move on the date and the unit closes")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "merge", value = "{\"intoCode\":\"PD-0001\",\"effectiveDate\":\"2026-07-01\"}")))
    @APIResponse(responseCode = "200", description = "The absorbing unit", content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
    public UnitView merge(@PathParam("code") String code, @Valid @NotNull UnitRequests.Merge merge) {
        policy.require(caller(), Action.MANAGE_UNIT, Target.unit(code));
        policy.require(caller(), Action.MANAGE_UNIT, Target.unit(merge.intoCode()));
        return registry.merge(code, merge.intoCode(), merge.effectiveDate(), user());
    }

    @POST
    @Path("{code}/split")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Split a unit: a new unit under the same parent takes the listed members on the date")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "split", value = "{\"newCode\":\"PD-0006\",\"newName\":\"浦东机械厂后勤服务公司工会\","
            + "\"residentIds\":[\"310115198203150412\"],\"effectiveDate\":\"2026-07-01\"}")))
    @APIResponse(responseCode = "200", description = "The new unit", content = @Content(examples = @ExampleObject(name = "unit", value = UNIT_EXAMPLE)))
    public UnitView split(@PathParam("code") String code, @Valid @NotNull UnitRequests.Split split) {
        policy.require(caller(), Action.MANAGE_UNIT, Target.unit(code));
        return registry.split(code, split.newCode(), split.newName(), split.residentIds(), split.effectiveDate(), user());
    }

    @PUT
    @Path("{code}/agents/{username}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Make an account holding UNIT_AGENT the agent (代办员) of a unit or community office: its organisation becomes "
            + "the unit. An administrator, or a supervisor for units beneath their organisation")
    @APIResponse(responseCode = "204", description = "Assigned (one row in the account's audit trail)")
    @APIResponse(responseCode = "400", description = "The organisation is not a unit or community office")
    @APIResponse(responseCode = "403", description = "The unit, or the agent's present unit, is outside the caller's organisation")
    @APIResponse(responseCode = "404", description = "No such unit, or no such account",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown account",
                    value = "{\"type\":\"urn:huzhu:problem:unit.agent.unknownAccount\",\"title\":\"未找到账户\",\"status\":404,"
                            + "\"detail\":\"没有用户名为 nobody 的账户，请先创建代办员账户。\"}")))
    @APIResponse(responseCode = "409", description = "The account does not hold UNIT_AGENT")
    public void assignAgent(@PathParam("code") String code, @PathParam("username") String username) {
        accounts.assignAgent(caller(), code, username);
    }

    private UnitView readable(String code) {
        UnitView unit = directory.unit(code).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "unit.notFound",
                DomainException.Kind.NOT_FOUND, code));
        policy.require(caller(), Action.READ_UNIT, Target.unit(unit.code()));
        return unit;
    }

    private Caller caller() {
        return Caller.of(user(), security::isUserInRole);
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
