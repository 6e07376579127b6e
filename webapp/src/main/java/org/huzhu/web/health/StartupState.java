package org.huzhu.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicReference;

import org.huzhu.platform.api.RuntimeMode;

/** Whether start-up (migrations, first administrator, demo data) has finished, and in which mode. */
@ApplicationScoped
public class StartupState {

    private final AtomicReference<RuntimeMode> mode = new AtomicReference<>();

    public void started(RuntimeMode runtimeMode) {
        mode.set(runtimeMode);
    }

    public boolean isStarted() {
        return mode.get() != null;
    }

    public RuntimeMode mode() {
        return mode.get();
    }
}
