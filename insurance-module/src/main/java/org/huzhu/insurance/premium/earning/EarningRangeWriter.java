package org.huzhu.insurance.premium.earning;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.util.List;

/**
 * Posts each range in its own transaction ({@link EarningRuns#postRange}). {@code pauseMillis} slows the job
 * down after each range, for watching progress and for stopping a run part-way in tests.
 */
@Named("earningRangeWriter")
@Dependent
public class EarningRangeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    @BatchProperty(name = "pauseMillis")
    String pauseMillis;

    @Inject
    EarningRuns runs;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        YearMonth ym = YearMonth.parse(month);
        long pause = pauseMillis == null || pauseMillis.isBlank() ? 0 : Long.parseLong(pauseMillis);
        for (Object start : items) {
            runs.postRange(ym, (Long) start);
            if (pause > 0) {
                Thread.sleep(pause);
            }
        }
    }
}
