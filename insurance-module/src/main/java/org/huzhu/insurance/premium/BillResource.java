package org.huzhu.insurance.premium;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.premium.BillLineView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("bills")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Premium", description = "保费 · Bills and their lines")
public class BillResource {

    static final String BILL_EXAMPLE = "{\"id\":7,\"unitCode\":\"PD-0001\",\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"2026\",\"listId\":12,"
            + "\"issuedOn\":\"2026-06-20\",\"paymentDue\":\"2026-07-05\",\"rate\":65.00,\"unitAverageAge\":41.3,\"lines\":3,\"total\":195.00,"
            + "\"byPayer\":{\"UNIT\":195.00},\"paid\":100.00,\"outstanding\":95.00,\"status\":\"PARTIALLY_PAID\","
            + "\"statusReason\":\"Awaiting 95.00 yuan by 2026-07-05; cover is in force only once the bill is paid in full.\"}";

    @Inject
    Billing billing;

    @Inject
    UnitAccess access;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Bills of a unit (unit=...), or of an enrolment list (list=...), oldest first")
    @APIResponse(responseCode = "200", description = "Bills", content = @Content(examples = @ExampleObject(name = "bills", value = "[" + BILL_EXAMPLE + "]")))
    public List<BillView> bills(@QueryParam("unit") String unitCode, @QueryParam("list") Long listId) {
        if (listId != null) {
            List<BillView> bills = billing.ofList(listId, locale());
            bills.forEach(bill -> access.require(caller(), Action.READ_PREMIUM, bill.unitCode()));
            return bills;
        }
        return billing.ofUnit(access.require(caller(), Action.READ_PREMIUM, unitCode), locale());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "One bill: total, split by payer, paid, outstanding, status and why")
    @APIResponse(responseCode = "200", description = "The bill", content = @Content(examples = @ExampleObject(name = "bill", value = BILL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such bill")
    public BillView bill(@PathParam("id") long id) {
        BillView bill = billing.require(id, locale());
        access.require(caller(), Action.READ_PREMIUM, bill.unitCode());
        return bill;
    }

    @GET
    @Path("{id}/lines")
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The bill's lines, one per member, with the parts each payer owes")
    @APIResponse(responseCode = "200", description = "Lines", content = @Content(examples = @ExampleObject(name = "lines", value = "[{\"enrolmentId\":101,"
            + "\"memberId\":55,\"shares\":1,\"coverStart\":\"2026-07-01\",\"hardship\":false,\"amount\":65.00,\"unitPart\":65.00,\"unionPart\":0.00,"
            + "\"memberPart\":0.00,\"hardshipFundPart\":0.00}]")))
    public List<BillLineView> lines(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("1000") int limit) {
        bill(id);
        return billing.lines(id, Math.max(0, offset), Math.min(Math.max(1, limit), 10_000));
    }

    private Caller caller() {
        return UnitAccess.caller(security);
    }

    private Locale locale() {
        return SupportedLocales.firstSupported(headers.getAcceptableLanguages());
    }
}
