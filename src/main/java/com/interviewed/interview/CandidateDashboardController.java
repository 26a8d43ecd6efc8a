package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The candidate's home: their practice interviews, newest first. */
@Controller
class CandidateDashboardController {

    private final JdbcClient jdbc;

    CandidateDashboardController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<InterviewSummary> interviews = jdbc.sql("""
                        select id, role, mode, status, created_at from interviews
                        where candidate_id = ? order by created_at desc limit 50""")
                .param(user.id())
                .query((rs, row) -> new InterviewSummary(rs.getObject("id", UUID.class), rs.getString("role"),
                        rs.getString("mode"), rs.getString("status"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        model.addAttribute("interviews", interviews);
        return "interview/dashboard";
    }

    record InterviewSummary(UUID id, String role, String mode, String status, OffsetDateTime createdAt) {
    }
}
