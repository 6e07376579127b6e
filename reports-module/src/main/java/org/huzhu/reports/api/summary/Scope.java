package org.huzhu.reports.api.summary;

/**
 * What a summary covers: one plan (its code and display name) or all plans together ({@link #total()}).
 *
 * @param planCode the plan's code, {@code null} for the total
 * @param planName the plan's display name as it should appear in the report, {@code null} for the total
 */
public record Scope(String planCode, String planName) {

    private static final Scope TOTAL = new Scope(null, null);

    public static Scope plan(String planCode, String planName) {
        if (planCode == null || planCode.isBlank()) {
            throw new IllegalArgumentException("a plan scope needs the plan's code");
        }
        return new Scope(planCode, planName);
    }

    public static Scope total() {
        return TOTAL;
    }

    public boolean isTotal() {
        return planCode == null;
    }
}
