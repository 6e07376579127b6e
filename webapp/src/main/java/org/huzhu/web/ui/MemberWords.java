package org.huzhu.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;

/**
 * Where a claim stands, as a member says it: "received", "being reviewed", "approved, paid on … to card ****1234",
 * instead of the officers' statuses. On pages as {@code #{memberWords.status(c.status)}}; the sentence of one claim
 * needs the claim (already read through the access policy by the page) and its history.
 */
@Named
@RequestScoped
public class MemberWords {

    @Inject
    MemberDirectory directory;

    /** A status in a member's words. */
    public String status(String status) {
        return Pages.text("memberstatus." + status);
    }

    /** A claim of the member's list in their words: an approval with nothing to pay is not "to be paid". */
    public String listStatus(ClaimRequests.ClaimSummary claim) {
        return nothingDue(claim.status(), claim.approvedAmount(), claim.paidAmount()) ? Pages.text("memberstatus.NOTHING_DUE")
                : status(claim.status());
    }

    /**
     * Approved (or settled) with nothing to pay: the assessment found nothing payable (below the deductible, the limit
     * used up, outside the basic insurance's scope) and nothing was ever paid. The claim still counts towards the year.
     */
    private static boolean nothingDue(String status, BigDecimal approved, BigDecimal paid) {
        return ("APPROVED".equals(status) || "PAID".equals(status)) && (approved == null || approved.signum() == 0)
                && (paid == null || paid.signum() == 0);
    }

    /**
     * The claim's state as one sentence for its member: what was approved, when it was paid and to which card (the last
     * four digits of the member's card on file), or the word for a claim still being dealt with.
     */
    public String sentence(ClaimRequests.ClaimView claim, List<ClaimRequests.EventView> history) {
        if (claim == null) {
            return "";
        }
        if (nothingDue(claim.status(), claim.approvedAmount(), claim.paidAmount())) {
            return Pages.text("membersentence.NOTHING_DUE");
        }
        BigDecimal amount = claim.approvedAmount() != null && claim.approvedAmount().signum() > 0 ? claim.approvedAmount() : claim.payable();
        return switch (claim.status()) {
            case "APPROVED" -> Pages.text("membersentence.APPROVED", Formats.money(amount), card(claim));
            case "IN_BATCH" -> Pages.text("membersentence.IN_BATCH", Formats.money(amount), card(claim));
            case "PAID" -> Pages.text("membersentence.PAID", paidOn(history), Formats.money(claim.paidAmount() != null
                    && claim.paidAmount().signum() > 0 ? claim.paidAmount() : amount), card(claim));
            default -> status(claim.status());
        };
    }

    private String card(ClaimRequests.ClaimView claim) {
        String card = directory.findByResidentId(ResidentId.parse(claim.residentId())).map(MemberView::bankCard).orElse(null);
        String digits = card == null ? "" : card.replaceAll("\\D", "");
        return digits.length() >= 4 ? Pages.text("member.cardEnding", digits.substring(digits.length() - 4)) : Pages.text("member.cardOnFile");
    }

    private static String paidOn(List<ClaimRequests.EventView> history) {
        return history.stream().filter(e -> "PAID".equals(e.toStatus())).max(Comparator.comparing(ClaimRequests.EventView::at))
                .map(e -> e.at().toLocalDate()).map(LocalDate::toString).orElse("");
    }
}
