package com.interviewed.recruiting;

import com.interviewed.accounts.SignedInUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The recruiter's home: their organisation's job campaigns. Only ever the recruiter's own organisation. */
@Controller
class RecruiterDashboardController {

    private final JdbcClient jdbc;

    RecruiterDashboardController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/hire/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        String organization = jdbc.sql("select name from organizations where id = ?")
                .param(user.organizationId()).query(String.class).single();
        List<JobSummary> jobs = jdbc.sql("""
                        select j.id, j.title, j.status, j.created_at,
                               (select count(*) from invites i where i.job_id = j.id) as invited
                        from jobs j where j.organization_id = ? order by j.created_at desc limit 50""")
                .param(user.organizationId())
                .query((rs, row) -> new JobSummary(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("status"), rs.getInt("invited"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        model.addAttribute("organization", organization);
        model.addAttribute("jobs", jobs);
        return "recruiting/dashboard";
    }

    record JobSummary(UUID id, String title, String status, int invited, OffsetDateTime createdAt) {
    }
}
