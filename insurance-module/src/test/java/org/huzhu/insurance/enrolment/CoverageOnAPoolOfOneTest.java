package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.UsedLimits;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.insurance.testing.PoolOfOne;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.ReadDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A member's cover is looked up holding one connection of the read pool at a time: on a pool of one, the enrolments are
 * read and their connection given back before the plan version is read to count what is left of its limits. (Counting
 * inside the enrolments' row mapper asked for a second connection while holding the first: with as many look-ups as
 * the pool has connections, every one of them waited, and the look-ups stopped under load.)
 */
class CoverageOnAPoolOfOneTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("coverage_pool_of_one");

    private static final String RESIDENT = "310115198203150412";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMembersCoverIsReadWithWhatIsLeftOfItsLimitsOnAPoolOfOne(Kind kind) throws Exception {
        DataSource db = DATABASES.get(kind).dataSource();
        long version = Jdbc.queryOne(db, "select v.id from insurance.plan_version v join insurance.plan p on p.id = v.plan_id "
                + "where p.code = 'WORKING_INPATIENT' and v.version_code = '2016'", row -> row.getLong(1)).orElseThrow();
        long list = Jdbc.insert(db, "insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, eligible_headcount, "
                + "enrolled_count, required_count, submitted_by, submitted_at) values ('U1', ?, 'NEW', 'CONFIRMED', 1, 1, 1, 't', current_timestamp)",
                version);
        Jdbc.update(db, "insert into insurance.enrolment (list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, "
                + "cover_start, cover_end, continuous_from, waiting_end, payment_due, premium_status) values (?, ?, 1, ?, 'U1', 1, 'ACTIVE', "
                + "date '2016-07-01', date '2017-06-30', date '2016-07-01', date '2016-07-01', date '2016-07-31', 'PAID')", list, version, RESIDENT);

        DataSource poolOfOne = PoolOfOne.around(db);
        JdbcCoverage coverage = new JdbcCoverage();
        coverage.database = readingFrom(poolOfOne);
        coverage.versions = versionsReadingFrom(poolOfOne);
        coverage.clock = new BusinessClock();
        coverage.usedLimits = noUsedLimits();

        List<CoverageView> cover = coverage.of(ResidentId.parse(RESIDENT), LocalDate.of(2016, 8, 1), Locale.CHINA);
        assertEquals(List.of("WORKING_INPATIENT"), cover.stream().map(CoverageView::planCode).toList());
        assertFalse(cover.get(0).remainingLimits().isEmpty(), "what is left of the version's limits is counted");
    }

    private static ReadDatabase readingFrom(DataSource source) throws ReflectiveOperationException {
        return withField(new ReadDatabase(), "read", source);
    }

    private static PlanVersions versionsReadingFrom(DataSource source) throws ReflectiveOperationException {
        return withField(new PlanVersions(), "dataSource", source);
    }

    /** The bean with its (container-set) field set by hand, as the container would. */
    private static <T> T withField(T bean, String name, Object value) throws ReflectiveOperationException {
        Field field = bean.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(bean, value);
        return bean;
    }

    /** No claims module: nothing used of any limit. */
    @SuppressWarnings("unchecked")
    private static jakarta.enterprise.inject.Instance<UsedLimits> noUsedLimits() {
        return (jakarta.enterprise.inject.Instance<UsedLimits>) Proxy.newProxyInstance(CoverageOnAPoolOfOneTest.class.getClassLoader(),
                new Class<?>[] {jakarta.enterprise.inject.Instance.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("isResolvable")) {
                        return false;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
