package com.interviewed.resumes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resume's text as lines, each tagged with the section it sits in ("Experience", "Education", …), so that the
 * extractors can tell a job's dates from a degree's and a skills list from prose.
 */
final class ResumeText {

    enum Section { TOP, SUMMARY, SKILLS, EXPERIENCE, PROJECTS, EDUCATION, OTHER }

    /**
     * @param text   the line without its bullet
     * @param bullet whether it was a bullet point (achievements, not headings)
     * @param inline whether a section name prefixed it on the same line ("Skills: Java, Go")
     */
    record Line(String text, Section section, boolean bullet, boolean inline) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●▪◦‣∙·*►▸✓✔-]|–|—|\\d{1,2}[.)])\\s+");
    private static final String SKILLS = "(?:(?:technical|core|key|relevant|professional)\\s+)?skills(?:\\s*(?:&|and)\\s*"
            + "(?:tools|technologies|competencies|expertise))?|technologies|tech(?:nical)?\\s+stack|tools(?:\\s*(?:&|and)\\s*"
            + "technologies)?|(?:core\\s+)?competencies|expertise|programming\\s+languages|technical\\s+proficiencies";
    private static final String EXPERIENCE = "(?:(?:work|professional|employment|relevant|industry)\\s+)?experience"
            + "|(?:employment|career|work)\\s+history|employment|career";
    private static final String PROJECTS = "(?:(?:selected|personal|side|key|notable|academic)\\s+)?projects"
            + "|open[\\s-]source(?:\\s+contributions)?|portfolio";
    private static final String EDUCATION = "education(?:\\s*(?:&|and)\\s*(?:training|certifications))?"
            + "|academic\\s+background|academics|qualifications|degrees";
    private static final String SUMMARY = "(?:professional\\s+)?summary|profile|about(?:\\s+me)?|objective";
    private static final String OTHER = "certifications?|awards|publications|interests|hobbies|languages|references"
            + "|volunteering|achievements|courses|patents|talks";
    private static final Pattern HEADING = Pattern.compile("^(?:(" + SKILLS + ")|(" + EXPERIENCE + ")|(" + PROJECTS
            + ")|(" + EDUCATION + ")|(" + SUMMARY + ")|(" + OTHER + "))\\s*(?::\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Section[] GROUPS = {Section.SKILLS, Section.EXPERIENCE, Section.PROJECTS, Section.EDUCATION,
            Section.SUMMARY, Section.OTHER};

    private final List<Line> lines;

    private ResumeText(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    static ResumeText of(String text) {
        List<Line> lines = new ArrayList<>();
        Section section = Section.TOP;
        for (String raw : text.split("\\R")) {
            String cleaned = raw.replace('\u00a0', ' ').replace('\t', ' ').strip();
            if (cleaned.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(cleaned);
            boolean isBullet = bullet.find();
            String body = (isBullet ? cleaned.substring(bullet.end()) : cleaned).replaceAll("\\s{2,}", " ").strip();
            if (body.isEmpty()) {
                continue;
            }
            Matcher heading = isBullet ? null : HEADING.matcher(body.replaceAll("[:\\s]+$", "").strip());
            if (heading != null && heading.matches() && body.length() <= 60) {
                Section named = named(heading);
                String rest = heading.group(7);
                if (rest == null || rest.isBlank()) {
                    section = named;
                } else {
                    lines.add(new Line(rest.strip(), named, false, true));
                }
                continue;
            }
            // "Skills: Java, Go" inside another section: the line belongs to the section it names.
            Matcher inlineHeading = HEADING.matcher(body);
            if (!isBullet && inlineHeading.matches() && inlineHeading.group(7) != null) {
                lines.add(new Line(inlineHeading.group(7).strip(), named(inlineHeading), false, true));
                continue;
            }
            lines.add(new Line(body, section, isBullet, false));
        }
        return new ResumeText(lines);
    }

    private static Section named(Matcher heading) {
        for (int group = 1; group <= GROUPS.length; group++) {
            if (heading.group(group) != null) {
                return GROUPS[group - 1];
            }
        }
        return Section.OTHER;
    }

    List<Line> lines() {
        return lines;
    }

    boolean has(Section section) {
        return lines.stream().anyMatch(line -> line.section() == section);
    }

    List<Line> in(Section section) {
        return lines.stream().filter(line -> line.section() == section).toList();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.section().name().toLowerCase(Locale.ROOT)).append(": ")
                .append(line.text()).append('\n'));
        return out.toString();
    }
}
