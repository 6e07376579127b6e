package org.huzhu.insurance.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.huzhu.insurance.rules.CoverDates;

/**
 * The one {@code INSERT ... SELECT} that creates the enrolments of several lists of one plan version, confirmed on
 * one date, from their lines (one list or many: {@link ConfirmationChunk}), the dates computed in SQL.
 *
 * <p>Cover start, cover end and payment date are the same for every line (they depend on the version and the
 * confirmation date only). The start of continuous cover (a renewal with no gap keeps the start of the earliest
 * spell it continues; any gap of a day or more starts afresh) is computed over the member's other enrolments in the plan that did not lapse, taken latest end first: the start moves back to a
 * spell's start while the spell ends no more than a day before the start reached so far, and the walk stops at the
 * first spell that leaves a gap. In SQL each spell is numbered by end (latest first, ties in any order: spells
 * ending on the same day are either all walked or the walk stops before them), the start reached before spell
 * {@code k} is the earliest of the cover start and the starts of spells 1 … k−1, the first spell whose end lies more
 * than a day before that is where the walk stops, and the continuous start is the earliest start walked. The member's
 * enrolment in this same version is left out: a member enrolled in it already cannot be enrolled again (the
 * insert fails on {@code enrolment_once_per_version}, as the list-by-list path does). The end of the waiting period
 * is the continuous start plus the version's months, month ends as {@link CoverDates#firstPayableDate}
 * ({@code interval 'n' month} clamps to the month's last day on PostgreSQL and H2, as {@code plusMonths} does).
 * {@code EnrolmentsFromLinesTest} compares both on random spells.</p>
 */
final class EnrolmentsFromLines {

    private EnrolmentsFromLines() {
    }

    /** SQL text and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    /**
     * @param otherVersions the plan's other versions whose enrolments may continue into this one; empty when none
     *                      of them has an enrolment that did not lapse (the spells are then not read at all)
     */
    static Statement insert(Collection<Long> listIds, long versionId, Collection<Long> otherVersions, LocalDate coverStart,
                            LocalDate coverEnd, LocalDate paymentDue, int waitingMonths) {
        if (listIds.isEmpty()) {
            throw new IllegalArgumentException("No lists");
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("insert into insurance.enrolment (list_id, plan_version_id, member_id, resident_id, unit_code, "
                + "shares, status, cover_start, cover_end, continuous_from, waiting_end, payment_due, premium_status) "
                + "select list_id, ?, member_id, resident_id, unit_code, shares, 'ACTIVE', cast(? as date), cast(? as date), continuous_from, ");
        parameters.add(versionId);
        parameters.add(coverStart);
        parameters.add(coverEnd);
        sql.append(waitingMonths == 0 ? "continuous_from" : "cast(continuous_from + interval '" + waitingMonths + "' month as date)");
        sql.append(", cast(? as date), 'UNPAID' from (");
        parameters.add(paymentDue);
        if (otherVersions.isEmpty()) {
            sql.append("select l.list_id, l.member_id, l.resident_id, li.unit_code, l.shares, cast(? as date) as continuous_from "
                    + "from insurance.enrolment_list_line l join insurance.enrolment_list li on li.id = l.list_id where l.list_id in (")
                    .append(placeholders(listIds.size())).append(")");
            parameters.add(coverStart);
            parameters.addAll(listIds);
        } else {
            sql.append("select list_id, member_id, resident_id, unit_code, shares, case when earliest < cast(? as date) then earliest "
                    + "else cast(? as date) end as continuous_from from (");
            parameters.add(coverStart);
            parameters.add(coverStart);
            sql.append(walk(listIds, otherVersions, coverStart, parameters)).append(") g");
        }
        sql.append(") x");
        return new Statement(sql.toString(), parameters);
    }

    /**
     * One row per line with {@code earliest}, the earliest start walked back from the cover start over the member's
     * spells (null when the member has none or the latest already leaves a gap). The lines are joined to their
     * spells (a line without any keeps one row of nulls), the spells numbered and walked with window functions per
     * member, and the rows grouped back to the lines: one pass, no join back, so that H2 too reads each table once.
     */
    private static String walk(Collection<Long> listIds, Collection<Long> otherVersions, LocalDate coverStart, List<Object> parameters) {
        String spells = "select l.list_id, l.member_id, l.resident_id, li.unit_code, l.shares, e.continuous_from as s, e.cover_end as f, "
                + "row_number() over (partition by l.member_id order by e.cover_end desc, e.id) as k, "
                + "min(e.continuous_from) over (partition by l.member_id order by e.cover_end desc, e.id "
                + "rows between unbounded preceding and 1 preceding) as before_k "
                + "from insurance.enrolment_list_line l join insurance.enrolment_list li on li.id = l.list_id "
                + "left join insurance.enrolment e on e.member_id = l.member_id and e.plan_version_id in (" + placeholders(otherVersions.size())
                + ") and e.status <> 'LAPSED' where l.list_id in (" + placeholders(listIds.size()) + ")";
        String stops = "select list_id, member_id, resident_id, unit_code, shares, s, k, "
                + "case when f < (case when before_k < cast(? as date) then before_k else cast(? as date) end) - 1 then k end as stop_at "
                + "from (" + spells + ") a";
        String firstStop = "select list_id, member_id, resident_id, unit_code, shares, s, k, "
                + "min(stop_at) over (partition by member_id) as first_stop from (" + stops + ") b";
        parameters.add(coverStart);
        parameters.add(coverStart);
        parameters.addAll(otherVersions);
        parameters.addAll(listIds);
        return "select list_id, member_id, resident_id, unit_code, shares, min(case when first_stop is null or k < first_stop then s end) "
                + "as earliest from (" + firstStop + ") c group by list_id, member_id, resident_id, unit_code, shares";
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
