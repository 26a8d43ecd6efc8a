package com.interviewed.questions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question bank read once at start-up from the JSON packs under {@code <dataLocation>/bank/}. Broken data
 * (duplicate ids, missing fields, unknown roles) stops the application from starting rather than surfacing as an
 * odd interview later.
 */
@Component
class ClasspathQuestionBank implements QuestionBank {

    private final List<Role> roles;
    private final Map<String, BankQuestion> questions;
    private final List<BankQuestion> ordered;
    private final Map<QuestionCategory, List<BankQuestion>> byCategory;
    private final List<ResumeTemplate> resumeTemplates;
    private final List<String> industries;

    ClasspathQuestionBank(JsonMapper mapper, QuestionsProperties properties) {
        JsonMapper json = BankJson.strict(mapper);
        var resolver = new PathMatchingResourcePatternResolver();
        String base = properties.dataLocation();
        this.roles = List.copyOf(read(json, resolver.getResource(base + "/roles.json"), BankData.RolesFile.class)
                .roles());
        this.resumeTemplates = List.copyOf(read(json, resolver.getResource(base + "/resume-templates.json"),
                BankData.ResumeTemplatesFile.class).templates());
        Set<String> roleIds = roles.stream().map(Role::id).collect(Collectors.toSet());
        Map<String, BankQuestion> loaded = new LinkedHashMap<>();
        for (Resource resource : packs(resolver, base)) {
            BankFile file = read(json, resource, BankFile.class);
            for (BankFile.Entry entry : file.questions()) {
                BankQuestion question = toQuestion(file, entry, roleIds, resource);
                if (loaded.putIfAbsent(question.id(), question) != null) {
                    throw new IllegalStateException("Duplicate question id " + question.id() + " in " + resource);
                }
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No question packs found under " + base + "/bank/");
        }
        this.questions = Collections.unmodifiableMap(loaded);
        this.ordered = List.copyOf(loaded.values());
        Map<QuestionCategory, List<BankQuestion>> index = new EnumMap<>(QuestionCategory.class);
        for (QuestionCategory category : QuestionCategory.values()) {
            index.put(category, ordered.stream().filter(q -> q.category() == category).toList());
        }
        this.byCategory = Collections.unmodifiableMap(index);
        this.industries = loaded.values().stream().map(BankQuestion::industry).filter(i -> i != null)
                .distinct().sorted().toList();
    }

    private static Resource[] packs(PathMatchingResourcePatternResolver resolver, String base) {
        try {
            Resource[] found = resolver.getResources(base + "/bank/**/*.json");
            // Sorted so the bank's order (and so every seeded plan) does not depend on the file system.
            Arrays.sort(found, Comparator.comparing(ClasspathQuestionBank::describe));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list question packs under " + base, e);
        }
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURI().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private static <T> T read(JsonMapper json, Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot parse " + resource + ": " + e.getMessage(), e);
        }
    }

    private static BankQuestion toQuestion(BankFile file, BankFile.Entry e, Set<String> roleIds, Resource where) {
        List<String> packRoles = e.roles() != null && !e.roles().isEmpty() ? e.roles()
                : file.roles() == null ? List.of() : file.roles();
        for (String role : packRoles) {
            if (!roleIds.contains(role)) {
                throw new IllegalStateException("Unknown role " + role + " in " + where);
            }
        }
        if (blank(e.id()) || e.category() == null || blank(e.competency()) || blank(e.text())
                || e.expectedPoints() == null || e.followUps() == null) {
            throw new IllegalStateException("Incomplete question " + e.id() + " in " + where);
        }
        Set<Seniority> levels = e.levels() == null || e.levels().isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(e.levels()));
        Set<String> tags = e.tags() == null ? Set.of()
                : e.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        String industry = blank(file.industry()) ? null : file.industry();
        return new BankQuestion(e.id(), e.category(), e.competency(), levels, tags, e.text(),
                List.copyOf(e.expectedPoints()), List.copyOf(e.followUps()), Set.copyOf(packRoles), industry,
                file.pack());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public List<Role> roles() {
        return roles;
    }

    @Override
    public Optional<PlannedQuestion> question(String id) {
        return Optional.ofNullable(questions.get(id)).map(q -> q.toStep(null, 0));
    }

    @Override
    public int size() {
        return questions.size();
    }

    Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every question in a stable order (pack file, then position in the file). */
    List<BankQuestion> all() {
        return ordered;
    }

    /** The questions of one category, in the same stable order. */
    List<BankQuestion> all(QuestionCategory category) {
        return byCategory.get(category);
    }

    List<ResumeTemplate> resumeTemplates() {
        return resumeTemplates;
    }

    @Override
    public List<String> industries() {
        return industries;
    }
}
