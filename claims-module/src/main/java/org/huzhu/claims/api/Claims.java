package org.huzhu.claims.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.huzhu.members.api.access.Caller;

/**
 * Claims as the web pages use them: entry with a live preview, reading, queues, decisions and documents. Every method
 * asks the access policy about the claim (or member) it finally touches, whatever the page checked when it opened: a
 * postback that names another claim is refused here.
 */
public interface Claims {

    /** What the claim would pay if filed now, with its explanation lines; nothing is stored. */
    Preview preview(Caller caller, ClaimRequests.NewClaim form, Locale locale);

    /** Files and assesses a claim ({@code source} FORM for a claim form, FEED for a hospital feed); returns its id. */
    default long file(Caller caller, ClaimRequests.NewClaim form, String source) {
        return file(caller, form, source, null);
    }

    /**
     * Files and assesses a claim once per idempotency key: a form submitted twice (the same key from the same person)
     * returns the claim the first submission filed, and files nothing more.
     */
    long file(Caller caller, ClaimRequests.NewClaim form, String source, String idempotencyKey);

    /**
     * A member's own request with its photos, for the caller themselves (a member); stored RECEIVED for an officer to complete.
     * The same idempotency key from the same member stores one request. Returns its id.
     */
    long request(Caller caller, ClaimRequests.MemberRequest request, String idempotencyKey);

    /** Completes a member's request at intake with the coded fields (its member, plan and day of receipt stay) and assesses it. */
    void complete(Caller caller, long claimId, ClaimRequests.NewClaim facts);

    ClaimRequests.ClaimView view(Caller caller, long claimId, Locale locale);

    List<ClaimRequests.EventView> history(Caller caller, long claimId);

    /** Claims by status, unit and member among the units the caller may see. */
    List<ClaimRequests.ClaimSummary> search(Caller caller, String status, String unitCode, String residentId);

    List<ClaimRequests.Queue> queues(Caller caller, String unitCode);

    /** Whether the caller may assess, approve, reject or pend this claim (for showing the buttons; the actions check again). */
    boolean mayDecide(Caller caller, long claimId);

    /**
     * The decisions the caller may take on this claim now: only those its status allows and the access policy grants
     * (an approved or batched claim has none; its filer may not approve it). For offering the actions; each checks again.
     */
    java.util.Set<Decision> decisions(Caller caller, long claimId);

    void approve(Caller caller, long claimId, String note);

    void reject(Caller caller, long claimId, String reason, String note);

    void pend(Caller caller, long claimId, String note);

    /** Stores a document on the claim and records it in the claim's history, in one transaction. */
    ClaimRequests.DocumentView addDocument(Caller caller, long claimId, String kind, String fileName, byte[] content);

    /** A document of a claim the caller may read (404 when the claim has no such document). */
    ClaimRequests.DocumentContent document(Caller caller, long claimId, long documentId);

    /** The reject reasons a reviewer can choose. */
    List<String> rejectReasons();

    /** A preview: the payable amount, each rule applied, and why anything is not paid. */
    record Preview(BigDecimal payable, List<ClaimRequests.LineView> lines, List<ClaimRequests.ReasonView> reasons) {
    }
}
