package org.huzhu.insurance.plan;

import jakarta.enterprise.context.ApplicationScoped;

import org.huzhu.platform.api.ModuleSchema;

/** The insurance module owns schema {@code insurance}. */
@ApplicationScoped
public class InsuranceSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "insurance";
    }

    @Override
    public int order() {
        return 20;
    }
}
