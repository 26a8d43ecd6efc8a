package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Resolves what a recruiter asks for within their own organisation only. Anything else, including another
 * organisation's ids, is "not found" (404): we do not confirm that it exists.
 */
@Component
class RecruiterScope {

    private final JobRepository jobs;
    private final InviteRepository invites;
    private final RecruitingProperties properties;
    private final Clock clock;

    RecruiterScope(JobRepository jobs, InviteRepository invites, RecruitingProperties properties, Clock clock) {
        this.jobs = jobs;
        this.invites = invites;
        this.properties = properties;
        this.clock = clock;
    }

    /** Recruiter pages are guarded by URL; the JSON API checks here, answering candidates with 403. */
    UUID organization(SignedInUser user) {
        if (user == null || !user.isRecruiter() || user.organizationId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only recruiters may use the recruiting API.");
        }
        return user.organizationId();
    }

    Job job(SignedInUser user, UUID jobId) {
        return jobs.find(jobId, organization(user)).orElseThrow(RecruiterScope::notFound);
    }

    Candidate candidate(Job job, UUID inviteId) {
        return invites.find(job.id(), inviteId, job.organizationId(), now()).orElseThrow(RecruiterScope::notFound);
    }

    /** Where emailed links point: the configured public address, or the one this request came in on. */
    String baseUrl() {
        return properties.baseUrl() != null && !properties.baseUrl().isBlank() ? properties.baseUrl()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    Instant now() {
        return clock.instant();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found.");
    }
}
