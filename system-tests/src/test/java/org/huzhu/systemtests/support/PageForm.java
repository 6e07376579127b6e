package org.huzhu.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form of a page as a browser posts it: the form's own fields, the page's view state, and the page's CSP nonce, which
 * PrimeFaces' script adds to every form in a browser and the server checks on every postback.
 */
public final class PageForm {

    private PageForm() {
    }

    /** The fields a browser sends for {@code formId} of {@code page}, with the fields given; a test may leave the nonce out. */
    public static Map<String, String> fields(String page, String formId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        form.putAll(fields);
        return form;
    }

    /** The login form filled in with a user name and password. */
    public static Map<String, String> login(String page, String user, String password) {
        return fields(page, "login", Map.of("login:username", user, "login:password", password, "login:submit", ""));
    }

    /** Fields as an {@code application/x-www-form-urlencoded} body. */
    public static String urlEncoded(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    public static String nonce(String page) {
        Matcher init = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertTrue(init.find(), "a CSP nonce in " + page);
        return init.group(1);
    }

    public static String viewState(String page) {
        Matcher input = Pattern.compile("<input[^>]*name=\"jakarta.faces.ViewState\"[^>]*>").matcher(page);
        assertTrue(input.find(), "a view state in " + page);
        Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
        assertTrue(value.find(), input.group());
        return value.group(1).replace("&amp;", "&");
    }
}
