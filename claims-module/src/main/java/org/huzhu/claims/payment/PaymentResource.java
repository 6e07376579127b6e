package org.huzhu.claims.payment;

import org.huzhu.claims.api.BankFile;
import org.huzhu.claims.api.PaymentRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

@Path("payment-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claim payments", description = "赔款支付 · Payment batches, bank transfer files and the bank's return files")
public class PaymentResource {

    private static final String BATCH_EXAMPLE = "{\"id\":3,\"status\":\"OPEN\",\"lineCount\":2,\"total\":17000.00,\"createdBy\":\"supervisor\","
            + "\"createdAt\":\"2026-04-01T10:00:00\",\"lines\":[{\"id\":11,\"claimId\":42,\"claimReference\":\"CL00000042\",\"payeeName\":\"王建国\","
            + "\"account\":\"6222020000000000001\",\"unionAccount\":false,\"amount\":2000.00,\"status\":\"PENDING\"},{\"id\":12,\"claimId\":43,"
            + "\"claimReference\":\"CL00000043\",\"payeeName\":\"李秀英\",\"account\":\"UNION-BENEFICIARY-ACCOUNT\",\"unionAccount\":true,"
            + "\"amount\":15000.00,\"status\":\"PENDING\"}],\"skipped\":[]}";

    @Inject
    PaymentBatches batches;

    @Inject
    BankFiles bankFiles;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Put every approved claim with an amount still to pay (optionally of one plan) into a new payment batch")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "all plans", value = "{\"planCode\":null}")))
    @APIResponse(responseCode = "201", description = "The batch", content = @Content(examples = @ExampleObject(name = "batch", value = BATCH_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Nothing to pay")
    public Response create(PaymentRequests.NewBatch request) {
        associationWork();
        PaymentRequests.BatchView batch = batches.create(request == null ? null : request.planCode(), user());
        return Response.created(URI.create("payment-batches/" + batch.id())).entity(batch).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "The latest payment batches, newest first")
    @APIResponse(responseCode = "200", description = "Batches", content = @Content(examples = @ExampleObject(name = "batches",
            value = "[{\"id\":3,\"status\":\"OPEN\",\"lineCount\":2,\"total\":17000.00,\"createdBy\":\"supervisor\"}]")))
    public List<PaymentRequests.BatchView> list() {
        associationWork();
        return batches.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "A payment batch with its lines")
    @APIResponse(responseCode = "200", description = "The batch", content = @Content(examples = @ExampleObject(name = "batch", value = BATCH_EXAMPLE)))
    public PaymentRequests.BatchView batch(@PathParam("id") long id) {
        associationWork();
        return batches.view(id);
    }

    @GET
    @Path("{id}/bank-file")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "The bank transfer file of the batch: payee, card, amount, claim reference under Chinese headers; GBK CSV or XLSX "
            + "(format=csv|xlsx, default the setting huzhu.bank-file.format, else csv). Nothing masked, no text a formula")
    @APIResponse(responseCode = "200", description = "GBK CSV or XLSX", content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
            value = "收款人户名,收款人账号,金额,用途\r\n王建国,6222020000000000001,2000.00,CL00000042\r\n")))
    @APIResponse(responseCode = "400", description = "A format other than csv or xlsx")
    @APIResponse(responseCode = "422", description = "A payee's name that GBK cannot write (take the XLSX)")
    public Response bankFile(@PathParam("id") long id, @QueryParam("format") String format) {
        associationWork();
        BankFile file = bankFiles.file(id, format);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @POST
    @Path("{id}/bank-return")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "Apply the bank's return file (claim_reference, result PAID or FAILED, message): paid lines are paid, "
            + "failed claims go back to approved for the next batch")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "return",
            value = "claim_reference,result,message\nCL00000042,PAID,\nCL00000043,FAILED,账户已销户\n")))
    @APIResponse(responseCode = "200", description = "What was applied, and rows that named no pending line",
            content = @Content(examples = @ExampleObject(name = "result", value = "{\"batchId\":3,\"paid\":1,\"failed\":1,\"stillPending\":0,\"problems\":[]}")))
    public PaymentRequests.ReturnResult bankReturn(@PathParam("id") long id, InputStream file) throws IOException {
        associationWork();
        return batches.applyReturn(id, file.readAllBytes(), user(), SupportedLocales.firstSupported(headers.getAcceptableLanguages()));
    }

    /** A batch spans every unit: association-level staff only. */
    private void associationWork() {
        policy.require(Caller.of(user(), security::isUserInRole), Action.ASSOCIATION_WORK, Target.association());
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
