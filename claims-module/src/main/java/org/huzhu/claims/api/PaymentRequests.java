package org.huzhu.claims.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Response bodies of the payment API. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    public record BatchView(long id, String status, int lineCount, BigDecimal total, String createdBy, LocalDateTime createdAt,
                            LocalDateTime closedAt, List<LineView> lines, List<Skipped> skipped) {
    }

    public record LineView(long id, long claimId, String claimReference, String payeeName, String account, boolean unionAccount, BigDecimal amount,
                           String status, String bankMessage) {
    }

    /** An approved claim left out of the batch, and why (NO_BANK_CARD). */
    public record Skipped(String claimReference, String reason) {
    }

    public record RowProblem(int row, String claimReference, String code, String message) {
    }

    public record ReturnResult(long batchId, int paid, int failed, int stillPending, List<RowProblem> problems) {
    }

    public record NewBatch(String planCode) {
    }
}
