package org.huzhu.members.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Roles;

/**
 * Who may do what, as data and one pure decision: each action lists who it is granted to ({@link Grant}); staff grants
 * hold on the units beneath the caller's organisation, an agent's on their own unit, a member's on their own records,
 * and the four-eyes checks come after. No database, no framework: {@code AccessRulesTest} reads like the table below.
 *
 * <pre>
 * action                 member agent officer supervisor actuary admin   also
 * READ_UNIT                -    own   scope    scope        -      all
 * MANAGE_UNIT, ASSIGN_AGENT -    -     -       scope        -      all
 * READ_MEMBER             own   own   scope    scope        -      all
 * READ_PERSONAL_DETAILS   own    -    scope    scope        -      all   full resident ID and bank card (lists mask them)
 * MANAGE_MEMBER, ISSUE_MEMBER_CODE - - scope   scope        -      all
 * READ_LIST, SUBMIT_LIST   -    own   scope    scope        -      all
 * CONFIRM_LIST             -     -     -       scope        -       -     not the submitter
 * REJECT_LIST              -     -     -       scope        -       -
 * READ_PREMIUM, UPLOAD_VOUCHER - own  scope    scope        -      all
 * RECORD_PAYMENT           -     -    scope    scope        -      all
 * REVERSE_PAYMENT          -     -     -       scope        -      all
 * READ_COVERAGE, READ_CLAIM own  own   scope    scope        -      all
 * FILE_CLAIM              own   own   scope    scope        -      all
 * ADD_CLAIM_DOCUMENT      own   own   scope    scope        -       -
 * FOLLOW_UP_CLAIM          -    own   scope    scope        -       -
 * DECIDE_CLAIM             -     -    scope    scope        -       -
 * APPROVE_CLAIM            -     -    scope    scope        -       -     not the filer
 * SECOND_REVIEW_CLAIM      -     -     -       scope        -       -     neither the filer nor the first reviewer
 * REVERSE_CLAIM            -     -     -       scope        -       -
 * ASSOCIATION_WORK         -     -    assoc.   assoc.     assoc.   all
 * READ_REPORTS             -     -     -        -          any     all
 * MANAGE_PLANS             -     -     -        -           -      all
 * MANAGE_STAFF_ACCOUNT     -     -     -        -           -      all
 * MANAGE_AGENT_ACCOUNT     -     -     -       scope        -      all
 * READ_AUDIT               -     -     -        -           -      all
 * </pre>
 * "scope": the object's unit is the caller's organisation or beneath it (everything for the association); "assoc.":
 * only at the association; "own": the agent's own unit, the member's own records.
 */
final class AccessRules {

    /** To whom an action is granted. */
    enum Grant {
        MEMBER_OWN, AGENT_OWN, OFFICER_SCOPE, SUPERVISOR_SCOPE, ACTUARY_ASSOCIATION, ACTUARY_ANY, ADMIN
    }

    private static final Set<Grant> STAFF = EnumSet.of(Grant.OFFICER_SCOPE, Grant.SUPERVISOR_SCOPE, Grant.ADMIN);

    private AccessRules() {
    }

    static Set<Grant> grants(Action action) {
        return switch (action) {
            case READ_UNIT, READ_LIST, SUBMIT_LIST, READ_PREMIUM, UPLOAD_VOUCHER -> with(STAFF, Grant.AGENT_OWN);
            case MANAGE_UNIT, ASSIGN_AGENT, REVERSE_PAYMENT, MANAGE_AGENT_ACCOUNT -> EnumSet.of(Grant.SUPERVISOR_SCOPE, Grant.ADMIN);
            case READ_MEMBER, READ_COVERAGE, READ_CLAIM, FILE_CLAIM -> with(STAFF, Grant.AGENT_OWN, Grant.MEMBER_OWN);
            case MANAGE_MEMBER, ISSUE_MEMBER_CODE, RECORD_PAYMENT -> EnumSet.copyOf(STAFF);
            case READ_PERSONAL_DETAILS -> with(STAFF, Grant.MEMBER_OWN);
            case CONFIRM_LIST, REJECT_LIST, SECOND_REVIEW_CLAIM, REVERSE_CLAIM -> EnumSet.of(Grant.SUPERVISOR_SCOPE);
            case ADD_CLAIM_DOCUMENT -> EnumSet.of(Grant.OFFICER_SCOPE, Grant.SUPERVISOR_SCOPE, Grant.AGENT_OWN, Grant.MEMBER_OWN);
            case FOLLOW_UP_CLAIM -> EnumSet.of(Grant.OFFICER_SCOPE, Grant.SUPERVISOR_SCOPE, Grant.AGENT_OWN);
            case DECIDE_CLAIM, APPROVE_CLAIM -> EnumSet.of(Grant.OFFICER_SCOPE, Grant.SUPERVISOR_SCOPE);
            case ASSOCIATION_WORK -> EnumSet.of(Grant.OFFICER_SCOPE, Grant.SUPERVISOR_SCOPE, Grant.ACTUARY_ASSOCIATION, Grant.ADMIN);
            case READ_REPORTS -> EnumSet.of(Grant.ACTUARY_ANY, Grant.ADMIN);
            case MANAGE_PLANS, MANAGE_STAFF_ACCOUNT, READ_AUDIT -> EnumSet.of(Grant.ADMIN);
        };
    }

    /**
     * The decision: empty when allowed, else why not. {@code chain} is the target unit and its ancestors up to the
     * association, nearest first (empty when the target belongs to no unit, or the unit is unknown).
     */
    static Optional<Refusal> decide(Standing standing, Action action, Target target, List<String> chain) {
        Set<Grant> grants = grants(action);
        boolean granted = grants.stream().anyMatch(grant -> holds(standing, grant, action, target, chain));
        if (!granted) {
            return Optional.of(aboutAPerson(target, whyNot(standing, action, target, grants)));
        }
        return fourEyes(standing, action, target);
    }

    /** Refusals that depend on where a person is employed; about a person named by resident ID they say nothing of it. */
    private static final Set<String> SAYS_WHERE = Set.of("access.outsideScope", "access.associationOnly", "access.notYourUnit");

    /**
     * A person out of reach is refused alike whether they are a member of another unit or of none: the refusal names
     * neither the unit nor whether there is one, so a look-up cannot tell which unit employs a resident ID (or that any does).
     */
    private static Refusal aboutAPerson(Target target, Refusal refusal) {
        boolean person = target.residentId() != null && target.residentId().equals(target.reference());
        return person && SAYS_WHERE.contains(refusal.code()) ? Refusal.of("access.member.outOfReach", target.residentId()) : refusal;
    }

    /** The units an action reaches for this caller: everything, their organisation's subtree, their own unit, or none. */
    static Reach reach(Standing standing, Action action) {
        Set<Grant> grants = grants(action);
        if (grants.contains(Grant.ADMIN) && standing.caller().holds(Roles.ADMIN)) {
            return Reach.EVERYTHING;
        }
        boolean staff = grants.contains(Grant.OFFICER_SCOPE) && standing.caller().holds(Roles.OFFICER)
                || grants.contains(Grant.SUPERVISOR_SCOPE) && standing.caller().holds(Roles.SUPERVISOR);
        if (staff) {
            return standing.associationWide() ? Reach.EVERYTHING : Reach.ORGANISATION;
        }
        if (grants.contains(Grant.AGENT_OWN) && standing.agentUnit() != null) {
            return Reach.OWN_UNIT;
        }
        return Reach.NOTHING;
    }

    /** How far {@link #reach} goes. */
    enum Reach {
        EVERYTHING, ORGANISATION, OWN_UNIT, NOTHING
    }

    private static boolean holds(Standing standing, Grant grant, Action action, Target target, List<String> chain) {
        var caller = standing.caller();
        return switch (grant) {
            case ADMIN -> caller.holds(Roles.ADMIN);
            case OFFICER_SCOPE -> caller.holds(Roles.OFFICER) && inScope(standing, action, target, chain);
            case SUPERVISOR_SCOPE -> caller.holds(Roles.SUPERVISOR) && inScope(standing, action, target, chain);
            case ACTUARY_ASSOCIATION -> caller.holds(Roles.ACTUARY) && standing.associationWide();
            case ACTUARY_ANY -> caller.holds(Roles.ACTUARY);
            case AGENT_OWN -> target.belongsToUnit() && target.unitCode().equals(standing.agentUnit());
            case MEMBER_OWN -> caller.holds(Roles.MEMBER) && target.residentId() != null && caller.username() != null
                    && target.residentId().equalsIgnoreCase(caller.username().strip());
        };
    }

    /** The target's unit is the caller's organisation or beneath it; association-wide staff reach everything. */
    private static boolean inScope(Standing standing, Action action, Target target, List<String> chain) {
        if (standing.associationWide()) {
            return true;
        }
        if (action == Action.ASSOCIATION_WORK || !target.belongsToUnit()) {
            return false;
        }
        return chain.contains(standing.organisationCode());
    }

    private static Optional<Refusal> fourEyes(Standing standing, Action action, Target target) {
        String me = standing.caller().username();
        return switch (action) {
            case CONFIRM_LIST -> AccessPolicy.differentPeople(target.submittedBy(), me) ? Optional.empty()
                    : Optional.of(Refusal.of("access.list.ownList", text(target.reference())));
            case APPROVE_CLAIM -> AccessPolicy.differentPeople(target.submittedBy(), me) ? Optional.empty()
                    : Optional.of(Refusal.of("access.claim.ownClaim", text(target.reference())));
            case SECOND_REVIEW_CLAIM -> {
                if (!AccessPolicy.differentPeople(target.submittedBy(), me)) {
                    yield Optional.of(Refusal.of("access.claim.ownClaim", text(target.reference())));
                }
                yield AccessPolicy.differentPeople(target.firstReviewer(), me) ? Optional.empty()
                        : Optional.of(Refusal.of("access.claim.secondReview.fourEyes", text(target.reference()), text(target.firstReviewer())));
            }
            default -> Optional.empty();
        };
    }

    /** The most telling reason: outside the caller's organisation, not their unit, not their own, or not their role. */
    private static Refusal whyNot(Standing standing, Action action, Target target, Set<Grant> grants) {
        var caller = standing.caller();
        if (action == Action.SECOND_REVIEW_CLAIM && !caller.holds(Roles.SUPERVISOR)) {
            return Refusal.of("access.claim.secondReview.supervisorOnly", text(target.reference()));
        }
        if (action == Action.MANAGE_STAFF_ACCOUNT && caller.holds(Roles.SUPERVISOR)) {
            return Refusal.of("access.account.agentsOnly");
        }
        boolean staffRole = grants.contains(Grant.OFFICER_SCOPE) && caller.holds(Roles.OFFICER)
                || grants.contains(Grant.SUPERVISOR_SCOPE) && caller.holds(Roles.SUPERVISOR)
                || grants.contains(Grant.ACTUARY_ASSOCIATION) && caller.holds(Roles.ACTUARY);
        if (staffRole) {
            if (action == Action.ASSOCIATION_WORK || !target.belongsToUnit()) {
                return Refusal.of("access.associationOnly", text(standing.organisationCode()));
            }
            return Refusal.of("access.outsideScope", target.unitCode(), text(standing.organisationCode()));
        }
        if (grants.contains(Grant.AGENT_OWN) && caller.holds(Roles.UNIT_AGENT)) {
            return Refusal.of("access.notYourUnit", text(target.unitCode()));
        }
        if (grants.contains(Grant.MEMBER_OWN) && caller.holds(Roles.MEMBER)) {
            return Refusal.of("access.notYours");
        }
        return Refusal.of("access.role", Roles.named(roles(grants)));
    }

    /** The roles the grants of an action are given to, for telling a refused caller who may. */
    static java.util.List<String> roles(Set<Grant> grants) {
        java.util.List<String> roles = new java.util.ArrayList<>();
        for (Grant grant : grants) {
            roles.add(switch (grant) {
                case MEMBER_OWN -> Roles.MEMBER;
                case AGENT_OWN -> Roles.UNIT_AGENT;
                case OFFICER_SCOPE -> Roles.OFFICER;
                case SUPERVISOR_SCOPE -> Roles.SUPERVISOR;
                case ACTUARY_ASSOCIATION, ACTUARY_ANY -> Roles.ACTUARY;
                case ADMIN -> Roles.ADMIN;
            });
        }
        return roles;
    }

    private static Set<Grant> with(Set<Grant> base, Grant... more) {
        Set<Grant> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
