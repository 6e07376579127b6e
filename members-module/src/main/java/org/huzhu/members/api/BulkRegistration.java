package org.huzhu.members.api;

import java.util.Map;

/**
 * The outcome of registering a list of members in a unit: the member id of every resident ID that now
 * belongs to the unit, how many were new, and the IDs that are already registered in another unit (those
 * rows were left untouched).
 */
public record BulkRegistration(Map<String, Long> memberIds, int inserted, int updated, Map<String, String> inOtherUnit) {
}
