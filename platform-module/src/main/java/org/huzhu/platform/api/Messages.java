package org.huzhu.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text. Bundles are UTF-8 properties files; the base file is Chinese (zh-CN, the
 * default) and {@code _en} holds English. The JVM's own default locale never leaks in: a missing English
 * entry falls back to Chinese, not to whatever the server happens to run with.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * An argument told in the reader's language when the message is rendered (a role's or a disease class's name), for
     * exceptions that carry arguments, never sentences.
     */
    @FunctionalInterface
    public interface Localised {
        String in(Locale locale);
    }

    public static String get(String bundle, String key, Locale locale, Object... arguments) {
        Locale effective = SupportedLocales.supported(locale);
        try {
            ResourceBundle resources = ResourceBundle.getBundle(bundle, effective, Messages.class.getClassLoader(), NO_FALLBACK);
            String pattern = resources.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] words = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                words[i] = arguments[i] instanceof Localised localised ? localised.in(effective) : arguments[i];
            }
            return new MessageFormat(pattern, effective).format(words);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
