package com.interviewed.resumes;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The candidate's resume pages: {@code /resumes} (upload form and list) and {@code /resumes/{id}} (review and
 * correct what was extracted, or delete it). Every bad file gets its message on the page.
 */
@Controller
class ResumePagesController {

    private final ResumeService resumes;
    private final ResumesProperties properties;
    private final Validator validator;

    ResumePagesController(ResumeService resumes, ResumesProperties properties, Validator validator) {
        this.resumes = resumes;
        this.properties = properties;
        this.validator = validator;
    }

    @GetMapping("/resumes")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String tooLarge,
            Model model) {
        candidateOnly(user);
        if (tooLarge != null && !model.containsAttribute("uploadError")) {
            model.addAttribute("uploadError",
                    ResumeFileReader.tooLarge(properties.maxFileSize().toMegabytes()).getMessage());
        }
        return listPage(user, model);
    }

    @PostMapping("/resumes")
    String processUploadForm(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        candidateOnly(user);
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadError", "Choose your resume file first.");
            return listPage(user, model);
        }
        try {
            ResumeView resume = resumes.upload(ResumeApiController.bytes(file), file.getOriginalFilename(), user.id(),
                    null);
            redirect.addFlashAttribute("message", "We read your resume. Check what we found and correct anything"
                    + " we got wrong before your interview.");
            return "redirect:/resumes/" + resume.id();
        } catch (ResumeRejectedException e) {
            response.setStatus(e.getStatusCode().value());
            model.addAttribute("uploadError", e.getMessage());
            return listPage(user, model);
        }
    }

    @GetMapping("/resumes/{id}")
    String review(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
        candidateOnly(user);
        ResumeView resume = resumes.find(id, user.id()).orElseThrow(ResumeNotFoundException::new);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(resume.profile()));
        }
        return reviewPage(resume, user, model);
    }

    @PostMapping("/resumes/{id}")
    String processReviewForm(@PathVariable UUID id, @ModelAttribute("form") ProfileForm form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        candidateOnly(user);
        ResumeView resume = resumes.find(id, user.id()).orElseThrow(ResumeNotFoundException::new);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer years = form.years(errors);
        ProfileCorrection correction = new ProfileCorrection(lines(form.skills()), lines(form.titles()),
                lines(form.employers()), lines(form.projects()), years, lines(form.education()));
        for (ConstraintViolation<ProfileCorrection> violation : validator.validate(correction)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            errors.putIfAbsent(field, violation.getMessage());
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            return reviewPage(resume, user, model);
        }
        resumes.correct(id, user.id(), correction.toProfile()).orElseThrow(ResumeNotFoundException::new);
        redirect.addFlashAttribute("message", "Saved. Your interviews will use these details.");
        return "redirect:/resumes/" + id;
    }

    @PostMapping("/resumes/{id}/delete")
    String processDeleteForm(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        candidateOnly(user);
        if (!resumes.delete(id, user.id())) {
            throw new ResumeNotFoundException();
        }
        redirect.addFlashAttribute("message", "Resume deleted, with everything we had extracted from it.");
        return "redirect:/resumes";
    }

    private String listPage(SignedInUser user, Model model) {
        model.addAttribute("resumes", resumes.resumesOf(user.id()));
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("maxBytes", properties.maxFileSize().toBytes());
        return "resumes/list";
    }

    private String reviewPage(ResumeView resume, SignedInUser user, Model model) {
        model.addAttribute("resume", resume);
        model.addAttribute("text", resumes.text(resume.id(), user.id()).orElse(""));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "resumes/review";
    }

    /** Resumes feed practice interviews, which are for candidates; recruiters work with their invitees' resumes. */
    private static void candidateOnly(SignedInUser user) {
        if (user.isRecruiter()) {
            throw new AccessDeniedException("Resume pages are for candidates");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** The review form: one entry per line in each text area. */
    record ProfileForm(String skills, String titles, String employers, String projects, String yearsOfExperience,
            String education) {

        static ProfileForm of(ResumeProfile profile) {
            return new ProfileForm(String.join("\n", profile.skills()), String.join("\n", profile.titles()),
                    String.join("\n", profile.employers()), String.join("\n", profile.projects()),
                    profile.yearsOfExperience() == null ? "" : profile.yearsOfExperience().toString(),
                    String.join("\n", profile.education()));
        }

        Integer years(Map<String, String> errors) {
            if (yearsOfExperience == null || yearsOfExperience.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(yearsOfExperience.strip());
            } catch (NumberFormatException e) {
                errors.put("yearsOfExperience", "Enter a whole number of years, from 0 to 70, or leave it empty.");
                return null;
            }
        }
    }
}
