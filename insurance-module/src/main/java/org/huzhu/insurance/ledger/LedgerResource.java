package org.huzhu.insurance.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.ledger.AccountStatementView;
import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.api.ledger.TrialBalanceView;
import org.huzhu.insurance.access.QueryParameters;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.DomainValues;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;

@Path("ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "总账 · Premium journal: trial balance, account statements, reversals, month close")
public class LedgerResource {

    private static final String ENTRY_EXAMPLE = "{\"id\":88,\"date\":\"2026-06-25\",\"kind\":\"PAYMENT_RECEIVED\",\"reference\":\"31\","
            + "\"unitCode\":\"PD-0001\",\"postedBy\":\"officer\",\"postings\":[{\"account\":\"BANK\",\"side\":\"DEBIT\",\"amount\":100.00},"
            + "{\"account\":\"PREMIUM_RECEIVABLE\",\"side\":\"CREDIT\",\"amount\":100.00}]}";

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    @Inject
    AccessPolicy policy;

    @Context
    SecurityContext security;

    @GET
    @Path("trial-balance")
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Trial balance: debits, credits and balance of every account from the entries up to a date (today by default)")
    @APIResponse(responseCode = "200", description = "The trial balance; balanceSum is always zero", content = @Content(examples = @ExampleObject(
            name = "trialBalance", value = "{\"asOf\":\"2026-07-31\",\"accounts\":[{\"account\":\"PREMIUM_RECEIVABLE\",\"normalSide\":\"DEBIT\","
                    + "\"debits\":195.00,\"credits\":195.00,\"balance\":0.00,\"normalBalance\":0.00}],\"totalDebits\":585.00,"
                    + "\"totalCredits\":585.00,\"balanceSum\":0.00}")))
    public TrialBalanceView trialBalance(@QueryParam("asOf") String asOfText) {
        associationWork();
        LocalDate asOf = QueryParameters.date(asOfText);
        return journal.trialBalance(asOf == null ? clock.today() : asOf);
    }

    @GET
    @Path("accounts/{account}")
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "An account's postings between two dates with opening, running and closing balance (optionally one unit's)")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(examples = @ExampleObject(name = "statement",
            value = "{\"account\":\"BANK\",\"from\":\"2026-06-01\",\"to\":\"2026-06-30\",\"openingBalance\":0.00,\"lines\":[{\"entryId\":88,"
                    + "\"date\":\"2026-06-25\",\"kind\":\"PAYMENT_RECEIVED\",\"reference\":\"31\",\"unitCode\":\"PD-0001\",\"debit\":100.00,"
                    + "\"credit\":0.00,\"balance\":100.00}],\"closingBalance\":100.00,\"truncated\":false}")))
    public AccountStatementView account(@PathParam("account") String account, @QueryParam("from") String fromText, @QueryParam("to") String toText,
                                        @QueryParam("unit") String unitCode) {
        associationWork();
        LocalDate from = QueryParameters.date(fromText);
        LocalDate to = QueryParameters.date(toText);
        Account known;
        try {
            known = Account.valueOf(account);
        } catch (IllegalArgumentException e) {
            throw Reason.of("ledger.unknownAccount", account).exception(DomainException.Kind.NOT_FOUND);
        }
        LocalDate today = clock.today();
        LocalDate end = to == null ? today : to;
        return journal.statement(known, from == null ? end.withDayOfMonth(1) : from, end, unitCode == null || unitCode.isBlank() ? null : unitCode);
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed({Roles.ACTUARY, Roles.OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "One journal entry with its postings")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(examples = @ExampleObject(name = "entry", value = ENTRY_EXAMPLE)))
    public JournalEntryView entry(@PathParam("id") long id) {
        associationWork();
        return journal.entry(id).orElseThrow(() -> Reason.of("ledger.unknownEntry", id).exception(DomainException.Kind.NOT_FOUND));
    }

    @POST
    @Path("entries/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Correct an entry by posting its reversal (sides swapped) in an open month; entries are never edited")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reversal", value = "{\"on\":\"2026-07-02\"}")))
    @APIResponse(responseCode = "200", description = "The reversal entry", content = @Content(examples = @ExampleObject(name = "entry", value = ENTRY_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Already reversed, a reversal itself, or the month is closed")
    public JournalEntryView reverse(@PathParam("id") long id, LedgerRequests.EntryReversal request) {
        associationWork();
        LocalDate on = request == null || request.on() == null ? clock.today() : request.on();
        return entry(journal.reverse(id, on, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("months/{month}/close")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Close a month: no entry dated in it can be posted any more")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(examples = @ExampleObject(name = "closed",
            value = "{\"month\":\"2026-06\",\"closedOn\":\"2026-07-05\"}")))
    public LedgerRequests.Closed close(@PathParam("month") String month) {
        associationWork();
        YearMonth ym;
        try {
            ym = DomainValues.checked(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw Reason.of("premium.earning.monthUnreadable", month).exception(DomainException.Kind.INVALID);
        }
        journal.closeMonth(ym, clock.today(), security.getUserPrincipal().getName());
        return new LedgerRequests.Closed(ym.toString(), journal.closedOn(ym).orElseThrow());
    }

    /** The ledger is the association's: association-level staff (and administrators) only. */
    private void associationWork() {
        policy.require(Caller.of(security.getUserPrincipal().getName(), security::isUserInRole), Action.ASSOCIATION_WORK, Target.association());
    }
}
