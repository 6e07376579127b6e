package org.huzhu.members.unit;

import jakarta.enterprise.context.ApplicationScoped;

import org.huzhu.platform.api.ModuleSchema;

/** The members module owns schema {@code members}. */
@ApplicationScoped
public class MembersSchema implements ModuleSchema {

    @Override
    public String schema() {
        return "members";
    }

    @Override
    public int order() {
        return 10;
    }
}
