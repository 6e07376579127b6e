package org.huzhu.members.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "会员 · Members")
public class MemberResource {

    @Inject
    MemberDirectory directory;

    @GET
    @Path("{residentId}")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Read a member by resident ID number")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "member", value = "{\"id\":17,\"residentId\":\"310115198203150417\","
                    + "\"name\":\"王建国\",\"sex\":\"MALE\",\"birthDate\":\"1982-03-15\",\"status\":\"IN_SERVICE\","
                    + "\"basicInsurance\":true,\"hardship\":false,\"unitCode\":\"PD-0001\",\"unitName\":\"上海浦东机械厂工会\"}")))
    @APIResponse(responseCode = "400", description = "The ID number is malformed or its check digit is wrong",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad check digit",
                    value = "{\"type\":\"urn:huzhu:problem:member.residentId.checkDigit\",\"title\":\"身份证号无效\","
                            + "\"status\":400,\"detail\":\"身份证号“310115198203150413”的校验位不正确，应为 2。\"}")))
    @APIResponse(responseCode = "404", description = "No member has this ID number")
    public MemberView byResidentId(
            @Parameter(description = "18-character resident ID number", example = "310115198203150412")
            @PathParam("residentId") String residentId) {
        ResidentId id = ResidentId.parse(residentId);
        return directory.findByResidentId(id).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE,
                "member.notFound", DomainException.Kind.NOT_FOUND, id.value()));
    }
}
