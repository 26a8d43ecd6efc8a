/**
 * Questions: what interviews are made of. The curated question bank (data files per role and industry), the
 * interviewer personas, the coding challenges, and the planner that turns role, seniority, job and resume into an
 * ordered interview plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Questions")
package com.interviewed.questions;
