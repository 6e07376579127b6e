package org.huzhu.insurance.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.insurance.api.PlanVersionSummary;

@ApplicationScoped
public class JpaPlanCatalogue implements PlanCatalogue {

    @PersistenceContext(unitName = "insurance")
    private EntityManager entityManager;

    @Override
    public List<PlanSummary> plans(Locale locale) {
        return entityManager.createQuery("select distinct p from Plan p left join fetch p.versions order by p.code", Plan.class)
                .getResultList().stream().map(plan -> summary(plan, locale)).toList();
    }

    @Override
    public Optional<PlanSummary> plan(String code, Locale locale) {
        return entityManager.createQuery("select distinct p from Plan p left join fetch p.versions where p.code = :code", Plan.class)
                .setParameter("code", code).getResultStream().findFirst().map(plan -> summary(plan, locale));
    }

    private static jakarta.json.JsonObject json(String document) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(document))) {
            return reader.readObject();
        }
    }

    private static PlanSummary summary(Plan plan, Locale locale) {
        return new PlanSummary(plan.code(), plan.kind(), plan.name(locale), plan.versions().stream()
                .map(v -> new PlanVersionSummary(v.versionCode(), v.periodStart(), v.periodEnd(), v.cycleYears(),
                        v.maxShares(), v.premiumPerShare(), v.waitingPeriodMonths(), v.expectedLossRatio(), json(v.rules())))
                .toList());
    }
}
