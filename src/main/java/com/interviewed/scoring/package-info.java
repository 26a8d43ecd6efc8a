/**
 * Scoring: the scorer port with the embedded deterministic scorer and LLM scorers, background scoring of ended
 * interviews, speech analytics, the report and progress pages, and the stateless evaluation API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package com.interviewed.scoring;
