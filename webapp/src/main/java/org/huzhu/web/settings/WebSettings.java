package org.huzhu.web.settings;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web tier's settings, from MicroProfile Config (system properties, or the environment: {@code huzhu.web.secure-cookies}
 * is also {@code HUZHU_WEB_SECURE_COOKIES}). Each is documented in the README's security section.
 */
public final class WebSettings {

    private WebSettings() {
    }

    /**
     * {@code huzhu.web.trusted-proxies}: addresses of reverse proxies in front of the server (comma-separated, none by
     * default). A request from one of them is taken to come from the last address in its {@code X-Forwarded-For} that
     * is not itself a trusted proxy; from anywhere else, from its TCP peer (the header is ignored, anyone can send it).
     */
    public static Set<String> trustedProxies() {
        return Arrays.stream(value("huzhu.web.trusted-proxies", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@code huzhu.upload.max-bytes}: the largest request body the server reads (default 20 MB), uploads included; a
     * larger one is answered 413 before it is read.
     */
    public static long uploadMaxBytes() {
        return Long.parseLong(value("huzhu.upload.max-bytes", String.valueOf(20L * 1024 * 1024)).strip());
    }

    /**
     * {@code huzhu.web.secure-cookies}: {@code true} when the pages are served over HTTPS (directly or behind a proxy
     * that terminates it): the session cookie is then sent over HTTPS only. Default {@code false}, for plain HTTP.
     */
    public static boolean secureCookies() {
        return Boolean.parseBoolean(value("huzhu.web.secure-cookies", "false").strip());
    }

    static String value(String name, String fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
        } catch (RuntimeException | LinkageError noConfig) {
            return System.getProperty(name, fallback);
        }
    }
}
