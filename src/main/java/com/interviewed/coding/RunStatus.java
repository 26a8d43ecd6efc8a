package com.interviewed.coding;

/** How a run ended. */
public enum RunStatus {
    /** Every test passed. */
    PASSED,
    /** The code ran and at least one test failed. */
    FAILED,
    /** The code did not compile or load, crashed, or was stopped for using too much memory or too many processes. */
    ERROR,
    /** The run was stopped at its time limit. */
    TIMEOUT,
    /** The server cannot run this language now: the runtime or the sandbox is missing, or every slot is busy. */
    UNAVAILABLE
}
