package com.interviewed.resumes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The curated skill taxonomy ({@code resumes/skills.txt}: canonical names, categories, aliases) and the matcher
 * that finds its skills in a line of text. All aliases are compiled into one pattern, longest first, so the
 * leftmost, longest alias wins ("Spring Boot" over "Spring", "Node.js" over "Node") in a single pass.
 */
final class SkillTaxonomy {

    static final String RESOURCE = "/resumes/skills.txt";

    record Skill(String name, String category) {
    }

    /**
     * @param caseSensitive the alias must appear with exactly this capitalisation ("^" or "~" in the file)
     * @param needsContext  the alias is also an ordinary word ("~" in the file): it counts only in technical context
     */
    record Alias(String text, Skill skill, boolean caseSensitive, boolean needsContext) {
    }

    /** A skill found in a line: where, and whether it still needs technical context to count. */
    record Match(Skill skill, int start, int end, boolean needsContext) {
    }

    private final List<Skill> skills;
    private final Map<String, Alias> aliasesByKey;
    private final Pattern pattern;

    private SkillTaxonomy(List<Skill> skills, Map<String, Alias> aliasesByKey) {
        this.skills = List.copyOf(skills);
        this.aliasesByKey = Map.copyOf(aliasesByKey);
        this.pattern = compile(aliasesByKey.values());
    }

    static SkillTaxonomy fromClasspath() {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file format; refuses duplicate canonical names and aliases that would mean two skills. */
    static SkillTaxonomy parse(List<String> lines) {
        List<Skill> skills = new ArrayList<>();
        Map<String, Skill> byName = new HashMap<>();
        Map<String, Alias> aliases = new LinkedHashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("line " + number + ": expected 'Name | category | aliases': " + raw);
            }
            Skill skill = new Skill(parts[0].strip(), parts[1].strip());
            if (byName.putIfAbsent(key(skill.name()), skill) != null) {
                throw new IllegalArgumentException("line " + number + ": duplicate skill " + skill.name());
            }
            skills.add(skill);
            List<String> written = new ArrayList<>();
            for (String alias : parts[2].split(",")) {
                if (!alias.isBlank()) {
                    written.add(alias.strip());
                }
            }
            boolean nameIsMarked = written.stream()
                    .anyMatch(alias -> alias.length() > 1 && alias.substring(1).equals(skill.name())
                            && (alias.startsWith("~") || alias.startsWith("^")));
            if (!nameIsMarked) {
                written.add(0, skill.name());
            }
            for (String alias : written) {
                boolean needsContext = alias.startsWith("~");
                boolean caseSensitive = needsContext || alias.startsWith("^");
                String text = caseSensitive ? alias.substring(1) : alias;
                Alias previous = aliases.putIfAbsent(key(text), new Alias(text, skill, caseSensitive, needsContext));
                if (previous != null) {
                    throw new IllegalArgumentException("line " + number + ": alias '" + text + "' of " + skill.name()
                            + " is already " + (previous.skill() == skill ? "listed" : "an alias of "
                            + previous.skill().name()));
                }
            }
        }
        return new SkillTaxonomy(skills, aliases);
    }

    List<Skill> skills() {
        return skills;
    }

    Map<String, List<Skill>> byCategory() {
        return skills.stream().collect(Collectors.groupingBy(Skill::category, LinkedHashMap::new, Collectors.toList()));
    }

    /** The canonical skill a whole string names ("k8s" → Kubernetes), ignoring case and the context rules. */
    Optional<Skill> lookup(String text) {
        Alias alias = aliasesByKey.get(key(text));
        return Optional.ofNullable(alias).map(Alias::skill);
    }

    /** Every skill alias in {@code line}, left to right, without overlaps. */
    List<Match> find(String line) {
        List<Match> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            Alias alias = aliasesByKey.get(key(matcher.group()));
            if (alias != null) {
                matches.add(new Match(alias.skill(), matcher.start(), matcher.end(), alias.needsContext()));
            }
        }
        return matches;
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Pattern compile(java.util.Collection<Alias> aliases) {
        // Grouped by first letter behind a lookahead, so that at each position of the text only the aliases that
        // can start there are tried (a flat alternation of ~1,500 aliases is about ten times slower).
        Map<Character, List<Alias>> byFirst = aliases.stream().collect(Collectors.groupingBy(
                alias -> Character.toLowerCase(alias.text().charAt(0)), java.util.TreeMap::new, Collectors.toList()));
        String groups = byFirst.entrySet().stream()
                .map(group -> "(?=" + Pattern.quote(String.valueOf(group.getKey())) + ")(?:" + group.getValue().stream()
                        .sorted(Comparator.comparingInt((Alias alias) -> alias.text().length()).reversed()
                                .thenComparing(Alias::text))
                        .map(SkillTaxonomy::regex)
                        .collect(Collectors.joining("|")) + ")")
                .collect(Collectors.joining("|"));
        // Word boundaries that also work for aliases that start or end with symbols (".NET", "C++", "C#").
        return Pattern.compile("(?<![\\p{Alnum}_])(?:" + groups + ")(?![\\p{Alnum}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String regex(Alias alias) {
        String body = java.util.Arrays.stream(alias.text().split("\\s+"))
                .map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        String guarded = alias.text().matches(".*[+#]$") ? body : body + "(?![+#])";
        return alias.caseSensitive() ? "(?-i:" + guarded + ")" : guarded;
    }
}
