package org.huzhu.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BulkInsertTest {

    enum Status { IN_SERVICE }

    @Test
    void on_h2_the_rows_go_in_by_batches_with_every_kind_of_value() throws Exception {
        try (java.sql.Connection h2 = java.sql.DriverManager.getConnection("jdbc:h2:mem:bulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            h2.createStatement().execute("create table t (id bigint, name varchar(20), amount numeric(14,2), on_date date, flag boolean, "
                    + "status varchar(12))");
            java.util.List<Object[]> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 12_001; i++) {
                rows.add(new Object[] {(long) i, i % 2 == 0 ? "张三" : null, new BigDecimal("0.01").multiply(BigDecimal.valueOf(i)),
                        LocalDate.of(2026, 1, 1).plusDays(i % 300), i % 3 == 0, Status.IN_SERVICE});
            }
            assertEquals(12_001, BulkInsert.into(h2, "t", java.util.List.of("id", "name", "amount", "on_date", "flag", "status"), rows));
            try (java.sql.ResultSet sums = h2.createStatement().executeQuery("select count(*), count(name), sum(amount), "
                    + "sum(case when flag then 1 else 0 end), max(on_date), min(status) from t")) {
                sums.next();
                assertEquals(12_001, sums.getLong(1));
                assertEquals(6_001, sums.getLong(2));
                assertEquals(new BigDecimal("720060.00"), sums.getBigDecimal(3));
                assertEquals(4_001, sums.getLong(4));
                assertEquals(LocalDate.of(2026, 10, 27), sums.getDate(5).toLocalDate());
                assertEquals("IN_SERVICE", sums.getString(6));
            }
        }
    }
}
