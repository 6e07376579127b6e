package org.huzhu.claims.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.assessment.Assessment;

/** The claim services behind the web pages: the same code paths as the REST API. */
@ApplicationScoped
public class ClaimsFacade implements Claims {

    @Inject
    ClaimIntake intake;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ClaimEvents events;

    @Inject
    ClaimDocuments documents;

    @Override
    public Preview preview(ClaimRequests.NewClaim form, Locale locale) {
        Assessment result = intake.preview(form);
        List<ClaimRequests.LineView> lines = result.lines().stream().map(line -> new ClaimRequests.LineView(line.benefit(),
                line.step().name(), line.rule(), Assessments.plain(line.base(), 2), line.rate().map(r -> Assessments.plain(r, 0)).orElse(null),
                Assessments.plain(line.amount(), 2), line.remaining().map(r -> Assessments.plain(r, 2)).orElse(null),
                line.reason().map(r -> r.code().name()).orElse(null), line.text(locale))).toList();
        List<ClaimRequests.ReasonView> reasons = result.reasons().stream()
                .map(r -> new ClaimRequests.ReasonView(r.code().name(), r.title(locale), r.text(locale))).toList();
        return new Preview(result.payable(), lines, reasons);
    }

    @Override
    public long file(ClaimRequests.NewClaim form, String source, String user) {
        return intake.file(form, source, user);
    }

    @Override
    public ClaimRequests.ClaimView view(long claimId, Locale locale) {
        return queries.view(claimId, locale);
    }

    @Override
    public List<ClaimRequests.EventView> history(long claimId) {
        queries.row(claimId);
        return events.of(claimId);
    }

    @Override
    public List<ClaimRequests.ClaimSummary> search(String status, String unitCode, String residentId) {
        return queries.search(blank(status), blank(unitCode), blank(residentId), null, null, 0, 500);
    }

    @Override
    public List<ClaimRequests.Queue> queues(String unitCode) {
        return queries.queues(blank(unitCode));
    }

    @Override
    public void approve(long claimId, String user, boolean supervisor, String note) {
        workflow.approve(claimId, new ClaimWorkflow.Actor(user, supervisor), note);
    }

    @Override
    public void reject(long claimId, String user, boolean supervisor, String reason, String note) {
        RejectReason code;
        try {
            code = RejectReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", String.valueOf(reason));
        }
        if (code == RejectReason.REVERSED) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", code);
        }
        workflow.reject(claimId, new ClaimWorkflow.Actor(user, supervisor), code, note);
    }

    @Override
    public void pend(long claimId, String user, boolean supervisor, String note) {
        workflow.pend(claimId, new ClaimWorkflow.Actor(user, supervisor), note);
    }

    @Override
    public ClaimRequests.DocumentView addDocument(long claimId, String kind, String fileName, byte[] content, String user) {
        return documents.add(claimId, kind, fileName, content, user);
    }

    @Override
    public List<String> rejectReasons() {
        return Arrays.stream(RejectReason.values()).filter(r -> r != RejectReason.REVERSED).map(Enum::name).toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
