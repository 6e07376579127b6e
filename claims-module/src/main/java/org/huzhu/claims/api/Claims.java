package org.huzhu.claims.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Claims as the web pages use them: entry with a live preview, reading, queues, decisions and documents. */
public interface Claims {

    /** What the claim would pay if filed now, with its explanation lines; nothing is stored. */
    Preview preview(ClaimRequests.NewClaim form, Locale locale);

    /** Files and assesses a claim ({@code source} FORM for a claim form, FEED for a hospital feed); returns its id. */
    long file(ClaimRequests.NewClaim form, String source, String user);

    ClaimRequests.ClaimView view(long claimId, Locale locale);

    List<ClaimRequests.EventView> history(long claimId);

    List<ClaimRequests.ClaimSummary> search(String status, String unitCode, String residentId);

    List<ClaimRequests.Queue> queues(String unitCode);

    void approve(long claimId, String user, boolean supervisor, String note);

    void reject(long claimId, String user, boolean supervisor, String reason, String note);

    void pend(long claimId, String user, boolean supervisor, String note);

    ClaimRequests.DocumentView addDocument(long claimId, String kind, String fileName, byte[] content, String user);

    /** The reject reasons a reviewer can choose. */
    List<String> rejectReasons();

    /** A preview: the payable amount, each rule applied, and why anything is not paid. */
    record Preview(BigDecimal payable, List<ClaimRequests.LineView> lines, List<ClaimRequests.ReasonView> reasons) {
    }
}
