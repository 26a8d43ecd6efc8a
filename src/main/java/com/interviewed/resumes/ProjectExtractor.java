package com.interviewed.resumes;

import com.interviewed.resumes.ResumeText.Line;
import com.interviewed.resumes.ResumeText.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short project names: the name part of each entry in a Projects section ("Atlas — a feature store for …"), and
 * the object of "Built/Led/Designed …" bullets anywhere ("Built a real-time fraud detection pipeline using Kafka"
 * → "Real-time fraud detection pipeline"). Phrases longer than a name, or about people rather than things
 * ("Led a team of five"), are left out.
 */
final class ProjectExtractor {

    private static final int MAX_WORDS = 6;
    private static final int MAX_PROJECTS = 20;
    private static final Pattern VERB = Pattern.compile("^(?:built|led|designed|developed|created|implemented"
            + "|launched|architected|shipped|delivered|co-founded|founded|wrote|authored|prototyped|rebuilt"
            + "|re-architected|redesigned|open-sourced)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINER = Pattern.compile("^(?:(?:a|an|the|our|my|its|their|new|company's|"
            + "in-house|internal|several|multiple|two|three)\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_END = Pattern.compile("\\s+(?:that|which|who|to|for|using|with|in|on|from"
            + "|by|across|at|into|via|as|and\\s+(?:led|shipped|maintained|scaled|ran|deployed|reduced|improved))\\s+"
            + "|[,;:.!?()]\\s*|\\s+[–—-]\\s+|\\s*[–—]\\s*|$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEOPLE = Pattern.compile("(?i)^(?:team|teams|group|squad|engineers|people|hiring"
            + "|recruitment|onboarding|workshops?|training|meetings?|efforts?|initiatives?|migration|the migration"
            + "|interviews?|\\d).*");
    private static final Pattern NAME_END = Pattern.compile("\\s*(?::|\\s[–—|-]\\s|[–—]|\\(|,\\s)");

    private ProjectExtractor() {
    }

    static List<String> extract(ResumeText text) {
        Map<String, String> projects = new LinkedHashMap<>();
        for (Line line : text.lines()) {
            String name = null;
            Matcher verb = VERB.matcher(line.text());
            if (verb.matches() && (line.bullet() || line.section() == Section.PROJECTS)) {
                name = object(verb.group(1));
            } else if (line.section() == Section.PROJECTS && !line.inline()) {
                name = entryName(line.text());
            }
            if (name != null && projects.size() < MAX_PROJECTS) {
                projects.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(projects.values());
    }

    /** "Atlas — a feature store" → "Atlas"; a sentence without a name part is not an entry. */
    static String entryName(String line) {
        Matcher end = NAME_END.matcher(line);
        String name = end.find() ? line.substring(0, end.start()) : line;
        name = name.strip();
        boolean separated = name.length() < line.strip().length();
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.codePointAt(0))
                || words(name) > MAX_WORDS || (!separated && name.endsWith("."))
                || DateRanges.RANGE.matcher(name).find()) {
            return null;
        }
        return name.replaceAll("[\\s.]+$", "");
    }

    /** "a real-time fraud detection pipeline using Kafka" → "Real-time fraud detection pipeline". */
    static String object(String phrase) {
        String rest = DETERMINER.matcher(phrase.strip()).replaceFirst("");
        Matcher end = OBJECT_END.matcher(rest);
        String object = end.find() ? rest.substring(0, end.start()).strip() : rest.strip();
        int words = words(object);
        boolean properName = words == 1 && Character.isUpperCase(object.codePointAt(0));
        if (object.isEmpty() || words > MAX_WORDS || (words < 2 && !properName) || PEOPLE.matcher(object).matches()) {
            return null;
        }
        return Character.toUpperCase(object.charAt(0)) + object.substring(1);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
