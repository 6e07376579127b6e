package org.huzhu.insurance.premium.earning;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;

/** Hands out the start of each enrolment id range of the month's run; the checkpoint is the next range start. */
@Named("earningRangeReader")
@Dependent
public class EarningRangeReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    EarningRuns runs;

    private long next;
    private long last;
    private long size;

    @Override
    public void open(Serializable checkpoint) {
        EarningRuns.Ranges ranges = runs.ranges(YearMonth.parse(month));
        last = ranges.lastId();
        size = ranges.rangeSize();
        next = checkpoint == null ? ranges.firstId() : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (next > last) {
            return null;
        }
        long start = next;
        next += size;
        return start;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
