package org.huzhu.insurance.premium;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

@Path("payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Premium", description = "保费 · Payments, vouchers and reversals")
public class PaymentResource {

    private static final String PAYMENT_EXAMPLE = "{\"id\":31,\"unitCode\":\"PD-0001\",\"receivedOn\":\"2026-06-25\",\"amount\":100.00,"
            + "\"payer\":\"UNIT\",\"bankReference\":\"ICBC-20260625-0042\",\"allocations\":[{\"billId\":7,\"kind\":\"PAYMENT\",\"amount\":100.00,"
            + "\"on\":\"2026-06-25\"}],\"toCredit\":0.00,\"hasVoucher\":false,\"journalEntry\":88}";

    @Inject
    Payments payments;

    @Inject
    UnitAccess access;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Record a payment: allocated to the unit's open bills oldest first, or to the chosen bill (billId); "
            + "what is left over becomes the unit's credit. A bill paid in full puts its cover in force")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "payment", value = "{\"unitCode\":\"PD-0001\",\"receivedOn\":\"2026-06-25\","
            + "\"amount\":100.00,\"payer\":\"UNIT\",\"bankReference\":\"ICBC-20260625-0042\"}")))
    @APIResponse(responseCode = "201", description = "Recorded and allocated", content = @Content(examples = @ExampleObject(name = "payment",
            value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Amount, date or payer not valid")
    @APIResponse(responseCode = "409", description = "The chosen bill is paid or lapsed")
    public Response record(@NotNull PremiumRequests.NewPayment request) {
        access.require(caller(), Action.RECORD_PAYMENT, request.unitCode());
        PaymentView payment = payments.record(new Payments.NewPayment(request.unitCode(), request.receivedOn(), request.amount(), request.payer(),
                request.bankReference(), request.billId()), security.getUserPrincipal().getName());
        return Response.created(URI.create("payments/" + payment.id())).entity(payment).build();
    }

    @GET
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Payments of a unit, oldest first")
    @APIResponse(responseCode = "200", description = "Payments", content = @Content(examples = @ExampleObject(name = "payments",
            value = "[" + PAYMENT_EXAMPLE + "]")))
    public List<PaymentView> ofUnit(@QueryParam("unit") String unitCode) {
        return payments.ofUnit(access.require(caller(), Action.READ_PREMIUM, unitCode));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "One payment and where it went")
    @APIResponse(responseCode = "200", description = "The payment", content = @Content(examples = @ExampleObject(name = "payment", value = PAYMENT_EXAMPLE)))
    public PaymentView payment(@PathParam("id") long id) {
        return payment(id, Action.READ_PREMIUM);
    }

    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Reverse a wrongly recorded payment: allocations and credit taken back, the journal entry reversed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reversal", value = "{\"note\":\"Keyed against the wrong unit\"}")))
    @APIResponse(responseCode = "200", description = "Reversed", content = @Content(examples = @ExampleObject(name = "payment", value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already reversed, its credit used, or its cover already earned")
    public PaymentView reverse(@PathParam("id") long id, PremiumRequests.Reversal reversal) {
        payment(id, Action.REVERSE_PAYMENT);
        return payments.reverse(id, reversal == null ? null : reversal.note(), security.getUserPrincipal().getName());
    }

    @PUT
    @Path("{id}/voucher")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Upload the scanned payment voucher (PDF, JPEG or PNG, checked by its first bytes, at most 5 MB)")
    @RequestBody(content = @Content(mediaType = "image/png", examples = @ExampleObject(name = "png", value = "(PNG bytes)")))
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "400", description = "Not a PDF, JPEG or PNG, empty, or too large",
            content = @Content(examples = @ExampleObject(name = "type", value = "{\"title\":\"Voucher type not accepted\"}")))
    public Response uploadVoucher(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
        payment(id, Action.UPLOAD_VOUCHER);
        byte[] content = body.readNBytes(Payments.VOUCHER_MAX_BYTES + 1);
        payments.storeVoucher(id, content, fileName, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/voucher")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.UNIT_AGENT, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The stored voucher, in its detected type")
    @APIResponse(responseCode = "200", description = "The voucher", content = @Content(mediaType = "image/png", examples = @ExampleObject(name = "png",
            value = "(PNG bytes)")))
    public Response voucher(@PathParam("id") long id) {
        payment(id);
        Payments.Voucher voucher = payments.voucher(id).orElseThrow(() -> Reason.of("premium.voucher.none", id)
                .exception(DomainException.Kind.NOT_FOUND));
        return Response.ok(voucher.content(), voucher.contentType()).build();
    }

    /** The payment, after the policy allowed the action on its unit. */
    private PaymentView payment(long id, Action action) {
        PaymentView payment = payments.require(id);
        access.require(caller(), action, payment.unitCode());
        return payment;
    }

    private Caller caller() {
        return UnitAccess.caller(security);
    }
}
