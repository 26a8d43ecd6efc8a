package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.instant;

import com.interviewed.accounts.SignedInUser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What needs the recruiter now, rather than a second copy of the Jobs list: how many campaigns are open, and the
 * candidates waiting for a person — scored without a decision, and incomplete interviews that may need a retake.
 */
@Controller
class RecruiterDashboardController {

    private final JdbcClient jdbc;

    RecruiterDashboardController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/hire/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        UUID organization = user.organizationId();
        model.addAttribute("organization", jdbc.sql("select name from organizations where id = ?")
                .param(organization).query(String.class).single());
        model.addAttribute("overview", jdbc.sql("""
                        select
                          (select count(*) from jobs where organization_id = :org and status = 'OPEN') as open_jobs,
                          (select count(*) from jobs where organization_id = :org and status = 'DRAFT') as draft_jobs,
                          (select count(*) from invites where organization_id = :org and status = 'IN_PROGRESS') as live,
                          (select count(*) from invites where organization_id = :org and status = 'SCORED'
                             and decision is null) as to_review""")
                .param("org", organization)
                .query((rs, row) -> new Overview(rs.getLong("open_jobs"), rs.getLong("draft_jobs"),
                        rs.getLong("live"), rs.getLong("to_review")))
                .single());
        model.addAttribute("waiting", jdbc.sql("""
                        select i.id, i.job_id, j.title, coalesce(i.name, i.email) as who, i.score_overall,
                               coalesce(i.incomplete, false) as incomplete, i.scored_at
                        from invites i join jobs j on j.id = i.job_id
                        where i.organization_id = ? and i.status = 'SCORED' and i.decision is null
                        order by i.scored_at desc limit 20""")
                .param(organization)
                .query((rs, row) -> new Waiting(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                        rs.getString("title"), rs.getString("who"), rs.getBigDecimal("score_overall").doubleValue(),
                        rs.getBoolean("incomplete"), instant(rs, "scored_at")))
                .list());
        return "recruiting/dashboard";
    }

    record Overview(long openJobs, long draftJobs, long inProgress, long toReview) {
    }

    record Waiting(UUID inviteId, UUID jobId, String jobTitle, String candidate, double overall, boolean incomplete,
            Instant scoredAt) {
    }
}
