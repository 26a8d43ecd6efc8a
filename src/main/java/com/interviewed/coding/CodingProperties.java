package com.interviewed.coding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the code sandbox; the defaults and their reasons are in {@code config/coding.yml}.
 *
 * @param maxConcurrentRuns runs executing at once; further runs wait for a slot
 * @param queueTimeout      how long a run waits for a slot before it is reported UNAVAILABLE
 * @param maxCodeBytes      largest accepted source (UTF-8 bytes)
 * @param maxOutputBytes    output kept per run; the rest is counted and dropped
 * @param isolation         {@code bwrap} (namespaces, private filesystem, no network) or {@code none} (limits only,
 *                          for development machines without bubblewrap)
 * @param bwrap             the bubblewrap binary
 * @param prlimit           util-linux prlimit, which applies the resource limits inside the sandbox
 * @param setpriv           util-linux setpriv, which drops to {@code runAsUid} when the server runs as root
 * @param runAsUid          unprivileged user the code runs as when the server runs as root
 * @param runAsGid          its group
 * @param maxProcesses      RLIMIT_NPROC: processes and threads of that user (stops fork bombs)
 * @param maxFileBytes      RLIMIT_FSIZE: largest file the code may write
 * @param tmpBytes          size of the private /tmp
 * @param workDirectory     where throwaway run directories are created; empty means the system temp directory
 * @param readOnlyPaths     host paths visible (read-only) inside the sandbox: the runtimes and their libraries
 * @param languages         runtime per language
 */
@Validated
@ConfigurationProperties("interviewed.coding")
record CodingProperties(
        @Min(1) @Max(64) int maxConcurrentRuns,
        @NotNull Duration queueTimeout,
        @Min(1) int maxCodeBytes,
        @Min(1024) int maxOutputBytes,
        @NotNull Isolation isolation,
        @NotBlank String bwrap,
        @NotBlank String prlimit,
        @NotBlank String setpriv,
        @Min(1) int runAsUid,
        @Min(1) int runAsGid,
        @Min(8) int maxProcesses,
        @Min(1024) long maxFileBytes,
        @Min(1024 * 1024) long tmpBytes,
        String workDirectory,
        @NotNull List<String> readOnlyPaths,
        @NotNull @Valid Map<String, Runtime> languages) {

    enum Isolation { BWRAP, NONE }

    /**
     * @param command        the interpreter or {@code java} launcher
     * @param memoryMb       heap for Node and the JVM; the address-space limit for Python
     * @param addressSpaceMb RLIMIT_AS; the JVM and Node reserve far more virtual memory than they use
     * @param wallTime       the run is killed after this long
     */
    record Runtime(@NotBlank String command, @Min(16) int memoryMb, @Min(64) int addressSpaceMb,
            @NotNull Duration wallTime) {
    }
}
