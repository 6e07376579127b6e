package org.huzhu.claims.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.huzhu.platform.api.ModuleSchema;

/** The claims module owns schema {@code claims}; it migrates after platform, members and insurance. */
@ApplicationScoped
public class ClaimsSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "claims";
    }

    @Override
    public int order() {
        return 30;
    }
}
