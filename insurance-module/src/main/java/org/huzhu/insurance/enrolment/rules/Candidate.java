package org.huzhu.insurance.enrolment.rules;

/**
 * One person proposed for a list: the row it came from (0 when entered through the API), the facts that
 * decide eligibility, the shares asked for, and the member id once the person is registered.
 */
public record Candidate(int row, String residentId, Applicant applicant, int shares, Long memberId) {

    public Candidate withMemberId(long id) {
        return new Candidate(row, residentId, applicant, shares, id);
    }
}
