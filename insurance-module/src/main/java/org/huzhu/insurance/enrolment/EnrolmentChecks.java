package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.Eligibility;
import org.huzhu.insurance.enrolment.rules.LineProblem;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.Jdbc;

/**
 * The checks every proposed enrolment passes, whether it came from a file or the API: shares within the
 * version's limit, eligibility at the period start, and not enrolled (or on a pending list) under the
 * version already. Returns every problem; writes nothing.
 */
@ApplicationScoped
public class EnrolmentChecks {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    public List<LineProblem> problems(PlanVersionRecord version, List<Candidate> candidates) {
        List<LineProblem> problems = new ArrayList<>();
        Set<String> taken = alreadyEnrolledOrListed(version.id(), candidates.stream().map(Candidate::residentId).toList());
        for (Candidate candidate : candidates) {
            if (candidate.shares() < 1 || candidate.shares() > version.rules().maxShares()) {
                problems.add(problem(candidate, "shares", Reason.of("enrolment.shares.outOfRange", candidate.shares(), version.rules().maxShares())));
            }
            Eligibility.decide(version.rules(), candidate.applicant()).refusal()
                    .ifPresent(reason -> problems.add(problem(candidate, "residentId", reason)));
            if (taken.contains(candidate.residentId())) {
                problems.add(problem(candidate, "residentId", Reason.of("enrolment.alreadyEnrolled", candidate.residentId(),
                        version.planCode(), version.versionCode())));
            }
        }
        return problems;
    }

    /** Resident IDs that hold an enrolment under the version, or stand on a list still waiting for confirmation. */
    Set<String> alreadyEnrolledOrListed(long versionId, Collection<String> residentIds) {
        Set<String> taken = new HashSet<>();
        List<String> ids = new ArrayList<>(residentIds);
        for (int from = 0; from < ids.size(); from += 5_000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 5_000));
            Jdbc.withConnection(dataSource, connection -> {
                // joined to the unnested IDs (index probes per ID), not "resident_id = any (?)", which PostgreSQL evaluates as a
                // linear search of the array for every enrolment of the version when it scans by version
                try (PreparedStatement query = connection.prepareStatement("select e.resident_id from unnest(?) as r(id) "
                        + "join insurance.enrolment e on e.resident_id = r.id where e.plan_version_id = ? and e.status <> 'LAPSED' "
                        + "union select l.resident_id from unnest(?) as r(id) join insurance.enrolment_list_line l on l.resident_id = r.id "
                        + "join insurance.enrolment_list li on li.id = l.list_id where li.plan_version_id = ? and li.status = 'SUBMITTED'")) {
                    java.sql.Array array = connection.createArrayOf("varchar", chunk.toArray());
                    query.setArray(1, array);
                    query.setLong(2, versionId);
                    query.setArray(3, array);
                    query.setLong(4, versionId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            taken.add(rows.getString(1));
                        }
                    }
                }
                return null;
            });
        }
        return taken;
    }

    static LineProblem problem(Candidate candidate, String field, Reason reason) {
        return new LineProblem(candidate.row(), candidate.residentId(),
                new FieldProblem(field, InsuranceMessages.BUNDLE, reason.code(), reason.arguments()));
    }
}
