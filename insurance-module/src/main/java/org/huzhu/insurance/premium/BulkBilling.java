package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.EnrolmentListsConfirmed;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.insurance.ledger.PostingsChart;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.rules.BillLine;
import org.huzhu.insurance.premium.rules.BillStatus;
import org.huzhu.insurance.premium.rules.BilledMember;
import org.huzhu.insurance.premium.rules.PremiumBill;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.BulkInsert;
import org.huzhu.platform.api.Jdbc;

/**
 * The one way bills are issued: the bills of the lists a confirmation confirmed (one list, or many in a bulk
 * confirmation; one list is the same path with one list): per list the bill computed by {@link PremiumBill#issue}
 * from the list's enrolments, the members' hardship files and the list's average age, its journal entry
 * ({@link PostingsChart#billIssued}, key {@code BILL:id}), and any credit the unit holds set against it, lists in
 * id order.
 *
 * <p>Set-based: one read of the lists, one of their enrolments and one of the hardship files of their units; the
 * bills, their journal entries and postings with JDBC batches, the lines with {@link BulkInsert} (COPY on
 * PostgreSQL). Only units that hold credit, few in practice, go through {@link Billing#applyCredit} bill by bill;
 * the accounts of the others are created and locked in one statement each, in unit code order.</p>
 */
@ApplicationScoped
public class BulkBilling {

    private static final int BATCH = 5_000;
    private static final List<String> LINE_COLUMNS = List.of("enrolment_id", "bill_id", "member_id", "plan_version_id", "shares",
            "cover_start", "hardship", "amount", "unit_part", "union_part", "member_part", "hardship_part", "start_day", "end_day");
    private static final Logger LOG = Logger.getLogger(BulkBilling.class.getName());

    @jakarta.inject.Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    MemberDirectory directory;

    @Inject
    JournalStore journal;

    @Inject
    Billing billing;

    @Inject
    BusinessClock clock;

    void onConfirmed(@Observes EnrolmentListsConfirmed confirmed) {
        issue(confirmed.listIds(), "system");
    }

    private record ListRow(long id, String unitCode, long versionId, BigDecimal averageAge, LocalDate confirmedOn) {
    }

    private record EnrolmentRow(long id, long memberId, int shares, LocalDate coverStart, LocalDate paymentDue) {
    }

    private record Issued(ListRow list, PlanVersionRecord version, PremiumBill bill, Map<String, EnrolmentRow> byMember, LocalDate paymentDue) {
    }

    /** Issues the bills of confirmed lists that have none yet, in list id order; returns the number of bills issued. */
    @Transactional
    public int issue(List<Long> listIds, String by) {
        if (listIds.isEmpty()) {
            return 0;
        }
        long t0 = System.nanoTime();
        List<Long> ordered = listIds.stream().sorted().distinct().toList();
        String in = in(ordered.size());
        Map<Long, ListRow> lists = new LinkedHashMap<>();
        Jdbc.query(dataSource, "select id, unit_code, plan_version_id, unit_average_age, confirmed_on, status from insurance.enrolment_list "
                + "where id in (" + in + ") order by id", row -> {
                    if (!"CONFIRMED".equals(row.getString(6))) {
                        throw Reason.of("premium.bill.listNotConfirmed", row.getLong(1)).exception(DomainException.Kind.CONFLICT);
                    }
                    return lists.put(row.getLong(1), new ListRow(row.getLong(1), row.getString(2), row.getLong(3), row.getBigDecimal(4),
                            row.getDate(5).toLocalDate()));
                }, ordered.toArray());
        for (long id : ordered) {
            if (!lists.containsKey(id)) {
                throw Reason.of("premium.bill.listNotConfirmed", id).exception(DomainException.Kind.CONFLICT);
            }
        }
        Jdbc.query(dataSource, "select list_id from insurance.bill where list_id in (" + in + ")", row -> lists.remove(row.getLong(1)),
                ordered.toArray());
        if (lists.isEmpty()) {
            return 0;
        }
        List<Long> unbilled = new ArrayList<>(lists.keySet());
        Map<Long, List<EnrolmentRow>> enrolments = new HashMap<>();
        Jdbc.query(dataSource, "select list_id, id, member_id, shares, cover_start, payment_due from insurance.enrolment where list_id in ("
                + in(unbilled.size()) + ") order by list_id, id", row -> enrolments.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                .add(new EnrolmentRow(row.getLong(2), row.getLong(3), row.getInt(4), row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate())),
                unbilled.toArray());
        Map<Long, String> hardship = directory.hardshipMembersOf(lists.values().stream().map(ListRow::unitCode).distinct().toList());
        long t1 = System.nanoTime();

        List<Issued> issued = new ArrayList<>();
        for (ListRow list : lists.values()) {
            List<EnrolmentRow> rows = enrolments.getOrDefault(list.id(), List.of());
            if (rows.isEmpty() || list.averageAge() == null) {
                continue;
            }
            PlanVersionRecord version = versions.require(list.versionId());
            Map<String, EnrolmentRow> byMember = new HashMap<>();
            List<BilledMember> members = new ArrayList<>();
            for (EnrolmentRow e : rows) {
                String key = String.valueOf(e.memberId());
                byMember.put(key, e);
                members.add(new BilledMember(key, e.shares(), e.coverStart(), list.unitCode().equals(hardship.get(e.memberId()))));
            }
            PremiumBill bill = PremiumBill.issue("list-" + list.id(), list.unitCode(), version.planCode() + "/" + version.versionCode(),
                    list.confirmedOn(), version.rules(), list.averageAge(), members);
            issued.add(new Issued(list, version, bill, byMember, rows.get(0).paymentDue()));
        }
        if (issued.isEmpty()) {
            return 0;
        }
        long t2 = System.nanoTime();
        Map<Long, Long> billIds = insertBills(issued);
        long t3 = System.nanoTime();
        insertLines(issued, billIds);
        long t4 = System.nanoTime();
        List<JournalStore.KeyedDraft> entries = new ArrayList<>();
        for (Issued i : issued.stream().filter(i -> i.bill().total().signum() > 0).toList()) {
            long billId = billIds.get(i.list().id());
            entries.add(new JournalStore.KeyedDraft(PostingsChart.billIssued(i.bill().issuedOn(), String.valueOf(billId), i.bill().total()),
                    i.list().unitCode(), "BILL:" + billId));
        }
        journal.postAll(entries, by);
        long t5 = System.nanoTime();
        applyCredit(issued, billIds, by);
        long t6 = System.nanoTime();
        LOG.fine(() -> String.format(java.util.Locale.ROOT, "%d bills: read %d ms, computed %d ms, bills %d ms, lines %d ms, journal %d ms, "
                + "accounts %d ms", issued.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000));
        return issued.size();
    }

    private Map<Long, Long> insertBills(List<Issued> issued) {
        Timestamp now = clock.timestamp();
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.bill (unit_code, plan_version_id, list_id, "
                    + "issued_on, payment_due, rate, unit_average_age, total, paid, unit_part, union_part, member_part, hardship_part, status, "
                    + "issued_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
                for (Issued i : issued) {
                    PremiumBill bill = i.bill();
                    Jdbc.bind(insert, i.list().unitCode(), i.version().id(), i.list().id(), i.list().confirmedOn(), i.paymentDue(), bill.rate(),
                            i.list().averageAge(), bill.total(), bill.payer(Payer.UNIT), bill.payer(Payer.UNION), bill.payer(Payer.MEMBER),
                            bill.payer(Payer.HARDSHIP_FUND), BillStatus.of(bill.total(), Money.ZERO), now);
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        Map<Long, Long> billIds = new HashMap<>();
        List<Long> listIds = issued.stream().map(i -> i.list().id()).toList();
        Jdbc.query(dataSource, "select list_id, id from insurance.bill where list_id in (" + in(listIds.size()) + ")",
                row -> billIds.put(row.getLong(1), row.getLong(2)), listIds.toArray());
        trail.recordEach(null, "BILL_ISSUED", org.huzhu.platform.api.audit.AuditedObject.BILL,
                billIds.values().stream().sorted().map(String::valueOf).toList(), null, java.util.Map.of("status", "UNPAID", "bulk", true));
        return billIds;
    }

    private void insertLines(List<Issued> issued, Map<Long, Long> billIds) {
        List<Object[]> rows = new ArrayList<>();
        for (Issued i : issued) {
            long billId = billIds.get(i.list().id());
            int endDay = (int) i.version().rules().period().end().toEpochDay();
            for (BillLine line : i.bill().lines()) {
                EnrolmentRow e = i.byMember().get(line.memberId());
                rows.add(new Object[] {e.id(), billId, e.memberId(), i.version().id(), line.shares(), line.coverStart(),
                        line.hardship(), line.amount(), line.payer(Payer.UNIT), line.payer(Payer.UNION), line.payer(Payer.MEMBER),
                        line.payer(Payer.HARDSHIP_FUND), (int) line.coverStart().toEpochDay(), endDay});
            }
        }
        Jdbc.withConnection(dataSource, connection -> BulkInsert.into(connection, "insurance.bill_line", LINE_COLUMNS, rows));
    }

    /**
     * Creates the accounts of the billed units that have none and locks them all in unit code order; the units that
     * hold credit have it set against their bills, oldest list first ({@link Billing#applyCredit}).
     */
    private void applyCredit(List<Issued> issued, Map<Long, Long> billIds, String by) {
        List<String> units = new ArrayList<>(new TreeSet<>(issued.stream().map(i -> i.list().unitCode()).toList()));
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.unit_account (unit_code, credit) values (?, 0) "
                    + "on conflict do nothing")) {
                int pending = 0;
                for (String unit : units) {
                    insert.setString(1, unit);
                    insert.addBatch();
                    if (++pending % BATCH == 0) {
                        Jdbc.executeBatch(insert);
                    }
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        Map<String, BigDecimal> credit = new HashMap<>();
        Jdbc.query(dataSource, "select unit_code, credit from insurance.unit_account where unit_code in (" + in(units.size()) + ") "
                + "order by unit_code for update", row -> credit.put(row.getString(1), row.getBigDecimal(2)), units.toArray());
        for (Issued i : issued) {
            long billId = billIds.get(i.list().id());
            if (i.bill().total().signum() == 0) {
                billing.addPaid(billId, Money.ZERO, i.list().confirmedOn()); // nothing to pay: paid in full on issue
            } else if (credit.getOrDefault(i.list().unitCode(), BigDecimal.ZERO).signum() > 0) {
                billing.applyCredit(billId, i.list().unitCode(), i.bill().total(), i.list().confirmedOn(), by);
            }
        }
    }

    private static String in(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
