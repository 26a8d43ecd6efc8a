package com.interviewed.coding;

/** One test case: its name, whether it passed, and why not (empty when it passed). */
public record CaseResult(String name, boolean passed, String message) {
}
