package com.interviewed.questions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coding challenges, read once from {@code challenges/*.json}. Each file holds the problem, its function
 * signature in a small language-neutral type vocabulary, and the test cases; from these the catalog writes the
 * starter code and a self-contained test program per language, so that the three languages can never drift apart.
 *
 * <p>The test program of a challenge ({@link CodingChallenge#tests()}) is the language's harness from
 * {@code challenges/harness/} with the cases embedded. It expects the candidate's code next to it as
 * {@code solution.py} (Python, run {@code test_solution.py}) or {@code solution.js} (Node, run
 * {@code test_solution.js}); for Java it is a class {@code InterviewedTests} with {@code static void run(Class<?>)}
 * to be compiled in the same source file as the candidate's {@code Solution}. It reads a nonce line from stdin and
 * ends its output with {@code <nonce>{"cases":[{"name","passed","message"}]}} or {@code <nonce>{"error":"…"}}.
 */
@Component
class ChallengeCatalog implements CodingChallenges {

    static final List<String> LANGUAGES = List.of("python", "javascript", "java");

    private final Map<String, CodingChallenge> challenges;
    private final List<CodingChallenge> ordered;

    ChallengeCatalog(JsonMapper json) {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        Map<String, String> harnesses = Map.of(
                "python", read(resources.getResource("classpath:challenges/harness/harness.py")),
                "javascript", read(resources.getResource("classpath:challenges/harness/harness.js")),
                "java", read(resources.getResource("classpath:challenges/harness/Harness.java")));
        List<CodingChallenge> loaded = new ArrayList<>();
        try {
            for (Resource resource : resources.getResources("classpath*:challenges/*.json")) {
                ChallengeFile file = json.readValue(read(resource), ChallengeFile.class);
                loaded.add(file.toChallenge(harnesses, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the coding challenges", e);
        }
        // Easy ones first, then by title: the order the practice page and the planner offer them in.
        loaded.sort(Comparator.comparing((CodingChallenge c) -> !"easy".equals(c.difficulty()))
                .thenComparing(CodingChallenge::title));
        Map<String, CodingChallenge> byId = new LinkedHashMap<>();
        for (CodingChallenge challenge : loaded) {
            if (byId.put(challenge.id(), challenge) != null) {
                throw new IllegalStateException("Duplicate coding challenge id " + challenge.id());
            }
        }
        this.challenges = Map.copyOf(byId);
        this.ordered = List.copyOf(loaded);
    }

    @Override
    public List<CodingChallenge> all() {
        return ordered;
    }

    @Override
    public Optional<CodingChallenge> byId(String id) {
        return Optional.ofNullable(id == null ? null : challenges.get(id));
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** camelCase to snake_case, for Python's naming convention. */
    static String pythonName(String function) {
        return function.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Param(String name, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TestCase(String name, JsonNode args, JsonNode expected, Boolean example) {

        boolean isExample() {
            return Boolean.TRUE.equals(example);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChallengeFile(String id, String title, String difficulty, String function, List<Param> params,
            String returns, String prompt, List<TestCase> cases) {

        CodingChallenge toChallenge(Map<String, String> harnesses, JsonMapper json) {
            if (id == null || title == null || function == null || cases == null || cases.isEmpty()) {
                throw new IllegalStateException("Coding challenge " + id + " lacks an id, title, function or cases");
            }
            Map<String, String> starter = new LinkedHashMap<>();
            starter.put("python", pythonStarter());
            starter.put("javascript", javascriptStarter());
            starter.put("java", javaStarter());
            Map<String, String> tests = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String name = language.equals("python") ? pythonName(function) : function;
                Map<String, Object> spec = Map.of("function", name, "cases", cases.stream()
                        .map(c -> Map.of("name", c.name(), "args", c.args(), "expected", c.expected())).toList());
                String encoded = Base64.getEncoder().encodeToString(
                        json.writeValueAsString(spec).getBytes(StandardCharsets.UTF_8));
                tests.put(language, harnesses.get(language).replace("__SPEC__", encoded));
            }
            return new CodingChallenge(id, title, difficulty, promptWithExamples(), Map.copyOf(starter), Map.copyOf(tests));
        }

        private String promptWithExamples() {
            StringBuilder text = new StringBuilder(prompt.strip());
            List<TestCase> examples = cases.stream().filter(TestCase::isExample).toList();
            if (!examples.isEmpty()) {
                text.append("\n\nExamples:");
                for (TestCase example : examples) {
                    List<String> args = new ArrayList<>();
                    for (int i = 0; i < params.size(); i++) {
                        args.add(params.get(i).name() + " = " + plain(example.args().get(i)));
                    }
                    text.append("\n  ").append(String.join(", ", args)).append("  →  ").append(plain(example.expected()));
                }
            }
            return text.toString();
        }

        /** Compact JSON with a space after commas, which reads the same in all three languages. */
        private static String plain(JsonNode value) {
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(plain(item)));
                return "[" + String.join(", ", items) + "]";
            }
            if (value.isObject()) {
                List<String> entries = new ArrayList<>();
                value.properties().forEach(e -> entries.add("\"" + e.getKey() + "\": " + plain(e.getValue())));
                return "{" + String.join(", ", entries) + "}";
            }
            return value.toString();
        }

        private String signature(Function<Param, String> param) {
            return String.join(", ", params.stream().map(param).toList());
        }

        private String pythonStarter() {
            String name = pythonName(function);
            return "def " + name + "(" + signature(p -> pythonName(p.name()) + ": " + type(p.type(), PYTHON)) + ") -> "
                    + type(returns, PYTHON) + ":\n"
                    + "    # Write your solution here.\n"
                    + "    raise NotImplementedError(\"" + name + " is not written yet\")\n";
        }

        private String javascriptStarter() {
            StringBuilder doc = new StringBuilder("/**\n");
            params.forEach(p -> doc.append(" * @param {").append(type(p.type(), JAVASCRIPT)).append("} ")
                    .append(p.name()).append('\n'));
            doc.append(" * @returns {").append(type(returns, JAVASCRIPT)).append("}\n */\n");
            return doc + "function " + function + "(" + signature(Param::name) + ") {\n"
                    + "  // Write your solution here.\n"
                    + "  throw new Error('" + function + " is not written yet');\n"
                    + "}\n";
        }

        private String javaStarter() {
            return "import java.util.*;\n\n"
                    + "class Solution {\n\n"
                    + "    static " + type(returns, JAVA) + " " + function + "("
                    + signature(p -> type(p.type(), JAVA) + " " + p.name()) + ") {\n"
                    + "        // Write your solution here.\n"
                    + "        throw new UnsupportedOperationException(\"" + function + " is not written yet\");\n"
                    + "    }\n"
                    + "}\n";
        }
    }

    private static final int PYTHON = 0;
    private static final int JAVASCRIPT = 1;
    private static final int JAVA = 2;

    /** The language-neutral types of the challenge files, as written in Python hints, JSDoc and Java. */
    private static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("int", List.of("int", "number", "int")),
            Map.entry("long", List.of("int", "number", "long")),
            Map.entry("double", List.of("float", "number", "double")),
            Map.entry("boolean", List.of("bool", "boolean", "boolean")),
            Map.entry("string", List.of("str", "string", "String")),
            Map.entry("int[]", List.of("list[int]", "number[]", "int[]")),
            Map.entry("double[]", List.of("list[float]", "number[]", "double[]")),
            Map.entry("string[]", List.of("list[str]", "string[]", "String[]")),
            Map.entry("int[][]", List.of("list[list[int]]", "number[][]", "int[][]")),
            Map.entry("list<list<string>>", List.of("list[list[str]]", "string[][]", "List<List<String>>")),
            Map.entry("map<string,int>", List.of("dict[str, int]", "Object<string, number>", "Map<String, Integer>")));

    private static String type(String neutral, int language) {
        List<String> names = TYPES.get(neutral);
        if (names == null) {
            throw new IllegalStateException("Unknown challenge type " + neutral);
        }
        return names.get(language);
    }
}
