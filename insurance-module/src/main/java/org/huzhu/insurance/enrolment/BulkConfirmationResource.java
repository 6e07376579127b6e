package org.huzhu.insurance.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.enrolment.BulkConfirmation;
import org.huzhu.insurance.api.enrolment.ListSelection;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.SupportedLocales;

/** Bulk confirmation of waiting enrolment lists by a district-union supervisor ({@link BulkConfirmations}). */
@Path("enrolment-lists/confirmations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolment", description = "投保名单 · Enrolment lists, uploads, confirmation and renewal")
public class BulkConfirmationResource {

    @Inject
    BulkConfirmations confirmations;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /**
     * The lists to confirm, either by number ({@code listIds}) or every waiting list of a plan version
     * ({@code planCode}, {@code versionCode}), optionally only of the units within a union ({@code within}) and with
     * a unit code prefix ({@code unitCodePrefix}); the date of confirmation; and how many lists each transaction
     * confirms (500 unless given).
     */
    public record ConfirmationsRequest(List<Long> listIds, String planCode, String versionCode, String within, String unitCodePrefix,
                                       @NotNull LocalDate confirmedOn,
                                       @Min(1) @Max(BulkConfirmations.MAX_LISTS_PER_TRANSACTION) Integer listsPerTransaction) {
    }

    /** A list left as it was, with the reason in the reader's language. */
    public record SkippedListView(long listId, String unitCode, String code, String message) {
    }

    /** What was done; {@code transactionsAtOnce} is 2 when the lists were independent (one version, one list per unit). */
    public record ConfirmationsResult(LocalDate confirmedOn, int listsSelected, int listsConfirmed, long enrolments, int bills,
                                      BigDecimal billed, int listsSkipped, int transactions, int transactionsAtOnce, long millis,
                                      List<SkippedListView> skipped) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Confirm many waiting lists at once (district-union supervisor): named lists, or every waiting list of a plan "
            + "version, optionally within a union and by unit code prefix. Enrolments, bills and journal entries are the same as confirming "
            + "the lists one by one in list order; lists are confirmed in transactions of listsPerTransaction (500) lists, two at a time "
            + "when the lists are of one version and one per unit, and those committed before a failure stay confirmed. Lists the "
            + "supervisor submitted (four eyes), lists decided already (also by another supervisor meanwhile), unknown lists and lists "
            + "confirmed too late for their version are skipped, each with the reason")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "version", value = "{\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"2026\",\"within\":\"PD\","
                    + "\"unitCodePrefix\":\"PD-00\",\"confirmedOn\":\"2026-06-20\"}"),
            @ExampleObject(name = "lists", value = "{\"listIds\":[12,13,14],\"confirmedOn\":\"2026-06-20\"}")}))
    @APIResponse(responseCode = "200", description = "What was confirmed and billed, and every list skipped with the reason",
            content = @Content(examples = @ExampleObject(name = "done", value = "{\"confirmedOn\":\"2026-06-20\",\"listsSelected\":3,"
                    + "\"listsConfirmed\":2,\"enrolments\":236,\"bills\":2,\"billed\":15340.00,\"listsSkipped\":1,\"transactions\":1,"
                    + "\"transactionsAtOnce\":1,\"millis\":412,"
                    + "\"skipped\":[{\"listId\":14,\"unitCode\":\"PD-0003\",\"code\":\"enrolment.list.ownList\","
                    + "\"message\":\"You submitted list 14; another reviewer must confirm it.\"}]}")))
    @APIResponse(responseCode = "400", description = "Neither or both of list numbers and plan version, or a field out of range")
    @APIResponse(responseCode = "403", description = "A list named is of a unit outside the supervisor's organisation (nothing is confirmed); "
            + "a plan version's lists outside it are simply not selected")
    @APIResponse(responseCode = "404", description = "Unknown plan version or union")
    @APIResponse(responseCode = "409", description = "The month of the confirmation date is closed in the ledger")
    public ConfirmationsResult confirmMany(@Valid @NotNull ConfirmationsRequest request) {
        Caller caller = Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
        BulkConfirmation done = confirmations.confirm(new ListSelection(request.listIds(), request.planCode(), request.versionCode(),
                request.within(), request.unitCodePrefix()), request.confirmedOn(), caller.username(),
                request.listsPerTransaction(), policy.scope(caller, Action.CONFIRM_LIST));
        Locale locale = SupportedLocales.firstSupported(headers.getAcceptableLanguages());
        List<SkippedListView> skipped = done.skipped().stream().map(s -> new SkippedListView(s.listId(), s.unitCode(), s.reason().code(),
                s.reason().text(locale))).toList();
        return new ConfirmationsResult(done.confirmedOn(), done.listsSelected(), done.listsConfirmed(), done.enrolments(), done.bills(),
                done.billed(), skipped.size(), done.transactions(), done.transactionsAtOnce(), done.millis(), skipped);
    }
}
