package com.interviewed.coding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one program in a throwaway directory as a child process with hard limits. With {@code isolation: bwrap}
 * the process gets new namespaces (network: only a downed loopback; PIDs: it is PID 1 of its own tree, so killing
 * the sandbox kills every process it forked; mounts: only the read-only runtime paths, the run directory read-only
 * at /sandbox and a small private /tmp), runs as an unprivileged user, and is limited by prlimit in CPU time,
 * address space, processes, file size and open files. The wall-time limit is enforced here by killing the
 * process tree.
 */
class Sandbox {

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);
    static final String MOUNT_POINT = "/sandbox";

    private final CodingProperties properties;
    private final Semaphore slots;
    private final boolean root;

    Sandbox(CodingProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.maxConcurrentRuns(), true);
        this.root = runningAsRoot();
    }

    /** What to run: files written into the run directory, the command (run from it) and its stdin. */
    record Job(Map<String, String> files, List<String> command, String stdin, CodingProperties.Runtime runtime) {
    }

    /**
     * @param exitCode  the process's exit code, or -1 when it was killed at the time limit
     * @param output    captured stdout and stderr, at most maxOutputBytes
     * @param tail      the last bytes of the output (where a test summary is), even when the head was truncated
     * @param totalBytes everything the process wrote
     */
    record Outcome(int exitCode, boolean timedOut, String output, String tail, long totalBytes, boolean truncated,
            long durationMs) {
    }

    /** Why a job could not run at all. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Null when the sandbox can run jobs, otherwise the reason it cannot. */
    String unavailableReason() {
        if (properties.isolation() == CodingProperties.Isolation.BWRAP
                && !Files.isExecutable(Path.of(properties.bwrap()))) {
            return "The code sandbox (bubblewrap, " + properties.bwrap() + ") is not installed on this server.";
        }
        if (!Files.isExecutable(Path.of(properties.prlimit()))) {
            return "The code sandbox needs prlimit (" + properties.prlimit() + "), which is not installed on this server.";
        }
        if (root && !Files.isExecutable(Path.of(properties.setpriv()))) {
            return "The code sandbox needs setpriv (" + properties.setpriv() + "), which is not installed on this server.";
        }
        return null;
    }

    Outcome run(Job job) throws Unavailable {
        String reason = unavailableReason();
        if (reason != null) {
            throw new Unavailable(reason);
        }
        try {
            if (!slots.tryAcquire(properties.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Unavailable("Every code runner is busy; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("The run was interrupted.");
        }
        Path directory = null;
        try {
            directory = createRunDirectory(job.files());
            return execute(job, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run code in the sandbox", e);
        } finally {
            slots.release();
            deleteQuietly(directory);
        }
    }

    private Outcome execute(Job job, Path directory) throws IOException {
        List<String> command = command(job, directory);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        // A clean environment: nothing of the server's (credentials, proxy settings) reaches the code.
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.put("HOME", "/tmp");
        environment.put("TMPDIR", "/tmp");
        environment.put("LANG", "C.UTF-8");
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        environment.put("PYTHONIOENCODING", "utf-8");
        long started = System.nanoTime();
        Process process = builder.start();
        OutputCapture capture = new OutputCapture(process.getInputStream(), properties.maxOutputBytes());
        Thread reader = new Thread(capture, "sandbox-output");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(job.stdin().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The program may exit (or fail to start) before reading its input; its output says why.
        }
        boolean timedOut;
        try {
            timedOut = !process.waitFor(job.runtime().wallTime().toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) {
                killTree(process);
            }
            process.waitFor(5, TimeUnit.SECONDS);
            // Everything the sandbox started is gone once it exits; without bwrap a stray child could hold the pipe.
            reader.join(2_000);
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            timedOut = true;
        }
        if (process.isAlive()) {
            killTree(process);
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new Outcome(timedOut ? -1 : process.exitValue(), timedOut, capture.head(), capture.tail(),
                capture.total(), capture.truncated(), durationMs);
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private List<String> command(Job job, Path directory) {
        CodingProperties.Runtime runtime = job.runtime();
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of(properties.setpriv(), "--reuid=" + properties.runAsUid(),
                    "--regid=" + properties.runAsGid(), "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"));
        }
        String workingDirectory = directory.toString();
        if (properties.isolation() == CodingProperties.Isolation.BWRAP) {
            command.addAll(List.of(properties.bwrap(), "--unshare-all", "--die-with-parent", "--new-session",
                    "--hostname", "sandbox"));
            for (String path : properties.readOnlyPaths()) {
                command.addAll(List.of("--ro-bind-try", path, path));
            }
            command.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                    "--size", Long.toString(properties.tmpBytes()), "--tmpfs", "/tmp",
                    "--ro-bind", directory.toString(), MOUNT_POINT, "--chdir", MOUNT_POINT,
                    "--uid", Integer.toString(properties.runAsUid()), "--gid", Integer.toString(properties.runAsGid()),
                    "--"));
            workingDirectory = MOUNT_POINT;
        }
        command.add(properties.prlimit());
        // CPU time is a backstop, not the limit that stops an endless loop: Node and the JVM burn CPU on several
        // threads (JIT, GC), so a CPU limit equal to the wall time would kill them first, reported as a crash.
        long cpuSeconds = 2 * Math.max(1, (runtime.wallTime().toMillis() + 999) / 1000) + 1;
        command.add("--cpu=" + cpuSeconds);
        command.add("--as=" + (long) runtime.addressSpaceMb() * 1024 * 1024);
        command.add("--fsize=" + properties.maxFileBytes());
        command.add("--nofile=256");
        command.add("--core=0");
        if (root) {
            // RLIMIT_NPROC counts all processes of the user; only when the code runs as its own user does the
            // limit bound the code rather than the whole server.
            command.add("--nproc=" + properties.maxProcesses());
        }
        command.add("--");
        for (String part : job.command()) {
            command.add(part.replace("{dir}", workingDirectory));
        }
        return command;
    }

    private Path createRunDirectory(Map<String, String> files) throws IOException {
        Path root = properties.workDirectory() == null || properties.workDirectory().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"))
                : Files.createDirectories(Path.of(properties.workDirectory()));
        Path directory = Files.createTempDirectory(root, "interviewed-run-");
        // The unprivileged sandbox user must be able to read (not write) the files.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return directory;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete sandbox directory {}: {}", directory, e.getMessage());
        }
    }

    private static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Cannot read /proc/self/status: {}", e.getMessage());
        }
        return false;
    }

    boolean runsAsRoot() {
        return root;
    }

    /**
     * Drains the process output: keeps the first {@code limit} bytes and a rolling tail, counts the rest. It never
     * stops reading, so a chatty program cannot block on a full pipe and dodge its time limit.
     */
    private static final class OutputCapture implements Runnable {
        private static final int TAIL = 16 * 1024;
        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final byte[] tail = new byte[TAIL];
        private long total;

        OutputCapture(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    synchronized (this) {
                        int keep = (int) Math.max(0, Math.min(n, limit - total));
                        head.write(buffer, 0, keep);
                        for (int i = 0; i < n; i++) {
                            tail[(int) ((total + i) % TAIL)] = buffer[i];
                        }
                        total += n;
                    }
                }
            } catch (IOException e) {
                // The process was killed; what was read so far is the output.
            }
        }

        synchronized String head() {
            return head.toString(StandardCharsets.UTF_8);
        }

        synchronized String tail() {
            int length = (int) Math.min(total, TAIL);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = tail[(int) ((total - length + i) % TAIL)];
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        synchronized long total() {
            return total;
        }

        synchronized boolean truncated() {
            return total > limit;
        }
    }
}
