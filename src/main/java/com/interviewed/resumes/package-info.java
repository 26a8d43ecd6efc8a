/**
 * Resumes: upload (PDF, DOCX, text; type detected from content), extraction of a profile with a curated skill
 * taxonomy, and the candidate's review and correction of that profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resumes")
package com.interviewed.resumes;
