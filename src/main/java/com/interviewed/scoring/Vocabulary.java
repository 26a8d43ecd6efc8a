package com.interviewed.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The named technologies and per-role skills the specificity and skill-coverage signals look for. */
final class Vocabulary {

    private final Set<String> technologies;
    private final Map<String, List<String>> roleSkills;

    private Vocabulary(Set<String> technologies, Map<String, List<String>> roleSkills) {
        this.technologies = technologies;
        this.roleSkills = roleSkills;
    }

    static Vocabulary load() {
        Set<String> technologies = new LinkedHashSet<>(lines("scoring/technologies.txt"));
        Map<String, List<String>> skills = new HashMap<>();
        for (String line : lines("scoring/role-skills.txt")) {
            int colon = line.indexOf(':');
            List<String> list = new ArrayList<>();
            for (String skill : line.substring(colon + 1).split(",")) {
                list.add(skill.trim());
            }
            skills.put(line.substring(0, colon).trim(), List.copyOf(list));
        }
        return new Vocabulary(Set.copyOf(technologies), Map.copyOf(skills));
    }

    Set<String> technologies() {
        return technologies;
    }

    /**
     * The skills to look for: the role's list (by id, or by a word of a free-text role such as "Senior backend
     * engineer") plus the technologies the job description names.
     */
    List<String> skillsFor(String role, String jobDescription) {
        Set<String> skills = new LinkedHashSet<>();
        String normalisedRole = role == null ? "" : role.toLowerCase(Locale.ROOT);
        List<String> exact = roleSkills.get(normalisedRole);
        if (exact != null) {
            skills.addAll(exact);
        } else {
            for (String word : Text.words(normalisedRole)) {
                skills.addAll(roleSkills.getOrDefault(word, List.of()));
            }
        }
        List<String> jd = Text.words(jobDescription == null ? "" : jobDescription);
        for (int i = 0; i < jd.size(); i++) {
            for (int n = 1; n <= 3 && i + n <= jd.size(); n++) {
                String phrase = String.join(" ", jd.subList(i, i + n));
                if (technologies.contains(phrase)) {
                    skills.add(phrase);
                }
            }
        }
        if (skills.isEmpty()) {
            skills.addAll(roleSkills.getOrDefault("general", List.of()));
        }
        return List.copyOf(skills);
    }

    private static List<String> lines(String resource) {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
