package org.huzhu.insurance.api;

import java.util.List;

/** A plan with its versions, names in the reader's language. */
public record PlanSummary(String code, String kind, String name, List<PlanVersionSummary> versions) {
}
