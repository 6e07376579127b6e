package org.huzhu.members.api;

/** Name of the members module's message bundle. */
public final class MembersMessages {
    public static final String BUNDLE = "org.huzhu.members.i18n.messages";

    private MembersMessages() {
    }
}
