package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared notes and the decision on a candidate, from the page or the API. Only a person sets a decision;
 * a change is announced to the organisation's webhooks in the same transaction.
 */
@Service
class Decisions {

    private final InviteRepository invites;
    private final RecruitingEvents events;
    private final Clock clock;

    Decisions(InviteRepository invites, RecruitingEvents events, Clock clock) {
        this.invites = invites;
        this.events = events;
        this.clock = clock;
    }

    /** @param decision {@code ADVANCE}, {@code HOLD}, {@code REJECT} or {@code null} for undecided */
    @Transactional
    void review(Job job, Candidate candidate, String notes, String decision, SignedInUser user) {
        var now = clock.instant();
        invites.review(candidate.inviteId(), job.organizationId(), notes, decision, user.id(), now);
        if (!Objects.equals(decision, candidate.decision())) {
            events.decisionChanged(candidate.inviteId(), decision, user.id(), now);
        }
    }
}
