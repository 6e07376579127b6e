package org.huzhu.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has finished and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    StartupState startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!startup.isStarted()) {
            return response.down().withData("reason", "starting").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid).withData("mode", startup.mode().name())
                    .withData("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
