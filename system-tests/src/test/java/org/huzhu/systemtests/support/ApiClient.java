package org.huzhu.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as its users call it over HTTP: each call names the person (whose password it remembers), and states the
 * answer it expects; a call with another status fails with the method, path, person and body.
 */
public final class ApiClient {

    /** HTTP/1.1 as curl and browsers speak to the server; the client's default asks for an upgrade to HTTP/2 on every request without a body. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, String> passwords = new HashMap<>();

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Remembers the password a person uses from now on. */
    public void password(String username, String password) {
        passwords.put(username, password);
    }

    public String call(String method, String path, String user, String json, int expected) throws Exception {
        return call(method, path, user, "application/json", json, expected);
    }

    public String call(String method, String path, String user, String contentType, String body, int expected) throws Exception {
        return call(method, path, user, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), expected);
    }

    public String call(String method, String path, String user, String contentType, byte[] body, int expected) throws Exception {
        HttpResponse<String> response = send(method, path, user, contentType, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(expected, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
        return response.body();
    }

    /** Sends a request; {@code user} null sends no credentials, {@code body} null sends none. */
    public <T> HttpResponse<T> send(String method, String path, String user, String contentType, byte[] body,
                                    HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", RunnableJar.basic(user, passwords.get(user)));
        }
        return http.send(request.build(), handler);
    }

    /** Polls {@code path} until {@code done} holds, for up to five minutes (a bound for a loaded machine). */
    public String waitFor(String path, String user, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = call("GET", path, user, null, 200);
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not done within 5 minutes: " + path + " " + body);
    }

    /** The first group of {@code regex} in {@code text}; fails when there is none. */
    public static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no " + regex + " in " + text);
        return matcher.group(1);
    }

    /** A field of the outermost JSON object (or of the first object of an outermost array), as its text without quotes. */
    public static String field(String json, String name) {
        int depth = 0;
        boolean inString = false;
        String key = "\"" + name + "\":";
        int objectDepth = json.stripLeading().startsWith("[") ? 2 : 1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                if (depth == objectDepth && json.startsWith(key, i)) {
                    int start = i + key.length();
                    if (json.charAt(start) == '"') {
                        return json.substring(start + 1, json.indexOf('"', start + 1));
                    }
                    int end = start;
                    while (end < json.length() && ",}]".indexOf(json.charAt(end)) < 0) {
                        end++;
                    }
                    return json.substring(start, end).strip();
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < objectDepth - 1) {
                    break;
                }
            }
        }
        throw new AssertionError("no field " + name + " in " + json);
    }
}
