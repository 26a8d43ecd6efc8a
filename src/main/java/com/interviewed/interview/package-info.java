/**
 * Interviews: the candidate's practice sessions, their plans and transcripts, and the candidate dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interview")
package com.interviewed.interview;
