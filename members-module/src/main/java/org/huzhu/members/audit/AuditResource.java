package org.huzhu.members.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.audit.AuditEntry;
import org.huzhu.platform.api.audit.AuditQuery;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.ReadEntry;

/** The audit trail of every state change and the read log of personal data, for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "审计 · Who changed what, before and after; who read whose data")
public class AuditResource {

    /** One change as the API shows it: the states are JSON (objects, arrays, values), not text. */
    public record ChangeView(long id, Instant at, String who, String what, String objectType, String objectId, Object before, Object after) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditTrail trail;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The audit trail, newest first: every change with who, when, what, the object and its state before and after; "
            + "filtered by who (user name), what (action code), object type and id, from and to (days, both included); at most 500 a page")
    @APIResponse(responseCode = "200", description = "One page of changes", content = @Content(examples = @ExampleObject(name = "changes",
            value = "[{\"id\":812,\"at\":\"2026-07-02T01:15:00Z\",\"who\":\"admin\",\"what\":\"ACCOUNT_DISABLED\",\"objectType\":\"ACCOUNT\","
                    + "\"objectId\":\"li.na\",\"before\":{\"enabled\":true},\"after\":{\"enabled\":false}}]")))
    @APIResponse(responseCode = "400", description = "A date that is not yyyy-mm-dd")
    public List<ChangeView> changes(@Parameter(description = "user name") @QueryParam("who") String who,
                                    @Parameter(description = "action code, e.g. CLAIM_APPROVED") @QueryParam("what") String what,
                                    @Parameter(description = "ACCOUNT, LOGIN, PLAN, UNIT, MEMBER, LIST, BILL, PAYMENT, CLAIM, DOCUMENT, "
                                            + "PAYMENT_BATCH, LEDGER, JOB") @QueryParam("object") String object,
                                    @QueryParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditQuery query = query(who, what, object, id, from, to, offset, limit);
        return trail.changes(query).stream().map(AuditResource::view).toList();
    }

    @GET
    @Path("reads")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The read log, newest first: who opened which member, claim or document, when; filtered like the trail")
    @APIResponse(responseCode = "200", description = "One page of reads", content = @Content(examples = @ExampleObject(name = "reads",
            value = "[{\"id\":90,\"at\":\"2026-07-02T01:16:00Z\",\"who\":\"officer\",\"objectType\":\"MEMBER\",\"objectId\":\"310115198203150412\"}]")))
    @APIResponse(responseCode = "400", description = "A date that is not yyyy-mm-dd")
    public List<ReadEntry> reads(@QueryParam("who") String who, @QueryParam("object") String object, @QueryParam("id") String id,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return trail.reads(query(who, null, object, id, from, to, offset, limit));
    }

    private AuditQuery query(String who, String what, String object, String id, String from, String to, int offset, int limit) {
        policy.require(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole), Action.READ_AUDIT, Target.association());
        return new AuditQuery(who, what, object, id, AuditQuery.day(from), AuditQuery.day(to), offset, limit);
    }

    static ChangeView view(AuditEntry entry) {
        return new ChangeView(entry.id(), entry.at(), entry.who(), entry.action(), entry.objectType(), entry.objectId(), json(entry.before()),
                json(entry.after()));
    }

    private static Object json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.fromJson(text, Object.class);
        } catch (JsonbException notJson) {
            return text;
        }
    }
}
