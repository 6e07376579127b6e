package org.huzhu.members.api.account;

import java.util.List;

/** New display name, roles and organisation for an account; what is left out (null) stays as it is. */
public record AccountUpdate(String displayName, List<String> roles, String organisation) {
}
