package org.huzhu.insurance.premium;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.huzhu.platform.api.Jdbc;

/**
 * Writes many bill lines at once: on PostgreSQL with {@code COPY ... FROM STDIN} (about three times as fast as
 * batched inserts for the millions of lines of a city's bulk confirmation), elsewhere (H2 in evaluation mode) with
 * JDBC batches. The connection is the transaction's, so the lines commit or roll back with everything else.
 */
final class BillLineWriter {

    static final String COLUMNS = "enrolment_id, bill_id, member_id, plan_version_id, shares, cover_start, hardship, amount, unit_part, "
            + "union_part, member_part, hardship_part, start_day, end_day";
    private static final int BATCH = 5_000;
    /** Characters of COPY data sent per write. */
    private static final int COPY_BUFFER = 1 << 16;

    private BillLineWriter() {
    }

    /** One line as written: the enrolment it bills, the amounts and the cover days. */
    record Row(long enrolmentId, long billId, long memberId, long versionId, int shares, LocalDate coverStart, boolean hardship,
               BigDecimal amount, BigDecimal unitPart, BigDecimal unionPart, BigDecimal memberPart, BigDecimal hardshipPart,
               int startDay, int endDay) {
    }

    static void write(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
            PostgresCopy.copy(connection, rows);
        } else {
            batch(connection, rows);
        }
    }

    private static void batch(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into insurance.bill_line (" + COLUMNS + ") "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row r : rows) {
                Jdbc.bind(insert, r.enrolmentId(), r.billId(), r.memberId(), r.versionId(), r.shares(), r.coverStart(), r.hardship(),
                        r.amount(), r.unitPart(), r.unionPart(), r.memberPart(), r.hardshipPart(), r.startDay(), r.endDay());
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    Jdbc.executeBatch(insert);
                }
            }
            Jdbc.executeBatch(insert);
        }
    }

    /** The PostgreSQL driver's copy API; loaded only on PostgreSQL, so H2 alone needs no PostgreSQL classes. */
    private static final class PostgresCopy {

        static void copy(Connection connection, List<Row> rows) throws SQLException {
            org.postgresql.copy.CopyIn in = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("copy insurance.bill_line (" + COLUMNS + ") from stdin");
            try {
                StringBuilder text = new StringBuilder(COPY_BUFFER + 512);
                for (Row r : rows) {
                    text.append(r.enrolmentId()).append('\t').append(r.billId()).append('\t').append(r.memberId()).append('\t')
                            .append(r.versionId()).append('\t').append(r.shares()).append('\t').append(r.coverStart()).append('\t')
                            .append(r.hardship() ? 't' : 'f').append('\t').append(r.amount().toPlainString()).append('\t')
                            .append(r.unitPart().toPlainString()).append('\t').append(r.unionPart().toPlainString()).append('\t')
                            .append(r.memberPart().toPlainString()).append('\t').append(r.hardshipPart().toPlainString()).append('\t')
                            .append(r.startDay()).append('\t').append(r.endDay()).append('\n');
                    if (text.length() >= COPY_BUFFER) {
                        send(in, text);
                    }
                }
                send(in, text);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }

        private static void send(org.postgresql.copy.CopyIn in, StringBuilder text) throws SQLException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }
}
