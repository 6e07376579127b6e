package org.huzhu.members.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.Sex;
import org.huzhu.platform.api.DemoData;

/**
 * Evaluation-mode demo data: the Shanghai association, one district union, four employers' unions of
 * different sizes (one with fewer than ten people, where the group rule asks for everyone) and a community
 * office for retirees; about three hundred members with valid resident ID numbers. Deterministic: the same
 * seed gives the same people every time.
 */
@ApplicationScoped
public class MembersDemoData implements DemoData {

    static final LocalDate FOUNDED = LocalDate.of(1994, 1, 1);
    static final LocalDate JOINED = LocalDate.of(2015, 1, 1);
    private static final String REGION = "310115";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "胡", "沈", "顾", "陆", "施"};
    private static final String[] GIVEN = {"建国", "秀英", "伟", "芳", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英", "志华", "海燕", "国平", "佳怡", "子涵", "浩然"};

    private record DemoUnit(String code, OrganisationKind kind, String parent, String name, int members, boolean retirees) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("SH", OrganisationKind.ASSOCIATION, null, "上海市职工保障互助会", 0, false),
            new DemoUnit("PD", OrganisationKind.DISTRICT_UNION, "SH", "浦东新区总工会", 0, false),
            new DemoUnit("PD-0001", OrganisationKind.UNIT, "PD", "上海浦东机械厂工会", 120, false),
            new DemoUnit("PD-0002", OrganisationKind.UNIT, "PD", "浦东软件园科技有限公司工会", 60, false),
            new DemoUnit("PD-0003", OrganisationKind.UNIT, "PD", "陆家嘴金融服务有限公司工会", 40, false),
            new DemoUnit("PD-0004", OrganisationKind.UNIT, "PD", "张江建筑设计事务所工会", 8, false),
            new DemoUnit("PD-C001", OrganisationKind.COMMUNITY, "PD", "潍坊新村街道社区工作站", 90, true));

    /**
     * The organisations of the demo accounts (created by the web application's start-up in evaluation mode): the officers,
     * supervisors and the actuary work at the association, the agent for PD-0001; the administrator has none.
     */
    static final String[][] DEMO_ACCOUNT_ORGANISATIONS = {
            {"officer", "SH"}, {"supervisor", "SH"}, {"supervisor2", "SH"}, {"actuary", "SH"}, {"agent", "PD-0001"}};

    @Override
    public int order() {
        return 10;
    }

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Override
    public void loadOnce() {
        try (Connection connection = dataSource.getConnection()) {
            try (var check = connection.createStatement();
                 var rows = check.executeQuery("select count(*) from members.organisation")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            connection.setAutoCommit(false);
            try {
                load(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the members demo data", e);
        }
    }

    void load(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into members.organisation "
                + "(code, kind, parent_id, name, valid_from) values (?, ?, (select id from members.organisation where code = ?), ?, ?)")) {
            for (DemoUnit unit : UNITS) {
                insert.setString(1, unit.code());
                insert.setString(2, unit.kind().name());
                insert.setString(3, unit.parent());
                insert.setString(4, unit.name());
                insert.setDate(5, Date.valueOf(FOUNDED));
                insert.executeUpdate(); // parents before children: each row needs the one before it
            }
        }
        Random random = new Random(20011231L);
        Set<String> used = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into members.member (resident_id, name, sex, "
                + "birth_date, employment_status, retired_on, basic_insurance, hardship, model_worker, unit_id, bank_card) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, (select id from members.organisation where code = ?), ?)")) {
            for (DemoUnit unit : UNITS) {
                for (int i = 0; i < unit.members(); i++) {
                    addMember(insert, unit, random, used);
                }
            }
            insert.executeBatch();
        }
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("insert into members.organisation_name (organisation_id, name, valid_from) "
                    + "select id, name, valid_from from members.organisation");
            statement.executeUpdate("insert into members.member_unit (member_id, unit_id, valid_from) "
                    + "select id, unit_id, date '" + JOINED + "' from members.member");
            statement.executeUpdate("insert into members.member_event (member_id, kind, effective_date, unit_id, recorded_by) "
                    + "select id, 'JOINED', date '" + JOINED + "', unit_id, 'demo' from members.member");
            for (String[] placed : DEMO_ACCOUNT_ORGANISATIONS) {
                statement.executeUpdate("insert into members.account_organisation (username, organisation_id) "
                        + "select '" + placed[0] + "', id from members.organisation where code = '" + placed[1] + "'");
            }
        }
    }

    private static void addMember(PreparedStatement insert, DemoUnit unit, Random random, Set<String> used) throws SQLException {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        int age = unit.retirees() ? 58 + random.nextInt(28) : 21 + random.nextInt(sex == Sex.MALE ? 39 : 34);
        LocalDate birth = LocalDate.of(2026 - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String residentId = uniqueResidentId(birth, sex, random, used);
        EmploymentStatus status = unit.retirees() ? EmploymentStatus.RETIRED : EmploymentStatus.IN_SERVICE;
        LocalDate retiredOn = unit.retirees() ? birth.plusYears(sex == Sex.MALE ? 60 : 50) : null;
        insert.setString(1, residentId);
        insert.setString(2, SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
        insert.setString(3, sex.code());
        insert.setDate(4, Date.valueOf(birth));
        insert.setString(5, status.name());
        insert.setDate(6, retiredOn == null ? null : Date.valueOf(retiredOn));
        insert.setBoolean(7, random.nextInt(100) < 97);
        insert.setBoolean(8, random.nextInt(100) < 4);
        insert.setBoolean(9, unit.retirees() && random.nextInt(100) < 3);
        insert.setString(10, unit.code());
        insert.setString(11, "6222" + String.format("%015d", Math.abs(random.nextLong() % 1_000_000_000_000_000L)));
        insert.addBatch();
    }

    private static String uniqueResidentId(LocalDate birth, Sex sex, Random random, Set<String> used) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = REGION + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), sequence);
            String id = first17 + ResidentId.checkCharacter(first17);
            if (used.add(id)) {
                return id;
            }
        }
    }
}
