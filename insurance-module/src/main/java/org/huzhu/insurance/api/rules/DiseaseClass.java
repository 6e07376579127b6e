package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A disease class of a lump-sum benefit with the ICD-10 ranges that belong to it. It pays either a fixed
 * {@code amountPerShare} or {@code rateOfSum} of the benefit's sum per share; with neither, the full sum.
 */
public record DiseaseClass(String code, DiseaseStage stage, Optional<BigDecimal> amountPerShare,
                           Optional<BigDecimal> rateOfSum, List<IcdRange> icd10) {

    public DiseaseClass {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amountPerShare, "amountPerShare");
        Objects.requireNonNull(rateOfSum, "rateOfSum");
        icd10 = List.copyOf(icd10);
    }

    /** The amount this class pays per share, rounded half-up to the fen when a rate applies. */
    public BigDecimal payablePerShare(BigDecimal sumPerShare) {
        return amountPerShare.orElseGet(() -> rateOfSum.map(sumPerShare::multiply).orElse(sumPerShare)
                .setScale(2, RoundingMode.HALF_UP));
    }

    public boolean covers(String icd10Code) {
        return icd10.stream().anyMatch(range -> range.contains(icd10Code));
    }
}
