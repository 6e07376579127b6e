package org.huzhu.claims.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("claims/settlement-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "理赔 · Claims: intake, assessment with explanation, review, appeal, work queues")
public class FeedResource {

    @Inject
    SettlementFeed feed;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Import a hospital settlement feed (免申即享): each row becomes a claim for a covered member, filed and assessed; "
            + "rows matching no member or no cover are reported. Columns: resident_id, plan_code, type (default INPATIENT), service_date, "
            + "end_date, days_in_hospital, hospital, hospital_level, icd10, total_cost, basic_insurance_paid, in_scope_self_pay, "
            + "out_of_scope_self_pay, invoice_no")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "feed",
            value = "resident_id,plan_code,type,service_date,end_date,days_in_hospital,hospital,hospital_level,icd10,total_cost,"
                    + "basic_insurance_paid,in_scope_self_pay,out_of_scope_self_pay,invoice_no\n310115198203150412,WORKING_INPATIENT,INPATIENT,"
                    + "2026-03-02,2026-03-11,10,上海市第一人民医院,TERTIARY,K35.8,20000.00,14000.00,5000.00,1000.00,SH-2026-000123\n")))
    @APIResponse(responseCode = "200", description = "Claims created and rows not taken, with the reason",
            content = @Content(examples = @ExampleObject(name = "report", value = "{\"rowsRead\":2,\"claimsCreated\":1,\"claims\":[\"CL00000044\"],"
                    + "\"problems\":[{\"row\":3,\"residentId\":\"110101199003070011\",\"code\":\"claim.member.unknown\","
                    + "\"message\":\"第 3 行：没有身份证号为 110101199003070011 的会员。\"}]}")))
    public SettlementFeed.Report load(InputStream file) throws IOException {
        // a hospital feed names members of every unit: association work
        policy.require(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole), Action.ASSOCIATION_WORK, Target.association());
        return feed.load(file.readAllBytes(), security.getUserPrincipal().getName(),
                SupportedLocales.firstSupported(headers.getAcceptableLanguages()));
    }
}
