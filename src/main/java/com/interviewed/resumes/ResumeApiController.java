package com.interviewed.resumes;

import com.interviewed.accounts.SignedInUser;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The JSON API of resumes. Every resume belongs to its uploader; anyone else's id answers 404. */
@RestController
@RequestMapping("/api/v1/resumes")
class ResumeApiController {

    private final ResumeService resumes;

    ResumeApiController(ResumeService resumes) {
        this.resumes = resumes;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ResumeResponse> upload(@RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser user) {
        ResumeView resume = resumes.upload(bytes(file), file.getOriginalFilename(), user.id(), null);
        return ResponseEntity.created(URI.create("/api/v1/resumes/" + resume.id())).body(ResumeResponse.of(resume));
    }

    @GetMapping
    List<ResumeResponse> list(@AuthenticationPrincipal SignedInUser user) {
        return resumes.resumesOf(user.id()).stream().map(ResumeResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResumeResponse get(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        return resumes.find(id, user.id()).map(ResumeResponse::of).orElseThrow(ResumeNotFoundException::new);
    }

    @PutMapping("/{id}")
    ResumeResponse correct(@PathVariable UUID id, @Valid @RequestBody ProfileCorrection correction,
            @AuthenticationPrincipal SignedInUser user) {
        return resumes.correct(id, user.id(), correction.toProfile()).map(ResumeResponse::of)
                .orElseThrow(ResumeNotFoundException::new);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        if (!resumes.delete(id, user.id())) {
            throw new ResumeNotFoundException();
        }
        return ResponseEntity.noContent().build();
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resume as the API shows it: the profile's fields at the top level. */
    record ResumeResponse(UUID id, String fileName, String contentType, List<String> skills, List<String> titles,
            List<String> employers, List<String> projects, Integer yearsOfExperience, List<String> education,
            Instant createdAt, Instant updatedAt) {

        static ResumeResponse of(ResumeView resume) {
            ResumeProfile profile = resume.profile();
            return new ResumeResponse(resume.id(), resume.fileName(), resume.contentType(), profile.skills(),
                    profile.titles(), profile.employers(), profile.projects(), profile.yearsOfExperience(),
                    profile.education(), resume.createdAt(), resume.updatedAt());
        }
    }
}
