package org.huzhu.members.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "单位 · Units and the union hierarchy")
public class UnitResource {

    @Inject
    MemberDirectory directory;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List the union hierarchy: association, district unions, units and community offices")
    @APIResponse(responseCode = "200", description = "Every organisation with its member count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "units",
                    value = "[{\"id\":3,\"code\":\"PD-0001\",\"kind\":\"UNIT\",\"name\":\"上海浦东机械厂工会\","
                            + "\"parentCode\":\"PD\",\"memberCount\":80}]")))
    public List<UnitView> units() {
        return directory.units();
    }

    @GET
    @Path("{code}/members")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "List a unit's members, ordered by resident ID, one page at a time")
    @APIResponse(responseCode = "200", description = "One page of members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "members",
                    value = "[{\"id\":17,\"residentId\":\"310115198203150417\",\"name\":\"王建国\",\"sex\":\"MALE\","
                            + "\"birthDate\":\"1982-03-15\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,"
                            + "\"hardship\":false,\"unitCode\":\"PD-0001\",\"unitName\":\"上海浦东机械厂工会\"}]")))
    @APIResponse(responseCode = "404", description = "No unit has this code")
    public List<MemberView> members(@PathParam("code") String code,
                                    @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        directory.unit(code).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "unit.notFound",
                DomainException.Kind.NOT_FOUND, code));
        return directory.membersOf(code, offset, limit);
    }
}
