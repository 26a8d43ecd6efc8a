package com.interviewed.questions;

import com.interviewed.resumes.ResumeProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Questions that name the candidate's own projects, skills and employers, generated from templates. Projects come
 * first (they show ownership best), then a skill the job description also asks for, then another project or an
 * employer.
 */
final class ResumeQuestions {

    /** Which profile list each resume question draws from, in order; kinds without entries are skipped. */
    private static final List<String> KINDS = List.of("project", "skill", "project", "employer", "skill", "title");
    /** Resume items longer than this are sentences, not names; they would make the spoken question unreadable. */
    private static final int MAX_ITEM_LENGTH = 80;

    private final List<ResumeTemplate> templates;
    private final Random random;
    private final Keywords keywords;

    ResumeQuestions(List<ResumeTemplate> templates, Random random, Keywords keywords) {
        this.templates = templates;
        this.random = random;
        this.keywords = keywords;
    }

    List<PlannedQuestion> build(ResumeProfile profile, int max) {
        if (profile == null) {
            return List.of();
        }
        Map<String, List<String>> items = Map.of(
                "project", candidates(profile.projects()),
                "skill", skills(profile.skills()),
                "employer", candidates(profile.employers()),
                "title", candidates(profile.titles()));
        Set<String> usedItems = new HashSet<>();
        Set<String> usedTemplates = new HashSet<>();
        List<PlannedQuestion> questions = new ArrayList<>();
        for (String kind : KINDS) {
            if (questions.size() == max) {
                break;
            }
            String item = items.get(kind).stream().filter(i -> !usedItems.contains(i.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            List<ResumeTemplate> fitting = templates.stream()
                    .filter(t -> t.kind().equals(kind) && !usedTemplates.contains(t.id())).toList();
            if (item == null || fitting.isEmpty()) {
                continue;
            }
            ResumeTemplate template = fitting.get(random.nextInt(fitting.size()));
            usedItems.add(item.toLowerCase(Locale.ROOT));
            usedTemplates.add(template.id());
            questions.add(template.render("resume-" + (questions.size() + 1), item, 0));
        }
        return questions;
    }

    private List<String> candidates(List<String> entries) {
        List<String> cleaned = new ArrayList<>(clean(entries));
        Collections.shuffle(cleaned, random);
        return cleaned;
    }

    /** Skills the job description also names come first: those are the ones worth probing. */
    private List<String> skills(List<String> entries) {
        List<String> shuffled = candidates(entries);
        List<String> ranked = new ArrayList<>(shuffled.stream().filter(keywords::jobMentions).toList());
        shuffled.stream().filter(s -> !keywords.jobMentions(s)).forEach(ranked::add);
        return ranked;
    }

    /**
     * A resume line as it would be said aloud: no bullet, no parentheses or brackets (dates, tech lists), separators
     * read as commas: "• Transaction Ledger (Kafka, Java) | 2021" → "Transaction Ledger, 2021".
     */
    static String spoken(String entry) {
        String text = entry.strip().replaceAll("^[-*•·>]+\\s*", "")
                .replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\s*\\[[^]]*\\]", "").replaceAll("[()\\[\\]]", "")
                .replaceAll("\\s+[|–—/-]\\s+", ", ").replaceAll("\\s+", " ").strip();
        return text.replaceAll("[.;,:]+$", "");
    }

    private static List<String> clean(List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> e != null && !e.isBlank())
                .map(ResumeQuestions::spoken)
                .filter(e -> !e.isEmpty() && e.length() <= MAX_ITEM_LENGTH)
                .distinct()
                .toList();
    }
}
