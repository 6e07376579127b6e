package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The published actuarial reference data, kept in the repository as test resources under
 * {@code src/test/resources/reference/actuarial} (see {@code SOURCES.md} there for where each file was
 * published). It is read from the test classpath as {@value #CLASSPATH_LOCATION}; a missing file fails the
 * tests, it never skips them.
 *
 * <p>Published tolerances are absolute ("half a unit in the last published digit"): a value
 * passes when {@code |actual − expected| ≤ tolerance}. A tolerance is either one number for the
 * whole list or one per element, as the JSON states it.
 */
final class ReferenceData {

    static final String CLASSPATH_LOCATION = "/reference/actuarial/";
    static final String EXPECTED_RESULTS = "expected_results.json";

    private static ReferenceData instance;

    private final Path directory;
    private final Map<String, Object> root;

    private ReferenceData(Path directory) {
        this.directory = directory;
        try {
            this.root = asMap(Json.parse(Files.readString(directory.resolve(EXPECTED_RESULTS),
                    StandardCharsets.UTF_8)), EXPECTED_RESULTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(EXPECTED_RESULTS), e);
        }
    }

    static synchronized ReferenceData load() {
        if (instance == null) {
            instance = new ReferenceData(locate());
        }
        return instance;
    }

    /** The folder of the reference files on the test classpath ({@code target/test-classes} under surefire). */
    private static Path locate() {
        URL url = ReferenceData.class.getResource(CLASSPATH_LOCATION + EXPECTED_RESULTS);
        if (url == null) {
            return fail("Actuarial reference data not found: " + CLASSPATH_LOCATION + EXPECTED_RESULTS
                    + " is not on the test classpath (it belongs in src/test/resources/reference/actuarial).");
        }
        if (!"file".equals(url.getProtocol())) {
            return fail("Actuarial reference data must be a directory on the test classpath, found " + url);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            return fail("Actuarial reference data: cannot read the location " + url, e);
        }
    }

    Path file(String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("reference file missing: " + file);
        }
        return file;
    }

    Triangle triangle(String csvName) {
        return ReservingCsv.readTriangle(file(csvName));
    }

    /** Any node by path of object keys (and list indices as numbers), e.g. ("datasets", "RAA", "derived"). */
    Object at(Object... path) {
        Object node = root;
        StringBuilder where = new StringBuilder();
        for (Object step : path) {
            where.append('/').append(step);
            if (step instanceof Integer index) {
                if (!(node instanceof List<?> list) || index >= list.size()) {
                    return fail("no list element at " + where + " in " + EXPECTED_RESULTS);
                }
                node = list.get(index);
            } else {
                Map<String, Object> map = asMap(node, where.toString());
                if (!map.containsKey(step.toString())) {
                    return fail("no key at " + where + " in " + EXPECTED_RESULTS);
                }
                node = map.get(step.toString());
            }
        }
        return node;
    }

    Map<String, Object> dataset(String name) {
        return asMap(at("datasets", name), name);
    }

    /** The published result with the given id of a dataset. */
    Published published(String dataset, String id) {
        for (Object entry : (List<?>) at("datasets", dataset, "published")) {
            Map<String, Object> result = asMap(entry, id);
            if (id.equals(result.get("id"))) {
                return new Published(id, result);
            }
        }
        return fail("no published result " + id + " for dataset " + dataset + " in " + EXPECTED_RESULTS);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node, String where) {
        if (!(node instanceof Map<?, ?>)) {
            fail("expected a JSON object at " + where);
        }
        return (Map<String, Object>) node;
    }

    static double number(Object node, String where) {
        if (!(node instanceof Double d)) {
            fail("expected a number at " + where + " but found " + node);
            return Double.NaN;
        }
        return d;
    }

    static double[] numbers(Object node, String where) {
        if (!(node instanceof List<?> list)) {
            fail("expected a list of numbers at " + where + " but found " + node);
            return new double[0];
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(list.get(i), where + "[" + i + "]");
        }
        return values;
    }

    /** Asserts a list element by element, with an absolute tolerance per element. */
    static void assertClose(String what, double[] expected, double[] tolerance, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": number of values");
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], tolerance[i], actual[i]);
        }
    }

    static void assertClose(String what, double expected, double tolerance, double actual) {
        double difference = Math.abs(actual - expected);
        if (!(difference <= tolerance)) {
            fail(String.format("%s: expected %s ± %s but was %s (off by %s)", what, expected, tolerance, actual,
                    difference));
        }
    }

    /** One entry of a dataset's {@code published} list: settings, expected values and tolerances. */
    static final class Published {

        private final String id;
        private final Map<String, Object> node;

        Published(String id, Map<String, Object> node) {
            this.id = id;
            this.node = node;
        }

        Map<String, Object> settings() {
            return asMap(node.get("settings"), id + "/settings");
        }

        double setting(String key) {
            return number(settings().get(key), id + "/settings/" + key);
        }

        double expected(String key) {
            return number(expectedNode(key), id + "/expected/" + key);
        }

        double[] expectedList(String key) {
            return numbers(expectedNode(key), id + "/expected/" + key);
        }

        private Object expectedNode(String key) {
            Map<String, Object> expected = asMap(node.get("expected"), id + "/expected");
            if (!expected.containsKey(key)) {
                fail(id + ": no expected value " + key + " in " + EXPECTED_RESULTS);
            }
            return expected.get(key);
        }

        /** Tolerance of a value, broadcast to {@code length} elements when the JSON gives one number. */
        double[] tolerance(String key, int length) {
            Object tolerance = asMap(node.get("tolerance"), id + "/tolerance").get(key);
            if (tolerance == null) {
                fail(id + ": no tolerance for " + key + " in " + EXPECTED_RESULTS);
            }
            if (tolerance instanceof Double single) {
                double[] all = new double[length];
                java.util.Arrays.fill(all, single);
                return all;
            }
            double[] each = numbers(tolerance, id + "/tolerance/" + key);
            assertEquals(length, each.length, id + ": tolerance list length of " + key);
            return each;
        }

        /** Asserts a published list against the actual values, with the published tolerance. */
        void assertList(String key, double[] actual) {
            double[] expected = expectedList(key);
            assertClose(id + " " + key, expected, tolerance(key, expected.length), actual);
        }

        /** Asserts a published single value against the actual value, with the published tolerance. */
        void assertValue(String key, double actual) {
            assertClose(id + " " + key, expected(key), tolerance(key, 1)[0], actual);
        }
    }
}
