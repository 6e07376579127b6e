package org.huzhu.members.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The view the members module publishes for reporting (V10__reporting_views.sql): age and sex, nothing else. */
class ReportingViewOnH2Test {

    @Test
    void reportingSeesAMembersBirthDateAndSexOnly() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:members-reporting-view;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH"); Statement s = db.createStatement()) {
            s.execute("create schema members");
            for (String file : List.of("V1__units_and_members.sql", "V2__history_and_agents.sql", "V10__reporting_views.sql")) {
                String sql = Files.readString(Path.of("src/main/resources/db/migration/members/" + file), StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        s.execute(part);
                    }
                }
            }
            s.execute("insert into members.organisation (id, code, kind, name, valid_from) values (1, 'U1', 'UNIT', 'Unit', date '2000-01-01')");
            s.execute("insert into members.member (id, resident_id, name, sex, birth_date, employment_status, basic_insurance, unit_id) "
                    + "values (3, 'R3', '王', 'F', date '1980-06-01', 'IN_SERVICE', true, 1)");
            try (ResultSet rs = s.executeQuery("select * from members.reporting_member")) {
                assertEquals(3, rs.getMetaData().getColumnCount());
                rs.next();
                assertEquals(3, rs.getLong("member_id"));
                assertEquals("1980-06-01", rs.getString("birth_date"));
                assertEquals("F", rs.getString("sex").trim());
            }
        }
    }
}
