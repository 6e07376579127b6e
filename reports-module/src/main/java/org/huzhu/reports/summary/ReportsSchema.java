package org.huzhu.reports.summary;

import jakarta.enterprise.context.ApplicationScoped;

import org.huzhu.platform.api.ModuleSchema;

/** The reports module owns schema {@code reports}: the stored revisions of the monthly summary. */
@ApplicationScoped
public class ReportsSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "reports";
    }

    @Override
    public int order() {
        return 40;
    }
}
