package org.huzhu.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.huzhu.platform.api.ModuleSchema;

/** The platform's own tables: login accounts and their roles. */
@ApplicationScoped
public class PlatformSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }
}
