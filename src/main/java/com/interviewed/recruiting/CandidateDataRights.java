package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.utc;

import com.interviewed.interview.Interviews;
import com.interviewed.notifications.Notifications;
import com.interviewed.scoring.Evaluations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's data rights, exercised by a recruiter or by the candidate through their link. <b>Delete</b>
 * removes everything: the invite, its interviews (transcript, code, integrity signals), their evaluations, the
 * reviews and the emails sent to the address. <b>Anonymise</b> keeps the interview and scores for the job's
 * statistics but removes who it was: name, email, notes and reviewers' notes. An organisation's retention
 * setting deletes candidates automatically that many days after their interview (or invite, if never taken).
 */
@Service
class CandidateDataRights {

    private static final Logger log = LoggerFactory.getLogger(CandidateDataRights.class);

    private final JdbcClient jdbc;
    private final Interviews interviews;
    private final Evaluations evaluations;
    private final Notifications notifications;
    private final OrganizationSettings settings;
    private final Clock clock;

    CandidateDataRights(JdbcClient jdbc, Interviews interviews, Evaluations evaluations, Notifications notifications,
            OrganizationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.interviews = interviews;
        this.evaluations = evaluations;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    void delete(UUID inviteId, UUID organizationId, String email) {
        eraseInterviews(inviteId);
        notifications.forgetRecipient(organizationId, email);
        jdbc.sql("delete from invites where id = ? and organization_id = ?").params(inviteId, organizationId).update();
    }

    @Transactional
    void anonymise(UUID inviteId, UUID organizationId) {
        String email = jdbc.sql("select email from invites where id = ? and organization_id = ?")
                .params(inviteId, organizationId).query(String.class).optional().orElse(null);
        if (email == null) {
            return;
        }
        interviews.idsForInvite(inviteId).forEach(interviews::anonymise);
        notifications.forgetRecipient(organizationId, email);
        // The address must stay unique per job and look like none anyone could own.
        jdbc.sql("""
                        update invites set name = null, email = ?, notes = null, anonymised_at = ?
                        where id = ? and organization_id = ?""")
                .params("anonymised-" + inviteId.toString().substring(0, 13) + "@anonymised.invalid",
                        utc(clock.instant()), inviteId, organizationId)
                .update();
        jdbc.sql("update invite_reviews set notes = null where invite_id = ?").param(inviteId).update();
    }

    /** Runs hourly; deletes what each organisation's retention says has been kept long enough. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void applyRetention() {
        int deleted = 0;
        for (OrganizationSettings.Retention retention : settings.retentions()) {
            Instant cutoff = clock.instant().minus(Duration.ofDays(retention.days()));
            List<Expired> expired = jdbc.sql("""
                            select id, email from invites
                            where organization_id = ? and coalesce(completed_at, created_at) < ?
                              and status not in ('OPENED', 'IN_PROGRESS')""")
                    .params(retention.organizationId(), utc(cutoff))
                    .query((rs, row) -> new Expired(rs.getObject("id", UUID.class), rs.getString("email")))
                    .list();
            for (Expired invite : expired) {
                delete(invite.id(), retention.organizationId(), invite.email());
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Retention: deleted {} candidates' data", deleted);
        }
    }

    private void eraseInterviews(UUID inviteId) {
        for (UUID interviewId : interviews.idsForInvite(inviteId)) {
            evaluations.erase(interviewId);
            interviews.erase(interviewId);
        }
    }

    private record Expired(UUID id, String email) {
    }
}
