package com.interviewed.questions;

import com.interviewed.resumes.ResumeProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The words a plan should lean towards: the resume's skills and the job description. Both are normalised the same
 * way as question tags (lowercase, hyphens as spaces, sentence punctuation dropped) so that "Node.js," in a job ad
 * matches the tag {@code node.js} and "system-design" matches "system design".
 */
final class Keywords {

    private final String haystack;
    private final String job;
    /** Tag → mentioned; a plan asks about the same few hundred tags many times. */
    private final Map<String, Boolean> matches = new HashMap<>();

    private Keywords(String haystack, String job) {
        this.haystack = haystack;
        this.job = job;
    }

    static Keywords of(ResumeProfile profile, String jobDescription) {
        List<String> resumeSkills = profile == null || profile.skills() == null ? List.of() : profile.skills();
        String skills = normalise(String.join(" , ", resumeSkills));
        String job = normalise(jobDescription == null ? "" : jobDescription);
        return new Keywords(" " + skills + " " + job + " ", " " + job + " ");
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String token : text.toLowerCase(Locale.ROOT).replace('-', ' ').split("[^\\p{L}\\p{N}+#.]+")) {
            String word = token.replaceAll("^\\.+|\\.+$", "");
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    boolean mentions(String tag) {
        return matches.computeIfAbsent(tag, t -> {
            String normal = normalise(t);
            return !normal.isEmpty() && haystack.contains(" " + normal + " ");
        });
    }

    /** Whether the job description names {@code text} (used to pick which resume skill to ask about). */
    boolean jobMentions(String text) {
        String t = normalise(text);
        return !t.isEmpty() && job.contains(" " + t + " ");
    }

    /** How many of the question's tags the resume or job description mention. */
    int score(Set<String> tags) {
        int score = 0;
        for (String tag : tags) {
            if (mentions(tag)) {
                score++;
            }
        }
        return score;
    }
}
