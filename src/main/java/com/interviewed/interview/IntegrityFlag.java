package com.interviewed.interview;

import java.time.Instant;

/** An integrity signal (a large paste, leaving the tab) recorded during an interview: information, never a verdict. */
public record IntegrityFlag(String kind, String detail, Instant at) {
}
