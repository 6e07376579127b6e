package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverStatus;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.SupportedLocales;

/**
 * One indexed read ({@code enrolment_by_resident}) of every enrolment whose plan version is in force on the
 * date. Remaining annual limits stay empty until claims are recorded against them.
 */
@ApplicationScoped
public class JdbcCoverage implements Coverage {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Override
    public List<CoverageView> of(ResidentId member, LocalDate date, Locale locale) {
        boolean english = SupportedLocales.ENGLISH.equals(SupportedLocales.supported(locale));
        LocalDate today = LocalDate.now(SHANGHAI);
        return Jdbc.query(dataSource, "select p.code, p.name_zh, p.name_en, v.version_code, e.unit_code, e.shares, e.cover_start, "
                + "e.cover_end, e.waiting_end, e.premium_status, e.payment_due, e.status, e.ended_on "
                + "from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
                + "join insurance.plan p on p.id = v.plan_id "
                + "where e.resident_id = ? and v.period_start <= ? and v.period_end >= ? order by p.code", row -> {
                    LocalDate coverStart = row.getDate(7).toLocalDate();
                    LocalDate coverEnd = row.getDate(8).toLocalDate();
                    LocalDate waitingEnd = row.getDate(9).toLocalDate();
                    String premium = row.getString(10);
                    LocalDate paymentDue = row.getDate(11).toLocalDate();
                    Date endedOn = row.getDate(13);
                    CoverStatus status = status(row.getString(12), coverStart, coverEnd, endedOn == null ? null : endedOn.toLocalDate(),
                            premium, paymentDue, date, today);
                    return new CoverageView(row.getString(1), english ? row.getString(3) : row.getString(2), row.getString(4),
                            row.getString(5), row.getInt(6), coverStart, coverEnd, waitingEnd, date.isBefore(waitingEnd), premium,
                            paymentDue, status, List.of());
                }, member.value(), date, date);
    }

    static CoverStatus status(String enrolmentStatus, LocalDate coverStart, LocalDate coverEnd, LocalDate endedOn, String premium,
                              LocalDate paymentDue, LocalDate date, LocalDate today) {
        if ("LAPSED".equals(enrolmentStatus)) {
            return CoverStatus.LAPSED;
        }
        if (endedOn != null && endedOn.isBefore(coverStart)) {
            return CoverStatus.ENDED;
        }
        if (date.isBefore(coverStart)) {
            return CoverStatus.NOT_STARTED;
        }
        if (date.isAfter(coverEnd)) {
            return CoverStatus.ENDED;
        }
        if (!"PAID".equals(premium)) {
            return today.isAfter(paymentDue) ? CoverStatus.LAPSED : CoverStatus.PREMIUM_PENDING;
        }
        return CoverStatus.IN_FORCE;
    }
}
