package org.huzhu.members.api.access;

/**
 * What a caller wants to do to an object. Who may do each, and on which objects, is {@link AccessPolicy}'s to say;
 * the README's "Scope" section has the table.
 */
public enum Action {
    /** Read a unit, its members and its lists of members. */
    READ_UNIT,
    /** Create (under a parent), rename, merge or split units. */
    MANAGE_UNIT,
    /** Make an account the agent of a unit. */
    ASSIGN_AGENT,
    READ_MEMBER,
    /** Read a person's full resident ID and bank card (lists show them masked): staff over their unit and the member. */
    READ_PERSONAL_DETAILS,
    /** Register members and record their status changes. */
    MANAGE_MEMBER,
    /** Issue a member's one-time activation code. */
    ISSUE_MEMBER_CODE,
    READ_LIST,
    /** Upload, submit or renew an enrolment list. */
    SUBMIT_LIST,
    /** Confirm an enrolment list: a supervisor other than its submitter. */
    CONFIRM_LIST,
    REJECT_LIST,
    /** Read bills, payments, vouchers and statements. */
    READ_PREMIUM,
    RECORD_PAYMENT,
    REVERSE_PAYMENT,
    UPLOAD_VOUCHER,
    /** Read what a member is covered for. */
    READ_COVERAGE,
    READ_CLAIM,
    FILE_CLAIM,
    ADD_CLAIM_DOCUMENT,
    /** Withdraw or appeal a claim. */
    FOLLOW_UP_CLAIM,
    /** Assess, reject or pend a claim. */
    DECIDE_CLAIM,
    /** Approve a claim (first review): never the person who filed it. */
    APPROVE_CLAIM,
    /** Approve or reject in second review: a supervisor, neither the filer nor the first reviewer. */
    SECOND_REVIEW_CLAIM,
    REVERSE_CLAIM,
    /**
     * Work over every unit of the association: claim payment batches, the hospital feed, the nightly lapse, the monthly
     * earning, the ledger, the bulk reassessment of a plan year.
     */
    ASSOCIATION_WORK,
    /** Generate and read the monthly actuarial reports. */
    READ_REPORTS,
    /** Add and change plan versions. */
    MANAGE_PLANS,
    /** Create, change, disable, enable or reset an account that holds more than UNIT_AGENT, or read its trail. */
    MANAGE_STAFF_ACCOUNT,
    /** The same for a unit agent's account (its organisation is its unit). */
    MANAGE_AGENT_ACCOUNT,
    /** Read the audit trail of every change and the read log of personal data. */
    READ_AUDIT
}
