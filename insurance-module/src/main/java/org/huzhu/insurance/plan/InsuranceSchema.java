package org.huzhu.insurance.plan;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

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

    /** V2 and V3 named the domain brief by a location outside the repository; they now name docs/domain.md. */
    @Override
    public List<RewordedMigration> rewordedMigrations() {
        return List.of(new RewordedMigration("2", 1126568316, 485169218), new RewordedMigration("3", -569683784, 1119199250));
    }
}
