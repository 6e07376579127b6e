package org.huzhu.claims.api;

/** Name of the claims module's message bundle. */
public final class ClaimsMessages {
    public static final String BUNDLE = "org.huzhu.claims.i18n.messages";

    private ClaimsMessages() {
    }
}
