package org.huzhu.reports.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.reports.api.summary.FactorSelection;
import org.huzhu.reports.api.summary.LagTriangle;
import org.huzhu.reports.reserving.DevelopmentFactors;

/** The reported triangle as the summary shows and stores it: the booked reserve's rows, factors and their selection. */
final class ReportedTriangle {

    private ReportedTriangle() {
    }

    static LagTriangle of(BookedReserve reserve) {
        List<LagTriangle.Row> rows = new ArrayList<>();
        for (BookedReserve.Row row : reserve.rows()) {
            rows.add(new LagTriangle.Row(row.origin(), row.reportedByLag(), row.countByLag(), row.ibnr(), row.method().name(),
                    row.cdf(), row.ultimate(), row.standardError()));
        }
        return new LagTriangle(rows, reserve.developmentFactors(), reserve.completionFactors(), selection(reserve.factors()));
    }

    /** The choices and every factor, computed and selected, at full precision (what the chaining used). */
    static FactorSelection selection(BookedReserve.Factors factors) {
        ReservingChoices choices = factors.choices();
        DevelopmentFactors computed = factors.computed();
        List<FactorSelection.Factor> all = new ArrayList<>();
        for (int lag = 0; lag < computed.size(); lag++) {
            BigDecimal average = BigDecimal.valueOf(computed.factor(lag));
            BigDecimal override = choices.overrides().get(lag);
            all.add(new FactorSelection.Factor(lag, average, override != null ? override : average, override != null));
        }
        return new FactorSelection(choices.average().name(), choices.weighting().name(), choices.excludeHighLow(), choices.tail(),
                choices.reason(), all);
    }
}
