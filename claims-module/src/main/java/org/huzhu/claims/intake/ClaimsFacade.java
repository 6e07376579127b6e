package org.huzhu.claims.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.api.Claims;
import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;

/** The claim services behind the web pages: the same code paths and the same access checks as the REST API. */
@ApplicationScoped
public class ClaimsFacade implements Claims {

    @Inject
    ClaimIntake intake;

    @Inject
    ClaimQueries queries;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail audit;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    ClaimEvents events;

    @Inject
    ClaimDocuments documents;

    @Inject
    MemberRequests memberRequests;

    @Inject
    MemberDirectory directory;

    @Inject
    AccessPolicy policy;

    @Override
    public Preview preview(Caller caller, ClaimRequests.NewClaim form, Locale locale) {
        mayFile(caller, form);
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
    public long file(Caller caller, ClaimRequests.NewClaim form, String source, String idempotencyKey) {
        mayFile(caller, form);
        try {
            return intake.file(form, source, caller.username(), idempotencyKey).id();
        } catch (RuntimeException refused) {
            // the same form submitted twice at once: the first one's claim, once it is committed
            return intake.byKey(caller.username(), idempotencyKey).orElseThrow(() -> refused);
        }
    }

    @Override
    public long request(Caller caller, ClaimRequests.MemberRequest request, String idempotencyKey) {
        MemberView member = requester(caller);
        try {
            return memberRequests.submit(member, request, caller.username(), idempotencyKey).id();
        } catch (RuntimeException refused) {
            // the same request sent twice at once: the first one's claim, once it is committed
            return intake.byKey(caller.username(), idempotencyKey).orElseThrow(() -> refused);
        }
    }

    /** The member a request is for: the caller themselves, whom the policy lets file their own claims. */
    MemberView requester(Caller caller) {
        MemberView member = ResidentId.isValid(caller.username())
                ? directory.findByResidentId(ResidentId.parse(caller.username())).orElse(null) : null;
        if (member == null) {
            throw ClaimsProblem.forbidden("claim.request.membersOnly");
        }
        ClaimResource.requireMayFile(policy, caller, member.unitCode(), member.residentId());
        return member;
    }

    @Override
    public void complete(Caller caller, long claimId, ClaimRequests.NewClaim facts) {
        workflow.complete(claimId, new ClaimWorkflow.Actor(caller), facts);
    }

    @Override
    public ClaimRequests.ClaimView view(Caller caller, long claimId, Locale locale) {
        permit(caller, Action.READ_CLAIM, claimId);
        ClaimRequests.ClaimView claim = queries.view(claimId, locale);
        audit.read(caller.username(), org.huzhu.platform.api.audit.AuditedObject.CLAIM, String.valueOf(claimId));
        return claim;
    }

    @Override
    public List<ClaimRequests.EventView> history(Caller caller, long claimId) {
        permit(caller, Action.READ_CLAIM, claimId);
        return events.of(claimId);
    }

    @Override
    public List<ClaimRequests.ClaimSummary> search(Caller caller, String status, String unitCode, String residentId) {
        if (blank(unitCode) != null) {
            policy.require(caller, Action.READ_CLAIM, Target.unit(unitCode.strip()));
            return queries.search(blank(status), unitCode.strip(), blank(residentId), null, null, 0, 500);
        }
        if (blank(residentId) != null && !policy.reachesEverything(caller, Action.READ_CLAIM)) {
            // a member reads their own claims; anyone else the claims of units in their scope
            String member = ResidentId.isValid(residentId) ? ResidentId.parse(residentId).value() : residentId.strip();
            if (policy.allows(caller, Action.READ_CLAIM, Target.member(null, member))) {
                return queries.search(blank(status), null, member, null, null, 0, 500);
            }
        }
        Scope scope = policy.scope(caller, Action.READ_CLAIM);
        return queries.search(blank(status), null, blank(residentId), null, null, 0, 500, scope.everything() ? null : scope.unitCodes());
    }

    @Override
    public List<ClaimRequests.Queue> queues(Caller caller, String unitCode) {
        if (blank(unitCode) != null) {
            policy.require(caller, Action.READ_CLAIM, Target.unit(unitCode.strip()));
            return queries.queues(unitCode.strip());
        }
        Scope scope = policy.scope(caller, Action.READ_CLAIM);
        return scope.everything() ? queries.queues((String) null) : queries.queues(scope.unitCodes());
    }

    @Override
    public boolean mayDecide(Caller caller, long claimId) {
        return policy.allows(caller, Action.DECIDE_CLAIM, ClaimWorkflow.target(queries.row(claimId)));
    }

    @Override
    public java.util.Set<org.huzhu.claims.api.Decision> decisions(Caller caller, long claimId) {
        return workflow.decisions(caller, queries.row(claimId));
    }

    @Override
    public void approve(Caller caller, long claimId, String note) {
        workflow.approve(claimId, new ClaimWorkflow.Actor(caller), note);
    }

    @Override
    public void reject(Caller caller, long claimId, String reason, String note) {
        RejectReason code;
        try {
            code = RejectReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", String.valueOf(reason));
        }
        if (code == RejectReason.REVERSED) {
            throw ClaimsProblem.invalid("claim.reject.reasonUnknown", code);
        }
        workflow.reject(claimId, new ClaimWorkflow.Actor(caller), code, note);
    }

    @Override
    public void pend(Caller caller, long claimId, String note) {
        workflow.pend(claimId, new ClaimWorkflow.Actor(caller), note);
    }

    @Override
    @Transactional
    public ClaimRequests.DocumentView addDocument(Caller caller, long claimId, String kind, String fileName, byte[] content) {
        ClaimRow claim = permit(caller, Action.ADD_CLAIM_DOCUMENT, claimId);
        ClaimRequests.DocumentView stored = documents.add(claimId, kind, fileName, content, caller.username());
        events.record(claimId, caller.username(), "DOCUMENT", null, claim.status(), stored.kind() + " " + stored.id());
        return stored;
    }

    @Override
    public ClaimRequests.DocumentContent document(Caller caller, long claimId, long documentId) {
        permit(caller, Action.READ_CLAIM, claimId);
        return documents.content(claimId, documentId).map(d -> new ClaimRequests.DocumentContent(d.fileName(), d.mediaType(), d.bytes()))
                .orElseThrow(() -> ClaimsProblem.notFound("document.notFound", documentId, ClaimsProblem.reference(claimId)));
    }

    @Override
    public List<String> rejectReasons() {
        return Arrays.stream(RejectReason.values()).filter(r -> r != RejectReason.REVERSED).map(Enum::name).toList();
    }

    /** The claim, after the policy allowed the action on it. */
    private ClaimRow permit(Caller caller, Action action, long claimId) {
        ClaimRow claim = queries.row(claimId);
        policy.require(caller, action, ClaimWorkflow.target(claim));
        return claim;
    }

    /** Filing (or previewing) for a member: the member's own claim, their unit's agent, or staff over their unit. */
    private void mayFile(Caller caller, ClaimRequests.NewClaim form) {
        if (form == null || form.residentId() == null || !ResidentId.isValid(form.residentId())) {
            return;
        }
        String residentId = ResidentId.parse(form.residentId()).value();
        String unit = directory.findByResidentId(ResidentId.parse(residentId)).map(m -> m.unitCode()).orElse(null);
        ClaimResource.requireMayFile(policy, caller, unit, residentId);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
