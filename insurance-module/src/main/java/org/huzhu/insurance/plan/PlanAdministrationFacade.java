package org.huzhu.insurance.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

import org.huzhu.insurance.api.PlanAdministration;
import org.huzhu.insurance.api.rules.PlanRulesJson;

/** The plan administration behind the web pages: the same code paths as the REST API. */
@ApplicationScoped
public class PlanAdministrationFacade implements PlanAdministration {

    @Inject
    PlanVersions versions;

    @Override
    public void copyVersion(String planCode, String fromVersion, String newVersion, LocalDate periodStart,
                            java.math.BigDecimal expectedLossRatio) {
        versions.copy(planCode, fromVersion, newVersion, periodStart, expectedLossRatio);
    }

    @Override
    public String rules(String planCode, String versionCode) {
        return PlanRulesJson.write(versions.require(planCode, versionCode).rules());
    }

    @Override
    public void replaceRules(String planCode, String versionCode, String rulesJson) {
        versions.update(planCode, versionCode, PlanRulesJson.read(rulesJson));
    }
}
