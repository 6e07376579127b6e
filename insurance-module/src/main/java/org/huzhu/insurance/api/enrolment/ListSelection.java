package org.huzhu.insurance.api.enrolment;

import java.util.List;
import java.util.Objects;

/**
 * The waiting lists a supervisor confirms at once: the lists named by number, or every list of a plan version still
 * waiting for confirmation, optionally only those of the units within an organisation of the union hierarchy (a
 * district or industry union) and only those whose unit code starts with a prefix.
 */
public record ListSelection(List<Long> listIds, String planCode, String versionCode, String within, String unitCodePrefix) {

    public ListSelection {
        listIds = listIds == null ? List.of() : listIds.stream().filter(Objects::nonNull).toList();
    }

    public static ListSelection lists(List<Long> listIds) {
        return new ListSelection(listIds, null, null, null, null);
    }

    public static ListSelection version(String planCode, String versionCode, String within, String unitCodePrefix) {
        return new ListSelection(List.of(), planCode, versionCode, within, unitCodePrefix);
    }

    /** Named lists rather than a plan version. */
    public boolean byNumber() {
        return !listIds.isEmpty();
    }

    /** Exactly one of the two ways: list numbers, or a plan and version (with the optional filters). */
    public boolean wellFormed() {
        boolean version = present(planCode) && present(versionCode);
        boolean filters = present(within) || present(unitCodePrefix);
        return byNumber() ? !present(planCode) && !present(versionCode) && !filters : version;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
