/**
 * Recruiting: an organisation's job campaigns, invites and candidate pipeline, and the recruiter dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruiting")
package com.interviewed.recruiting;
