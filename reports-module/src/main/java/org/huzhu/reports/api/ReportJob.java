package org.huzhu.reports.api;

import java.time.OffsetDateTime;

/**
 * A run of the {@code monthly-report} batch job.
 *
 * @param executionId the job execution id
 * @param month       the reporting month, yyyy-MM
 * @param batchStatus STARTING, STARTED, COMPLETED, FAILED, …
 * @param exitStatus  the revision stored ({@code REVISION <n>}) once completed, else the batch exit status
 * @param startedAt   when the execution started, {@code null} before
 * @param endedAt     when it ended, {@code null} while running
 */
public record ReportJob(long executionId, String month, String batchStatus, String exitStatus, OffsetDateTime startedAt,
                        OffsetDateTime endedAt) {
}
