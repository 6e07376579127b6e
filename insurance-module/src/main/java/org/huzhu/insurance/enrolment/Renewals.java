package org.huzhu.insurance.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.LineProblem;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.platform.api.DomainException;

/**
 * Carries a unit's enrolled members from one version of a plan into the next: the same shares (within the new
 * limit), each person checked again (a member who retired leaves the working plans here and is listed as
 * excluded), and the group rule applied. Confirmed without a gap, cover stays continuous, so no new
 * waiting period starts.
 */
@ApplicationScoped
public class Renewals {

    @Inject
    EnrolmentLists lists;

    @Inject
    EnrolmentChecks checks;

    @Inject
    MemberDirectory directory;

    /** The new list, and the members left out with the reason. */
    public record Renewal(EnrolmentListView list, List<LineProblem> excluded) {
    }

    @Transactional
    public Renewal renew(String unitCode, PlanVersionRecord from, PlanVersionRecord to, String submittedBy) {
        if (from.planId() != to.planId() || !to.rules().period().start().isAfter(from.rules().period().start())) {
            throw Reason.of("renewal.notNext", from.versionCode(), to.versionCode()).exception(DomainException.Kind.INVALID);
        }
        Map<Long, Integer> shares = lists.sharesOfUnit(from.id(), unitCode);
        if (shares.isEmpty()) {
            throw Reason.of("renewal.nothingToRenew", unitCode, from.versionCode()).exception(DomainException.Kind.UNPROCESSABLE);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (MemberView member : directory.membersOf(unitCode, 0, Integer.MAX_VALUE)) {
            Integer held = shares.get(member.id());
            if (held != null) {
                candidates.add(new Candidate(0, member.residentId(), Applicant.of(member), Math.min(held, to.rules().maxShares()), member.id()));
            }
        }
        List<LineProblem> excluded = checks.problems(to, candidates);
        Set<String> out = new HashSet<>();
        excluded.forEach(problem -> out.add(problem.residentId()));
        List<Candidate> renewed = candidates.stream().filter(c -> !out.contains(c.residentId())).toList();
        return new Renewal(lists.create(unitCode, to, renewed, "RENEWAL", submittedBy, null), excluded);
    }
}
