package com.interviewed.coding;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts each owner's runs in progress (waiting for a slot or running), so one user's endless loops cannot hold
 * every sandbox slot while others wait. In memory: the slots it protects are this instance's too.
 */
class RunsPerOwner {

    private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();
    private final int max;

    RunsPerOwner(RunQuotaProperties properties) {
        this.max = properties.maxConcurrentRunsPerUser();
    }

    /** Whether {@code owner} may start another run now; if so, call {@link #finished} when it ends. */
    boolean tryStart(String owner) {
        boolean[] started = {false};
        inProgress.compute(owner, (key, count) -> {
            int running = count == null ? 0 : count;
            if (running >= max) {
                return count;
            }
            started[0] = true;
            return running + 1;
        });
        return started[0];
    }

    void finished(String owner) {
        inProgress.computeIfPresent(owner, (key, count) -> count <= 1 ? null : count - 1);
    }
}
