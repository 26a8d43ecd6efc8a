package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.questions.QuestionBank;
import com.interviewed.questions.Seniority;
import com.interviewed.resumes.ResumeView;
import com.interviewed.resumes.Resumes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The practice set-up form and the interview room. */
@Controller
class InterviewPagesController {

    private final InterviewCreation creation;
    private final InterviewRepository repository;
    private final InterviewAccess access;
    private final QuestionBank questions;
    private final Resumes resumes;

    InterviewPagesController(InterviewCreation creation, InterviewRepository repository, InterviewAccess access,
            QuestionBank questions, Resumes resumes) {
        this.creation = creation;
        this.repository = repository;
        this.access = access;
        this.questions = questions;
        this.resumes = resumes;
    }

    @GetMapping("/practice")
    String initPracticeForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<ResumeView> own = resumes.resumesOf(user.id());
        UUID latest = own.isEmpty() ? null : own.get(0).id();
        model.addAttribute("form", new PracticeForm("backend", "SOLO", "MID", 15, "", true, latest));
        return practiceForm(user, model);
    }

    @PostMapping("/practice")
    String processPracticeForm(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PracticeForm form,
            BindingResult result, Model model) {
        if (result.hasErrors()) {
            return practiceForm(user, model);
        }
        try {
            UUID id = creation.createPractice(user, form.toPracticeRequest()).id();
            return "redirect:/interviews/" + id;
        } catch (InvalidInterviewRequestException e) {
            result.rejectValue("role", "invalid", String.valueOf(e.getBody().getDetail()));
            return practiceForm(user, model);
        }
    }

    private String practiceForm(SignedInUser user, Model model) {
        model.addAttribute("roles", questions.roles());
        model.addAttribute("resumes", resumes.resumesOf(user.id()));
        model.addAttribute("industries", questions.industries());
        return "interview/practice";
    }

    @GetMapping("/interviews/{id}")
    String room(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, HttpServletRequest http,
            Model model) {
        UUID interviewId = parse(id);
        InterviewRow row = interviewId == null ? null : repository.find(interviewId)
                .filter(found -> access.mayTakePart(found, user, http.getSession(false))).orElse(null);
        if (row == null) {
            if (user == null) {
                return "redirect:/login";
            }
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("interview", row);
        model.addAttribute("invited", row.inviteId() != null);
        return "interview/room";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record PracticeForm(
            @NotBlank(message = "Choose a role") String role,
            @Pattern(regexp = "SOLO|PANEL") String mode,
            @Pattern(regexp = "JUNIOR|MID|SENIOR|LEAD") String seniority,
            Integer durationMinutes,
            String industry,
            boolean includeCoding,
            UUID resumeId) {

        PracticeRequest toPracticeRequest() {
            int minutes = durationMinutes == null ? 15 : Math.max(15, Math.min(45, Math.round(durationMinutes / 15f) * 15));
            return new PracticeRequest(role, mode, Seniority.valueOf(seniority), minutes,
                    industry == null || industry.isBlank() ? null : industry, includeCoding, resumeId);
        }
    }
}
