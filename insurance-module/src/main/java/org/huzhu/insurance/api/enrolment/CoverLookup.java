package org.huzhu.insurance.api.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.huzhu.members.api.ResidentId;

/**
 * What the claims module needs to know about a member's cover: the enrolment in force on a date with the
 * rules of its plan version, and the version of a plan in force on a date. Each call is one indexed read.
 */
public interface CoverLookup {

    /**
     * The member's enrolment in the plan whose cover (from cover start to cover end, or the day it ended)
     * contains the date, with its version's rules; empty when there is none.
     */
    Optional<CoverRecord> cover(ResidentId member, String planCode, LocalDate date);

    /** The version of the plan whose coverage period contains the date (versions of a plan never overlap). */
    Optional<VersionRules> versionInForce(String planCode, LocalDate date);

    /** A version by its id. */
    Optional<VersionRules> version(long planVersionId);

    /**
     * The enrolments with these ids (those a plan year's claims were filed under), read in chunks, for set-based work
     * such as reassessing a plan year: only what the claims need, never a whole version (millions of enrolments).
     */
    List<CoverRecord> covers(java.util.Collection<Long> enrolmentIds);
}
