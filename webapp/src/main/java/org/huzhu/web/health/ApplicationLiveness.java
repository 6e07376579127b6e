package org.huzhu.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM can still allocate: a process that answers at all is not wedged. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final long MINIMUM_FREE_BYTES = 8L * 1024 * 1024;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return HealthCheckResponse.named("heap").status(free > MINIMUM_FREE_BYTES)
                .withData("freeBytes", free).build();
    }
}
