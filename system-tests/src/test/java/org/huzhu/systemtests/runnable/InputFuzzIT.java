package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.members.api.ResidentId;
import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.OpenApiFuzz;
import org.huzhu.systemtests.support.ProductionUnion;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Every input is checked to its domain: every operation {@code /openapi} publishes gets, for each of its parameters and
 * each field of its JSON body (by the schema's type: text, date, integer, amount, flag, list, enumeration), boundary and
 * malformed values, and whole bodies that are no JSON or the wrong JSON, as the administrator of a production-mode server
 * (or, where the administrator is refused, as association staff, so the values reach the operation). No answer may be a
 * 5xx: a bad value is a 400 problem (or 404, 409, 422 as the rules say), never a fault. The test prints the operations
 * and requests fuzzed and every 5xx with the request that caused it.
 */
class InputFuzzIT {

    private static final String DATABASE = System.getProperty("huzhu.it.fuzz.db", "huzhu_test_fuzz");
    private static final int PORT = Integer.getInteger("huzhu.it.fuzz.port", 18495);

    private final ApiClient api = new ApiClient(PORT);
    private final Map<String, String> targets = new HashMap<>();
    private Map<String, Object> components = Map.of();

    @Test
    void noBoundaryOrMalformedValueOfAnyOperationIsAnsweredWithA5xx() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "fuzz-" + System.currentTimeMillis());
        try (RunnableJar application = RunnableJar.start(folder, PORT, ProductionUnion.environment(DATABASE))) {
            application.awaitReady(Duration.ofSeconds(180));
            List<String> faults;
            try {
                fixture();
                theValuesFoundStoredOrFailingAreRefusedWithA400();
                faults = fuzz();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
            assertTrue(faults.isEmpty(), faults.size() + " answers of 5xx:\n" + String.join("\n", faults));
        }
    }

    /** The objects the operations' paths name: a union with members, claims (one approved, one assessed), a payment batch. */
    private void fixture() throws Exception {
        ProductionUnion union = ProductionUnion.setUp(api, 4);
        String approved = union.fileStay(union.members().get(1), "FUZZ-FIXTURE-1");
        api.call("POST", "/api/v1/claims/" + approved + "/approve", ProductionUnion.SUPERVISOR, "{\"note\":\"核对无误\"}", 200);
        String claim = union.fileStay(union.members().get(0), "FUZZ-FIXTURE-2");
        String batch = ApiClient.field(api.call("POST", "/api/v1/payment-batches", ProductionUnion.SUPERVISOR, "{\"planCode\":null}", 201), "id");
        String list = ApiClient.field(api.call("GET", "/api/v1/enrolment-lists?unit=" + ProductionUnion.UNIT, ProductionUnion.OFFICER, null, 200), "id");
        String bill = ApiClient.field(api.call("GET", "/api/v1/bills?unit=" + ProductionUnion.UNIT, ProductionUnion.OFFICER, null, 200), "id");
        String payment = ApiClient.field(api.call("GET", "/api/v1/payments?unit=" + ProductionUnion.UNIT, ProductionUnion.OFFICER, null, 200), "id");
        String entry = ApiClient.first(api.call("GET", "/api/v1/ledger/accounts/PREMIUM_RECEIVABLE?from=2000-01-01&unit=" + ProductionUnion.UNIT,
                ProductionUnion.ADMIN, null, 200), "\"entryId\":(\\d+)");
        String created = api.call("POST", "/api/v1/accounts", ProductionUnion.ADMIN, "{\"username\":\"fuzz.agent\",\"displayName\":\"代办员\","
                + "\"roles\":[\"UNIT_AGENT\"],\"organisation\":\"" + ProductionUnion.UNIT + "\"}", 201);
        ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
        targets.put("claim", claim);
        targets.put("batch", batch);
        targets.put("list", list);
        targets.put("bill", bill);
        targets.put("payment", payment);
        targets.put("entry", entry);
        targets.put("resident", union.members().get(0));
        targets.put("month", union.yearStart().toString().substring(0, 7));
    }

    /**
     * The bad values the issue found stored or answered with a 500, each now a 400 problem that names the rule: dates in
     * year 0001 or +100000, control characters and a right-to-left override in a name, a member placed under the
     * association, a stay of 1099511627776 days, 10,000 invoices on one claim, an earning run for month 0000-01 or without
     * a month, a payment of 1e30 or dated 0001-01-01, a NUL in a query.
     */
    private void theValuesFoundStoredOrFailingAreRefusedWithA400() throws Exception {
        String admin = ProductionUnion.ADMIN;
        String resident = "11010119900307001" + ResidentId.checkCharacter("11010119900307001");
        String member = "{\"residentId\":\"" + resident + "\",\"name\":\"%s\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,"
                + "\"hardship\":false,\"modelWorker\":false,\"unitCode\":\"%s\",\"joinedOn\":\"%s\"}";
        refused("POST", "/api/v1/members", admin, String.format(member, "王建国", "SH", "2020-01-01"), "member.unit.notAUnit");
        refused("POST", "/api/v1/members", admin, String.format(member, "王\\u202Egnp.exe", ProductionUnion.UNIT, "2020-01-01"), "problem.value.text");
        refused("POST", "/api/v1/members", admin, String.format(member, "王\\u0007建国", ProductionUnion.UNIT, "2020-01-01"), "problem.value.text");
        refused("POST", "/api/v1/members", admin, String.format(member, "王建国", ProductionUnion.UNIT, "0001-01-01"), "problem.value.date");
        refused("POST", "/api/v1/members", admin, String.format(member, "王建国", ProductionUnion.UNIT, "+100000-01-01"), "problem.value.date");
        String stay = "{\"residentId\":\"" + targets.get("resident") + "\",\"planCode\":\"" + ProductionUnion.PLAN + "\",\"type\":\"INPATIENT\","
                + "\"serviceDate\":\"%s\",\"endDate\":\"%s\",\"daysInHospital\":%s,\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\","
                + "\"icd10\":\"K35.8\",\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"1000.00\","
                + "\"outOfScopeSelfPay\":\"0.00\",\"invoiceNumbers\":%s}";
        String day = targets.get("month") + "-10";
        String next = targets.get("month") + "-11";
        refused("POST", "/api/v1/claims", ProductionUnion.OFFICER, String.format(stay, day, next, "1099511627776", "[\"FUZZ-DAYS\"]"), "problem.value.integer");
        StringBuilder invoices = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            invoices.append(i == 0 ? "" : ",").append("\"FUZZ-INVOICE-").append(i).append('"');
        }
        refused("POST", "/api/v1/claims", ProductionUnion.OFFICER, String.format(stay, day, next, "2", invoices.append(']')), "problem.validation");
        refused("POST", "/api/v1/premium/earning-runs", admin, "{\"month\":\"0000-01\"}", "problem.value.month");
        refused("POST", "/api/v1/premium/earning-runs", admin, "{\"rangeSize\":100}", "premium.earning.monthUnreadable");
        String payment = "{\"unitCode\":\"" + ProductionUnion.UNIT + "\",\"receivedOn\":\"%s\",\"amount\":%s,\"payer\":\"UNIT\"}";
        refused("POST", "/api/v1/payments", admin, String.format(payment, day, "1e30"), "problem.value.amount");
        refused("POST", "/api/v1/payments", admin, String.format(payment, "0001-01-01", "1.00"), "problem.value.date");
        refused("GET", "/api/v1/claims?member=%00", admin, null, "problem.parameter");
    }

    private void refused(String method, String path, String user, String json, String code) throws Exception {
        String answer = api.call(method, path, user, json, 400);
        assertTrue(answer.contains("\"code\":\"" + code + "\""), method + " " + path + " should be refused with " + code + ": " + answer);
    }

    @SuppressWarnings("unchecked")
    private List<String> fuzz() throws Exception {
        Map<String, Object> document = new Json().toType(openApi(), Map.class);
        components = (Map<String, Object>) ((Map<String, Object>) document.getOrDefault("components", Map.of())).getOrDefault("schemas", Map.of());
        Map<String, Object> paths = new TreeMap<>((Map<String, Object>) document.get("paths"));
        List<String> faults = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, Object> method : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                Operation operation = operation(method.getKey().toUpperCase(), path.getKey(), (Map<String, Object>) method.getValue());
                for (Request request : requests(operation)) {
                    HttpResponse<String> answer = answer(operation, request);
                    requests++;
                    if (answer == null) {
                        faults.add(operation.method() + " " + operation.template() + " [" + request.what() + "] -> no answer, twice");
                        continue;
                    }
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() >= 500) {
                        faults.add(operation.method() + " " + operation.template() + " [" + request.what() + "] -> " + answer.statusCode() + " "
                                + abbreviate(answer.body()));
                    }
                }
            }
        }
        System.out.printf("INPUT FUZZ: %d operations, %d requests, answers by status %s, %d answers of 5xx%n", operations, requests, statuses,
                faults.size());
        faults.forEach(fault -> System.out.println("INPUT FUZZ 5xx: " + fault));
        return faults;
    }

    /** The answer to the request, tried a second time when the connection drops; null when it drops twice. */
    private HttpResponse<String> answer(Operation operation, Request request) throws Exception {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                return api.send(request.method(), request.path(), operation.caller(), request.contentType(), request.body(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException dropped) {
                System.out.println("INPUT FUZZ: connection dropped on " + operation.method() + " " + request.path() + ": " + dropped);
            }
        }
        return null;
    }

    /** The published description; its first rendering takes long on a loaded machine, and a connection dropped meanwhile is tried again. */
    private String openApi() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.call("GET", "/openapi?format=JSON", null, null, 200);
            } catch (java.io.IOException dropped) {
                if (attempt == 3) {
                    throw dropped;
                }
            }
        }
    }

    /** One operation: its parameters, the JSON body it takes (a baseline from its example) or the other media type, its caller. */
    private record Operation(String method, String template, List<Map<String, Object>> parameters, String contentType,
                             Map<String, Object> bodySchema, Object example, String caller) {
    }

    private record Request(String what, String method, String path, String contentType, byte[] body) {
    }

    @SuppressWarnings("unchecked")
    private Operation operation(String method, String template, Map<String, Object> spec) throws Exception {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of());
        String contentType = null;
        Map<String, Object> bodySchema = null;
        Object example = null;
        if (spec.get("requestBody") instanceof Map<?, ?> requestBody && requestBody.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            contentType = content.containsKey("application/json") ? "application/json" : String.valueOf(content.keySet().iterator().next());
            Map<String, Object> media = (Map<String, Object>) content.get(contentType);
            bodySchema = resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
            // the example may be published under this media type or another one (*/*) of the same body
            List<Object> media2 = new ArrayList<>(List.of(media));
            media2.addAll(content.values());
            for (Object any : media2) {
                if (example == null && any instanceof Map<?, ?> other && other.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()
                        && examples.values().iterator().next() instanceof Map<?, ?> first) {
                    example = first.get("value");
                }
            }
            if (example instanceof String text && contentType.equals("application/json") && text.strip().startsWith("{")) {
                example = new Json().toType(text, Map.class);
            }
        }
        Operation draft = new Operation(method, template, parameters, contentType, bodySchema, example, ProductionUnion.ADMIN);
        // the administrator first; where they are refused, association staff, so that the values reach the operation
        String caller = template.startsWith("/api/v1/accounts/me") ? ProductionUnion.SUPERVISOR2 : ProductionUnion.ADMIN;
        for (String candidate : List.of(caller, ProductionUnion.SUPERVISOR, ProductionUnion.OFFICER)) {
            Request baseline = baseline(draft);
            int status = api.send(method, baseline.path(), candidate, baseline.contentType(), baseline.body(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 403) {
                caller = candidate;
                break;
            }
        }
        return new Operation(method, template, parameters, contentType, bodySchema, example, caller);
    }

    /** Every request to try: the baseline with one parameter or one body field changed at a time, and malformed bodies. */
    @SuppressWarnings("unchecked")
    private List<Request> requests(Operation operation) {
        List<Request> requests = new ArrayList<>();
        Map<String, String> baseline = parameterValues(operation);
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = String.valueOf(parameter.get("name"));
            Map<String, Object> schema = resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            for (String value : OpenApiFuzz.parameterValues(schema)) {
                Map<String, String> values = new LinkedHashMap<>(baseline);
                values.put(name, value);
                Request base = baseline(operation);
                requests.add(new Request(parameter.get("in") + " " + name + "=" + abbreviate(value), operation.method(), path(operation, values),
                        base.contentType(), base.body()));
            }
        }
        String path = path(operation, baseline);
        if (operation.contentType() == null) {
            return requests;
        }
        if (!operation.contentType().equals("application/json")) {
            for (byte[] body : List.of(new byte[0], "not a file at all".getBytes(StandardCharsets.UTF_8), new byte[] {'P', 'K', 3, 4, 0, 0, 0},
                    "身份证号,姓名\n\u0000\u202E,=1+1\n".getBytes(StandardCharsets.UTF_8))) {
                requests.add(new Request("body of " + body.length + " bytes", operation.method(), path, operation.contentType(), body));
            }
            return requests;
        }
        for (String body : OpenApiFuzz.malformedBodies()) {
            requests.add(new Request("body " + abbreviate(body), operation.method(), path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, Object> example = operation.example() instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
        Map<String, Object> properties = operation.bodySchema() == null ? Map.of()
                : (Map<String, Object>) operation.bodySchema().getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> field : properties.entrySet()) {
            Map<String, Object> schema = resolve((Map<String, Object>) field.getValue());
            for (Object value : OpenApiFuzz.values(schema)) {
                requests.add(new Request("field " + field.getKey() + "=" + abbreviate(OpenApiFuzz.json(value)), operation.method(), path,
                        "application/json", OpenApiFuzz.json(OpenApiFuzz.with(example, field.getKey(), value)).getBytes(StandardCharsets.UTF_8)));
            }
            // a list of objects: each field of its first item too
            if (schema.get("items") instanceof Map<?, ?> items && resolve((Map<String, Object>) items).get("properties") instanceof Map<?, ?> inner
                    && example.get(field.getKey()) instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> item) {
                for (Map.Entry<?, ?> innerField : inner.entrySet()) {
                    for (Object value : OpenApiFuzz.values(resolve((Map<String, Object>) innerField.getValue()))) {
                        Object changed = OpenApiFuzz.with((Map<String, Object>) item, String.valueOf(innerField.getKey()), value);
                        requests.add(new Request("field " + field.getKey() + "[0]." + innerField.getKey() + "=" + abbreviate(OpenApiFuzz.json(value)),
                                operation.method(), path, "application/json",
                                OpenApiFuzz.json(OpenApiFuzz.with(example, field.getKey(), List.of(changed))).getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return requests;
    }

    private Request baseline(Operation operation) {
        byte[] body = null;
        if (operation.contentType() != null) {
            body = operation.contentType().equals("application/json")
                    ? OpenApiFuzz.json(operation.example() == null ? Map.of() : operation.example()).getBytes(StandardCharsets.UTF_8)
                    : String.valueOf(operation.example() == null ? "" : operation.example()).getBytes(StandardCharsets.UTF_8);
        }
        return new Request("baseline", operation.method(), path(operation, parameterValues(operation)), operation.contentType(), body);
    }

    /** The parameters' values that name the fixture's objects (path) or a plain choice (query), by name and resource. */
    @SuppressWarnings("unchecked")
    private Map<String, String> parameterValues(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        String template = operation.template();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = String.valueOf(parameter.get("name"));
            boolean inPath = "path".equals(parameter.get("in"));
            String value = switch (name) {
                case "id" -> template.startsWith("/api/v1/claims/") ? targets.get("claim")
                        : template.startsWith("/api/v1/enrolment-lists/") ? targets.get("list")
                        : template.startsWith("/api/v1/bills/") ? targets.get("bill")
                        : template.startsWith("/api/v1/payments/") ? targets.get("payment")
                        : template.startsWith("/api/v1/payment-batches/") ? targets.get("batch")
                        : targets.get("entry");
                case "month" -> targets.get("month");
                case "residentId", "member" -> targets.get("resident");
                case "code" -> template.startsWith("/api/v1/plans") ? ProductionUnion.PLAN : ProductionUnion.UNIT;
                case "unit" -> ProductionUnion.UNIT;
                case "plan" -> ProductionUnion.PLAN;
                case "version" -> "2016";
                case "username" -> "fuzz.agent";
                case "account" -> "PREMIUM_RECEIVABLE";
                case "revision", "executionId", "documentId" -> "1";
                default -> inPath ? "1" : null;
            };
            if (value == null && parameter.get("schema") instanceof Map<?, ?> schema && schema.get("default") != null) {
                value = String.valueOf(schema.get("default"));
            }
            if (value != null || inPath) {
                values.put(name, value);
            }
        }
        return values;
    }

    private static String path(Operation operation, Map<String, String> values) {
        String path = operation.template();
        StringBuilder query = new StringBuilder();
        Matcher variables = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        List<String> inPath = new ArrayList<>();
        while (variables.find()) {
            String name = variables.group(1).strip();
            inPath.add(name);
            variables.appendReplacement(resolved, Matcher.quoteReplacement(encode(values.getOrDefault(name, "1"))));
        }
        variables.appendTail(resolved);
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!inPath.contains(value.getKey()) && value.getValue() != null) {
                query.append(query.length() == 0 ? '?' : '&').append(encode(value.getKey())).append('=').append(encode(value.getValue()));
            }
        }
        return resolved + query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int i = 0; i < 5 && current.get("$ref") instanceof String reference; i++) {
            current = (Map<String, Object>) components.getOrDefault(reference.substring(reference.lastIndexOf('/') + 1), Map.of());
        }
        if (current.get("allOf") instanceof List<?> all && !all.isEmpty() && all.get(0) instanceof Map<?, ?> first) {
            return resolve((Map<String, Object>) first);
        }
        return current;
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
