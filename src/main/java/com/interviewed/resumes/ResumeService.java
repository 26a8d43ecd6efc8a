package com.interviewed.resumes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Resume intake and the owner's corrections; the implementation of the module's public {@link Resumes} API. */
@Service
class ResumeService implements Resumes {

    private final ResumeFileReader reader;
    private final ProfileExtractor extractor;
    private final SkillTaxonomy taxonomy;
    private final ResumeRepository repository;
    private final ResumesProperties properties;
    private final Clock clock;

    ResumeService(ResumeFileReader reader, SkillTaxonomy taxonomy, ResumeRepository repository,
            ResumesProperties properties, Clock clock) {
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.extractor = new ProfileExtractor(taxonomy, clock);
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ResumeView upload(byte[] content, String fileName, UUID ownerUserId, UUID inviteId) {
        if (ownerUserId == null && inviteId == null) {
            throw new IllegalArgumentException("A resume needs an owner or an invite");
        }
        ResumeFileReader.ReadResume read = reader.read(content);
        ResumeProfile profile = extractor.extract(read.text());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insert(new ResumeRepository.NewResume(id, ownerUserId, inviteId, displayName(fileName),
                read.contentType(), read.text(), profile, properties.keepOriginalFile() ? content : null,
                content.length, now));
        return new ResumeView(id, ownerUserId, inviteId, displayName(fileName), read.contentType(), profile, now, now);
    }

    @Override
    public Optional<ResumeProfile> profile(UUID resumeId, UUID ownerId) {
        return find(resumeId, ownerId).map(ResumeView::profile);
    }

    @Override
    public Optional<ResumeProfile> profileForInvite(UUID resumeId, UUID inviteId) {
        if (resumeId == null || inviteId == null) {
            return Optional.empty();
        }
        return repository.findForInvite(resumeId, inviteId).map(ResumeView::profile);
    }

    @Override
    public List<ResumeView> resumesOf(UUID ownerId) {
        return repository.listOwned(ownerId);
    }

    Optional<ResumeView> find(UUID resumeId, UUID ownerId) {
        if (resumeId == null || ownerId == null) {
            return Optional.empty();
        }
        return repository.findOwned(resumeId, ownerId);
    }

    Optional<String> text(UUID resumeId, UUID ownerId) {
        return repository.text(resumeId, ownerId);
    }

    /** Replaces the profile with the owner's corrections, tidied: trimmed, blank lines and repeats dropped. */
    Optional<ResumeView> correct(UUID resumeId, UUID ownerId, ResumeProfile corrected) {
        ResumeProfile tidy = new ResumeProfile(canonicalSkills(corrected.skills()), tidy(corrected.titles()),
                tidy(corrected.employers()), tidy(corrected.projects()), corrected.yearsOfExperience(),
                tidy(corrected.education()));
        if (!repository.updateProfile(resumeId, ownerId, tidy, clock.instant())) {
            return Optional.empty();
        }
        return find(resumeId, ownerId);
    }

    boolean delete(UUID resumeId, UUID ownerId) {
        return repository.delete(resumeId, ownerId, clock.instant());
    }

    /** A skill the taxonomy knows under another name is written canonically ("k8s" → "Kubernetes"). */
    private List<String> canonicalSkills(List<String> skills) {
        return tidy(skills.stream()
                .filter(Objects::nonNull)
                .map(skill -> taxonomy.lookup(skill).map(SkillTaxonomy.Skill::name).orElse(skill.strip()))
                .toList());
    }

    private static List<String> tidy(List<String> values) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                String cleaned = value.strip().replaceAll("\\s+", " ");
                unique.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** Only the last path segment, without control characters, at most 255 characters. */
    static String displayName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    @Override
    public List<String> skillNames() {
        return taxonomy.skills().stream().map(SkillTaxonomy.Skill::name).toList();
    }
}
