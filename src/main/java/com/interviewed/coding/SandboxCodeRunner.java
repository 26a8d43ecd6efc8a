package com.interviewed.coding;

import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.CodingChallenges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the candidate's code and the challenge's test program for the language into a run directory, runs it in
 * the {@link Sandbox}, and reads the harness's summary line (found by a per-run nonce the harness reads from stdin
 * before any candidate code runs) into a {@link RunResult}.
 */
@Service
class SandboxCodeRunner implements CodeRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxCodeRunner.class);
    private static final Map<String, String> DISPLAY_NAMES = Map.of("python", "Python", "javascript", "JavaScript (Node.js)",
            "java", "Java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*(import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;|package\\s+[\\w.]+\\s*;)\\s*$");
    private static final Pattern SOLUTION_CLASS = Pattern.compile("\\b(class|record|interface|enum)\\s+Solution\\b");
    private static final Pattern JAVA_LOCATION = Pattern.compile("Main\\.java:(\\d+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CodingChallenges challenges;
    private final Sandbox sandbox;
    private final CodingProperties properties;
    private final JsonMapper json;
    private final RunsPerOwner runsPerOwner;
    private final RunQuotaProperties quota;

    SandboxCodeRunner(CodingChallenges challenges, CodingProperties properties, JsonMapper json,
            RunQuotaProperties quota) {
        this.challenges = challenges;
        this.quota = quota;
        this.runsPerOwner = new RunsPerOwner(quota);
        this.properties = properties;
        this.sandbox = new Sandbox(properties);
        this.json = json;
        String unavailable = sandbox.unavailableReason();
        if (unavailable != null) {
            log.warn("Coding sandbox unavailable: {}", unavailable);
        } else if (properties.isolation() == CodingProperties.Isolation.NONE) {
            log.warn("Coding sandbox runs WITHOUT isolation (interviewed.coding.isolation=none): use this only on a "
                    + "development machine");
        }
    }

    @Override
    public RunResult run(String owner, String challengeId, String language, String code) {
        CodingChallenge challenge = challenges.byId(challengeId)
                .orElseThrow(() -> new UnknownChallengeException(challengeId));
        if (!LANGUAGES.contains(language)) {
            throw new UnsupportedLanguageException(language);
        }
        CodingProperties.Runtime runtime = properties.languages().get(language);
        String missing = runtime == null ? DISPLAY_NAMES.get(language) + " is not configured on this server."
                : missingRuntime(language, runtime.command());
        if (missing != null) {
            return RunResult.without(RunStatus.UNAVAILABLE, missing, "", 0);
        }
        String testProgram = challenge.tests().get(language);
        if (testProgram == null) {
            return RunResult.without(RunStatus.UNAVAILABLE, "This challenge has no tests in " + DISPLAY_NAMES.get(language)
                    + ".", "", 0);
        }
        if (language.equals("java") && !SOLUTION_CLASS.matcher(code).find()) {
            return RunResult.without(RunStatus.ERROR, "Put your method in a class named Solution.", "", 0);
        }
        String nonce = "@@interviewed-" + HexFormat.of().formatHex(randomBytes()) + "@@";
        Sandbox.Job job = job(language, code, testProgram, nonce + "\n", runtime);
        if (!runsPerOwner.tryStart(owner)) {
            throw new RunQuotaExceededException(quota.maxConcurrentRunsPerUser(), runtime.wallTime());
        }
        Sandbox.Outcome outcome;
        try {
            outcome = sandbox.run(job);
        } catch (Sandbox.Unavailable e) {
            return RunResult.without(RunStatus.UNAVAILABLE, e.getMessage(), "", 0);
        } finally {
            runsPerOwner.finished(owner);
        }
        return interpret(language, outcome, nonce, runtime);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private Sandbox.Job job(String language, String code, String testProgram, String stdin,
            CodingProperties.Runtime runtime) {
        return switch (language) {
            case "python" -> new Sandbox.Job(Map.of("solution.py", code, "test_solution.py", testProgram),
                    List.of(runtime.command(), "-B", "-E", "-s", "{dir}/test_solution.py"), stdin, runtime);
            case "javascript" -> new Sandbox.Job(Map.of("solution.js", code, "test_solution.js", testProgram),
                    List.of(runtime.command(), "--max-old-space-size=" + runtime.memoryMb(), "--stack-size=2048",
                            "{dir}/test_solution.js"), stdin, runtime);
            case "java" -> new Sandbox.Job(Map.of("Main.java", javaSource(code, testProgram)),
                    List.of(runtime.command(), "-Xmx" + runtime.memoryMb() + "m", "-Xss8m", "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1", "-XX:CompressedClassSpaceSize=64m",
                            "-XX:ReservedCodeCacheSize=64m", "-XX:-UsePerfData", "-Xshare:auto",
                            "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=/tmp", "{dir}/Main.java"), stdin, runtime);
            default -> throw new UnsupportedLanguageException(language);
        };
    }

    /**
     * One source file for the JDK's source launcher, whose first class must hold main: line 1 is the candidate's
     * imports plus that launcher class, then the candidate's code with its import lines blanked (so that compiler
     * line numbers are off by exactly one, which {@link #interpret} corrects), then the test harness.
     */
    static String javaSource(String code, String testProgram) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            Matcher m = IMPORT.matcher(line);
            if (m.matches()) {
                if (!line.strip().startsWith("package")) {
                    imports.append(line.strip()).append(' ');
                }
                body.append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        return imports + "public class InterviewedMain { public static void main(String[] args) throws Exception { "
                + "InterviewedTests.run(Solution.class); } }\n" + body + "\n" + testProgram;
    }

    private RunResult interpret(String language, Sandbox.Outcome outcome, String nonce, CodingProperties.Runtime runtime) {
        String output = outcome.output();
        JsonNode summary = null;
        int at = outcome.tail().lastIndexOf(nonce);
        if (at >= 0 && !outcome.timedOut()) {
            String line = outcome.tail().substring(at + nonce.length()).lines().findFirst().orElse("");
            try {
                summary = json.readTree(line);
            } catch (RuntimeException e) {
                log.debug("Unreadable test summary: {}", line);
            }
            int inHead = output.lastIndexOf(nonce);
            if (inHead >= 0) {
                String before = output.substring(0, inHead);
                output = before.endsWith("\n") ? before.substring(0, before.length() - 1) : before;
            }
        }
        if (language.equals("java")) {
            output = correctJavaLines(output);
        }
        if (outcome.truncated()) {
            output = output + "\n… output truncated: showing the first " + properties.maxOutputBytes() / 1024
                    + " KB of " + outcome.totalBytes() + " bytes.";
        }
        if (outcome.timedOut()) {
            return RunResult.without(RunStatus.TIMEOUT, "Stopped after " + runtime.wallTime().toSeconds()
                    + " s: the code ran too long (an endless loop, or too slow for the tests).", output, outcome.durationMs());
        }
        if (summary == null) {
            return RunResult.without(RunStatus.ERROR, crashMessage(language, outcome), output, outcome.durationMs());
        }
        if (summary.hasNonNull("error")) {
            return RunResult.without(RunStatus.ERROR, summary.get("error").asString(), output, outcome.durationMs());
        }
        List<CaseResult> cases = new ArrayList<>();
        for (JsonNode c : summary.path("cases")) {
            cases.add(new CaseResult(c.path("name").asString(), c.path("passed").asBoolean(),
                    c.path("message").asString()));
        }
        int passed = (int) cases.stream().filter(CaseResult::passed).count();
        int total = cases.size();
        RunStatus status = passed == total ? RunStatus.PASSED : RunStatus.FAILED;
        String message = status == RunStatus.PASSED ? "All " + total + " tests passed."
                : passed + " of " + total + " tests passed.";
        return new RunResult(status, passed, total - passed, total, cases, message, output, outcome.durationMs());
    }

    private static String crashMessage(String language, Sandbox.Outcome outcome) {
        int exit = outcome.exitCode();
        if (language.equals("java") && outcome.output().contains("error: compilation failed")) {
            return "The code does not compile.";
        }
        if (exit == 137 || exit == 128 + 24 || exit == 128 + 6) {
            return "The program was stopped (exit code " + exit + "): it used more memory, CPU time or processes than "
                    + "allowed.";
        }
        if (outcome.output().contains("MemoryError") || outcome.output().contains("OutOfMemoryError")
                || outcome.output().contains("heap out of memory")) {
            return "The program ran out of memory.";
        }
        return "The program ended before the tests finished (exit code " + exit + ").";
    }

    private static String correctJavaLines(String output) {
        Matcher m = JAVA_LOCATION.matcher(output);
        StringBuilder corrected = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(corrected, "Solution.java:" + Math.max(1, Integer.parseInt(m.group(1)) - 1));
        }
        return m.appendTail(corrected).toString();
    }

    /** Null when the runtime is there, else a sentence such as "Java is not installed on this server." */
    private static String missingRuntime(String language, String command) {
        Path path = Path.of(command);
        if (!path.isAbsolute()) {
            String pathVariable = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String directory : pathVariable.split(":")) {
                if (Files.isExecutable(Path.of(directory, command))) {
                    return null;
                }
            }
        } else if (Files.isExecutable(path)) {
            return null;
        }
        return DISPLAY_NAMES.get(language) + " is not installed on this server (" + command + " not found).";
    }
}
