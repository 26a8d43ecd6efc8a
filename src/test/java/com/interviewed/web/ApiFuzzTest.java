package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Table-driven fuzzing of every operation the OpenAPI document lists under /api/v1, anonymous and with a candidate's
 * and a recruiter's token: malformed JSON, wrong types, huge bodies, control characters and NUL, injection strings,
 * traversal in path variables, wrong content types and methods, broken multipart. Fails on any 5xx and on any error
 * whose body is not an RFC 9457 problem document; prints how many requests got which status.
 */
@Tag("database")
class ApiFuzzTest extends HttpTestSupport {

    private static final String INJECTION = "' OR 1=1; drop table users; -- <script>alert(1)</script> ${jndi:ldap://x/a}";
    private static final String TRAVERSAL = "../../../../etc/passwd";
    private static final List<Object> BAD_VALUES = List.of(123, -1.5e308, true, Map.of("nested", "x"), List.of(1, 2),
            "", "a\u0000b", "\u0007\u001b[2Jctl", "\uFEFF\u202Ebidi", INJECTION, TRAVERSAL, "x".repeat(70_000));
    private static final List<String> RAW_BODIES = List.of("{", "[]", "null", "\"text\"", "42", "{\"a\":}",
            "{\"a\":\"\\u0000\"}", "\u0000\u0000", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
    private static final List<String> PATH_VALUES = List.of(UUID.randomUUID().toString(), "not-a-uuid", "0",
            "..%2F..%2Fetc%2Fpasswd", "%00", "'%20OR%201=1--", "%E2%80%AE", "x".repeat(600));

    private record Outcome(String request, int status, String contentType, boolean problem, String body) {
    }

    @Test
    void noInputYieldsAServerErrorOrANonProblemBody() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anonymous", null);
        tokens.put("candidate", registerAndGetToken("CANDIDATE", uniqueEmail("fuzz-c"), "correct horse"));
        tokens.put("recruiter", registerAndGetToken("RECRUITER", uniqueEmail("fuzz-r"), "correct horse"));
        JsonNode docs = get("/v3/api-docs").json();
        List<Outcome> outcomes = new ArrayList<>();
        int operations = 0;
        for (var path : docs.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var operation : path.getValue().properties()) {
                operations++;
                String method = operation.getKey().toUpperCase();
                List<String> fields = requestFields(docs, operation.getValue());
                boolean multipart = operation.getValue().path("requestBody").path("content").has("multipart/form-data");
                for (var token : tokens.entrySet()) {
                    for (HttpRequest request : requests(method, target(path.getKey()), fields, multipart,
                            token.getValue())) {
                        outcomes.add(sendRaw(request));
                    }
                    if (path.getKey().contains("{")) {
                        for (String pathValue : PATH_VALUES) {
                            String target = path.getKey().replaceAll("\\{[^}]+}", pathValue);
                            outcomes.add(sendRaw(builder(target, token.getValue())
                                    .method(method, HttpRequest.BodyPublishers.noBody()).build()));
                            outcomes.add(sendRaw(json(method, target, "{}", token.getValue())));
                        }
                    }
                }
                for (var token : tokens.entrySet()) {
                    outcomes.add(sendRaw(builder(target(path.getKey()), token.getValue()).method("PATCH",
                            HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build()));
                    outcomes.add(sendRaw(builder(target(path.getKey()), token.getValue()).DELETE().build()));
                }
            }
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        List<Outcome> serverErrors = outcomes.stream().filter(o -> o.status() >= 500).toList();
        List<Outcome> notProblems = outcomes.stream().filter(o -> o.status() >= 400 && !o.problem()).toList();
        System.out.printf("API fuzz: %d operations, %d requests, by status %s, %d × 5xx, %d non-problem error bodies%n",
                operations, outcomes.size(), byStatus, serverErrors.size(), notProblems.size());
        java.util.stream.Stream.concat(serverErrors.stream(), notProblems.stream()).limit(40)
                .forEach(o -> System.out.println("  " + o));
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(15);
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(notProblems).as("error responses that are not problem+json").isEmpty();
    }

    private static String target(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private List<HttpRequest> requests(String method, String target, List<String> fields, boolean multipart,
            String token) {
        List<HttpRequest> requests = new ArrayList<>();
        requests.add(builder(target, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
        if (method.equals("GET")) {
            requests.add(builder(target + "?page=-1&size=99999999&sort=%00&q=" + "%27%20OR%201=1--", token).GET().build());
            return requests;
        }
        if (multipart) {
            requests.addAll(multipartRequests(method, target, token));
        }
        for (String raw : RAW_BODIES) {
            requests.add(json(method, target, raw, token));
        }
        for (Object bad : BAD_VALUES) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : fields.isEmpty() ? List.of("text", "name") : fields) {
                body.put(field, bad);
            }
            requests.add(json(method, target, JSON.writeValueAsString(body), token));
        }
        requests.add(json(method, target, "{\"text\":\"" + "y".repeat(3_000_000) + "\"}", token));
        requests.add(builder(target, token).method(method, HttpRequest.BodyPublishers.ofString("<a/>"))
                .header("Content-Type", "application/xml").build());
        requests.add(builder(target, token).method(method, HttpRequest.BodyPublishers.ofString("text=1"))
                .header("Content-Type", "text/plain").build());
        return requests;
    }

    private List<HttpRequest> multipartRequests(String method, String target, String token) {
        String boundary = "fuzzboundary";
        String withControlName = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0001\u0000b\r.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
        String traversalName = withControlName.replace("a\u0001\u0000b\r.txt", "../../etc/passwd");
        String truncated = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\nhel";
        return List.of(
                multipart(method, target, token, "multipart/form-data", "--x\r\n\r\n"),
                multipart(method, target, token, "multipart/form-data; boundary=", "----\r\n"),
                multipart(method, target, token, "multipart/form-data; boundary=other", withControlName),
                multipart(method, target, token, "multipart/form-data; boundary=" + boundary, withControlName),
                multipart(method, target, token, "multipart/form-data; boundary=" + boundary, traversalName),
                multipart(method, target, token, "multipart/form-data; boundary=" + boundary, truncated));
    }

    private HttpRequest multipart(String method, String target, String token, String contentType, String body) {
        return builder(target, token).method(method, HttpRequest.BodyPublishers.ofByteArray(
                body.getBytes(StandardCharsets.ISO_8859_1))).header("Content-Type", contentType).build();
    }

    private HttpRequest json(String method, String target, String body, String token) {
        return builder(target, token).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
    }

    private HttpRequest.Builder builder(String target, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + target))
                .timeout(java.time.Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Outcome sendRaw(HttpRequest request) {
        Response response = send(request);
        String body = response.body();
        return new Outcome(request.method() + " " + request.uri().getRawPath() + " " + request.headers().firstValue(
                "Content-Type").orElse("") + (request.headers().firstValue("Authorization").isPresent() ? " (token)" : ""),
                response.status(), response.header("Content-Type"),
                isProblem(response.status(), response.header("Content-Type"), body),
                body.length() > 300 ? body.substring(0, 300) : body);
    }

    private static boolean isProblem(int status, String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return false;
        }
        try {
            return JSON.readTree(body).path("status").asInt() == status;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The property names of an operation's JSON request body, following one $ref. */
    private static List<String> requestFields(JsonNode docs, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            schema = docs.path("components").path("schemas").path(name);
        }
        List<String> fields = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(fields::add);
        return fields;
    }
}
