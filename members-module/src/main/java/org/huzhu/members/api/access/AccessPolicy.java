package org.huzhu.members.api.access;

/**
 * The one answer to "may this person do this to that": every resource method and every page action asks it about
 * the object it finally touches, after resolving the object's unit ({@link Target}). Officers and supervisors act on
 * the units beneath their own organisation (the organisation itself and all its descendants; at the association, on
 * everything); administrators on everything; unit agents on their own unit; members on their own records; actuaries
 * read the reports (and, at the association, do the association's figures work). Four eyes: a claim is never approved
 * by the person who filed it, a second review is a supervisor other than the first reviewer, and a list is confirmed by
 * a supervisor other than its submitter ({@link #differentPeople}).
 */
public interface AccessPolicy {

    /** Refuses with a localised FORBIDDEN {@code DomainException} unless the caller may do the action on the target. */
    void require(Caller caller, Action action, Target target);

    boolean allows(Caller caller, Action action, Target target);

    /** The units whose objects the caller may reach for the action, for filtering lists and searches. */
    Scope scope(Caller caller, Action action);

    /** Whether the action reaches every unit for this caller (an administrator, association-level staff): no object check needed. */
    boolean reachesEverything(Caller caller, Action action);

    /** Whether the caller's organisation is the association (or none is recorded): sees every unit as staff. */
    boolean associationWide(Caller caller);

    /** The four-eyes rule, once: whoever submitted or filed something is not who confirms or approves it. */
    static boolean differentPeople(String submitter, String decider) {
        return submitter == null || decider == null || !submitter.equalsIgnoreCase(decider);
    }
}
