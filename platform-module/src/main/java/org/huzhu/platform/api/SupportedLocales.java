package org.huzhu.platform.api;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks: Simplified Chinese (default) and English. */
public final class SupportedLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = CHINESE;

    private SupportedLocales() {
    }

    /** The supported locale closest to the one asked for; Chinese when nothing matches. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    /** The first supported language in an Accept-Language list (already sorted by preference). */
    public static Locale firstSupported(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (ENGLISH.getLanguage().equals(language)) {
                return ENGLISH;
            }
            if (CHINESE.getLanguage().equals(language)) {
                return CHINESE;
            }
        }
        return DEFAULT;
    }
}
