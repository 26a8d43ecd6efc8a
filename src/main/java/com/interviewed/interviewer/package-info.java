/**
 * Interviewer: the port that decides the interviewer's next turn, with a deterministic offline adapter (the
 * embedded default) and an OpenAI-compatible Chat Completions adapter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interviewer")
package com.interviewed.interviewer;
