package org.huzhu.insurance.api.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An enrolment list with the group-rule figures it was judged by. */
public record EnrolmentListView(long id, String unitCode, String planCode, String versionCode, String kind, String status,
                                int lines, int eligibleHeadcount, int enrolledCount, int requiredCount, BigDecimal enrolledPercent,
                                BigDecimal unitAverageAge, String sourceFile, String submittedBy, Instant submittedAt,
                                String decidedBy, Instant decidedAt, LocalDate confirmedOn, String decisionNote) {
}
