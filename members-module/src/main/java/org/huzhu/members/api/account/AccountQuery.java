package org.huzhu.members.api.account;

/**
 * Which accounts to list: text in the user name or display name, a role, an organisation (it and everything beneath
 * it), enabled or not; a page of at most 500.
 */
public record AccountQuery(String text, String role, String organisation, Boolean enabled, int offset, int limit) {

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, 0, 100);
    }
}
