package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes a {@link DistrictUnionBook} into a database with the modules' own migrations, as the claims, insurance
 * and members modules would have left it at the end of a month: claims received by then with their status at that
 * time and their history (events and assessments) up to it, payment lines settled by then.
 */
final class BookDatabase {

    private static final List<String> MIGRATIONS = List.of(
            "../members-module/src/main/resources/db/migration/members/V1__units_and_members.sql",
            "../members-module/src/main/resources/db/migration/members/V2__history_and_agents.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V1__plan_catalogue.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V4__enrolment.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V5__premium_accounting.sql",
            "../claims-module/src/main/resources/db/migration/claims/V1__claims.sql",
            "../claims-module/src/main/resources/db/migration/claims/V2__codes_as_long_as_rules_allow.sql",
            "../members-module/src/main/resources/db/migration/members/V10__reporting_views.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V10__reporting_views.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V62__reporting_plan_year.sql",
            "../insurance-module/src/main/resources/db/migration/insurance/V63__priced_loss_ratio.sql",
            "../claims-module/src/main/resources/db/migration/claims/V10__reporting_views.sql",
            "../claims-module/src/main/resources/db/migration/claims/V22__appeals_reserved_at_the_amount_under_appeal.sql");

    private BookDatabase() {
    }

    static void load(DataSource db, DistrictUnionBook book, YearMonth asAtEndOf) throws Exception {
        LocalDate end = asAtEndOf.atEndOfMonth();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String schema : List.of("members", "insurance", "claims")) {
                    s.execute("create schema " + schema);
                }
                for (String file : MIGRATIONS) {
                    String sql = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                    for (String part : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                        if (!part.isBlank()) {
                            s.execute(part);
                        }
                    }
                }
                s.execute("insert into members.organisation (id, code, kind, name, valid_from) values (1, 'U1', 'UNIT', 'Unit', date '2000-01-01')");
                s.execute("insert into insurance.plan (id, code, kind, name_zh, name_en) values (1, 'DU', 'INPATIENT', '区局计划', 'District plan')");
                s.execute("insert into insurance.plan_version (id, plan_id, version_code, period_start, period_end, cycle_years, max_shares, "
                        + "premium_per_share, waiting_period_months, rules) values (1, 1, '2023', date '2023-07-01', date '2030-06-30', 1, 1, 120, 0, '{}')");
                s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                        + "required_count, submitted_by, submitted_at) values (1, 'U1', 1, 'NEW', 'CONFIRMED', 1, 1, 1, 't', current_timestamp)");
                s.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) values (1, 'CLOSED', 0, 0, 't', current_timestamp)");
            }
            members(c, book);
            claims(c, book, end);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze"); // fresh statistics after a bulk load, as autovacuum would give them
            }
            c.commit();
        }
    }

    private static void members(Connection c, DistrictUnionBook book) throws SQLException {
        try (PreparedStatement member = c.prepareStatement("insert into members.member (id, resident_id, name, sex, birth_date, "
                + "employment_status, basic_insurance, unit_id) values (?, ?, ?, ?, ?, 'IN_SERVICE', true, 1)");
             PreparedStatement enrolment = c.prepareStatement("insert into insurance.enrolment (id, list_id, plan_version_id, member_id, "
                     + "resident_id, unit_code, shares, status, cover_start, cover_end, continuous_from, waiting_end, payment_due) "
                     + "values (?, 1, 1, ?, ?, 'U1', 1, 'ACTIVE', ?, ?, ?, ?, ?)")) {
            for (DistrictUnionBook.Member m : book.members) {
                member.setLong(1, m.id());
                member.setString(2, "R" + m.id());
                member.setString(3, "m" + m.id());
                member.setString(4, String.valueOf(m.sex()));
                member.setDate(5, Date.valueOf(m.birthDate()));
                member.addBatch();
                enrolment.setLong(1, m.id());
                enrolment.setLong(2, m.id());
                enrolment.setString(3, "R" + m.id());
                enrolment.setDate(4, Date.valueOf(m.coverStart()));
                enrolment.setDate(5, Date.valueOf(m.coverEnd()));
                enrolment.setDate(6, Date.valueOf(m.coverStart()));
                enrolment.setDate(7, Date.valueOf(m.coverStart()));
                enrolment.setDate(8, Date.valueOf(m.coverStart()));
                enrolment.addBatch();
            }
            member.executeBatch();
            enrolment.executeBatch();
        }
    }

    private static void claims(Connection c, DistrictUnionBook book, LocalDate end) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, "
                + "plan_code, enrolment_id, enrolment_version_id, plan_version_id, claim_type, service_date, end_date, days_in_hospital, "
                + "received_on, year_start, year_end, source, status, reject_reason, payable, approved_amount, paid_amount, created_by, "
                + "created_at, updated_at) values (?, ?, ?, 'm', 'U1', 'DU', ?, 1, 1, ?, ?, ?, ?, ?, date '2023-07-01', date '2030-06-30', "
                + "'FORM', ?, ?, ?, ?, ?, 't', current_timestamp, current_timestamp)");
             PreparedStatement line = c.prepareStatement("insert into claims.payment_line (batch_id, claim_id, payee_name, account, "
                     + "union_account, amount, status, settled_at) values (1, ?, 'm', 'a', false, ?, 'PAID', ?)");
             PreparedStatement event = c.prepareStatement("insert into claims.claim_event (claim_id, at, actor, action, from_status, "
                     + "to_status) values (?, ?, 't', ?, ?, ?)");
             PreparedStatement assessment = c.prepareStatement("insert into claims.assessment (claim_id, assessment_no, purpose, "
                     + "plan_version_id, year_start, year_end, payable, assessed_by, assessed_at) values (?, 1, 'APPROVAL', 1, "
                     + "date '2023-07-01', date '2030-06-30', ?, 't', ?)")) {
            for (DistrictUnionBook.Claim k : book.claims) {
                if (!k.receivedBy(end)) {
                    continue;
                }
                String status;
                String reason = null;
                BigDecimal payable = null;
                BigDecimal approved = BigDecimal.ZERO;
                if (k.reversedBy(end)) {
                    status = "REJECTED";
                    reason = "REVERSED";
                    payable = k.amount();
                } else if (k.assessedBy(end) && k.rejected()) {
                    status = "REJECTED";
                    reason = "NOTHING_PAYABLE";
                    payable = BigDecimal.ZERO;
                } else if (k.assessedBy(end)) {
                    status = k.paidBy(end) ? "PAID" : "APPROVED";
                    payable = k.amount();
                    approved = k.amount();
                } else {
                    status = "RECEIVED";
                }
                claim.setLong(1, k.id());
                claim.setLong(2, k.memberId());
                claim.setString(3, "R" + k.memberId());
                claim.setLong(4, k.memberId());
                claim.setString(5, k.type().name());
                claim.setDate(6, Date.valueOf(k.service()));
                claim.setDate(7, Date.valueOf(k.service().plusDays(k.days())));
                claim.setInt(8, k.days());
                claim.setDate(9, Date.valueOf(k.received()));
                claim.setString(10, status);
                claim.setString(11, reason);
                claim.setBigDecimal(12, payable);
                claim.setBigDecimal(13, approved);
                claim.setBigDecimal(14, k.paidBy(end) ? k.amount() : BigDecimal.ZERO);
                claim.addBatch();
                // its history: filed, assessed (approved or rejected), paid, reversed, each on its day
                event(event, k.id(), k.received(), 9, "FILE", null, "RECEIVED");
                if (k.assessedBy(end)) {
                    event(event, k.id(), k.assessed(), 10, k.rejected() ? "REJECT" : "APPROVE", "RECEIVED", k.rejected() ? "REJECTED" : "APPROVED");
                    assessment.setLong(1, k.id());
                    assessment.setBigDecimal(2, k.rejected() ? BigDecimal.ZERO : k.amount());
                    assessment.setTimestamp(3, Timestamp.valueOf(k.assessed().atTime(10, 0)));
                    assessment.addBatch();
                }
                if (k.paidBy(end)) {
                    line.setLong(1, k.id());
                    line.setBigDecimal(2, k.amount());
                    line.setTimestamp(3, Timestamp.valueOf(k.paid().atTime(10, 0)));
                    line.addBatch();
                    event(event, k.id(), k.paid(), 11, "PAID", "APPROVED", "PAID");
                }
                if (k.reversedBy(end)) {
                    event(event, k.id(), k.reversed(), 10, "REVERSE", "PAID", "REJECTED");
                }
            }
            claim.executeBatch();
            assessment.executeBatch();
            line.executeBatch();
            event.executeBatch();
        }
    }

    private static void event(PreparedStatement event, long claim, LocalDate day, int hour, String action, String from, String to)
            throws SQLException {
        event.setLong(1, claim);
        event.setTimestamp(2, Timestamp.valueOf(day.atTime(hour, 0)));
        event.setString(3, action);
        event.setString(4, from);
        event.setString(5, to);
        event.addBatch();
    }
}
