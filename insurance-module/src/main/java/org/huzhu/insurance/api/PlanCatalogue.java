package org.huzhu.insurance.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plans and their versions. */
public interface PlanCatalogue {

    List<PlanSummary> plans(Locale locale);

    Optional<PlanSummary> plan(String code, Locale locale);
}
