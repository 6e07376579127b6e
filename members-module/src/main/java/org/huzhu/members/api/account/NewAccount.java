package org.huzhu.members.api.account;

import java.util.List;

/**
 * A staff account to create: user name (3–64 letters, digits, {@code . _ -}), display name, roles, the organisation
 * code (required for OFFICER, SUPERVISOR, ACTUARY and UNIT_AGENT; a unit or community office for a UNIT_AGENT) and an
 * optional initial password (without one, a one-time activation code is issued).
 */
public record NewAccount(String username, String displayName, List<String> roles, String organisation, String initialPassword) {
}
