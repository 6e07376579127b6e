package org.huzhu.platform.api;

/** Name of the platform's message bundle (problem titles and generic errors). */
public final class PlatformMessages {
    public static final String BUNDLE = "org.huzhu.platform.i18n.messages";

    private PlatformMessages() {
    }
}
