package com.interviewed.resumes;

import com.interviewed.resumes.ResumeText.Line;
import com.interviewed.resumes.ResumeText.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job titles and employers from experience lines: "Senior Engineer at Acme Corp", "Acme Corp — Senior Engineer,
 * 2019–2023", "Backend Developer | Globex GmbH | 2017 - 2019", or a dated employer line ("Initech, Berlin
 * 2015–2017") above its title. Bullet points are achievements, not headings, and are skipped for employers.
 */
final class ExperienceExtractor {

    record Experience(List<String> titles, List<String> employers) {
    }

    private static final Pattern AT = Pattern.compile("\\s+(?:at|@)\\s+|\\s*@\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|–—]\\s*|,\\s+|\\s*\\(|\\)\\s*|\\s{2,}|\\t");
    private static final Pattern NOT_AN_EMPLOYER = Pattern.compile("(?i:remote|hybrid|on-?site|full-?time"
            + "|part-?time|contract(?:or)?|freelance|self-employed|internship|permanent|temporary|present|current"
            + "|\\d.*)|[a-z].*");
    private static final Pattern SENTENCE = Pattern.compile("(?i)^(?:i|we|my|our|responsible|worked|working|"
            + "experienced|passionate|seeking|looking|results)\\b");
    private static final int MAX_EMPLOYER_WORDS = 6;

    private ExperienceExtractor() {
    }

    static Experience extract(ResumeText text) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> employers = new LinkedHashSet<>();
        boolean hasExperienceSection = text.has(Section.EXPERIENCE);
        for (Line line : text.lines()) {
            if (line.section() == Section.EDUCATION || line.section() == Section.SKILLS) {
                continue;
            }
            List<JobTitles.Found> found = JobTitles.find(line.text());
            boolean headingLike = !line.bullet() && line.text().length() <= 140 && !SENTENCE.matcher(line.text()).find();
            // Titles come from headings, the top of the resume and the summary; a bullet that mentions "the product
            // manager" is not the candidate's title.
            boolean titleContext = !line.bullet() && (line.section() == Section.TOP
                    || line.section() == Section.SUMMARY || (headingLike && (line.section() == Section.EXPERIENCE
                    || !hasExperienceSection)));
            if (titleContext) {
                found.forEach(title -> titles.add(title.title()));
            }
            boolean experienceLine = line.section() == Section.EXPERIENCE
                    || (!hasExperienceSection && line.section() != Section.PROJECTS);
            if (headingLike && experienceLine) {
                String employer = employer(line.text(), found);
                if (employer != null) {
                    employers.add(employer);
                }
            }
        }
        return new Experience(List.copyOf(titles), dedupe(employers));
    }

    /** The employer a heading-like experience line names, or null. */
    static String employer(String line, List<JobTitles.Found> titles) {
        boolean dated = DateRanges.RANGE.matcher(line).find();
        if (titles.isEmpty() && !dated) {
            return null;
        }
        String undated = DateRanges.RANGE.matcher(line).replaceAll(" | ");
        // "Senior Engineer at Acme Corp (Berlin)": what follows "at" right after a title.
        for (JobTitles.Found title : titles) {
            Matcher at = AT.matcher(undated);
            if (at.find(Math.min(title.end(), undated.length())) && at.start() == title.end()) {
                String employer = firstSegment(undated.substring(at.end()));
                if (employer != null) {
                    return employer;
                }
            }
        }
        // "Acme Corp — Senior Engineer, 2019–2023": the first segment that is neither a title nor a date.
        for (String segment : SEPARATORS.split(undated)) {
            String candidate = cleanEmployer(segment);
            if (candidate != null && !JobTitles.isTitle(candidate) && JobTitles.find(candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static String firstSegment(String text) {
        String[] segments = SEPARATORS.split(text.strip());
        return segments.length == 0 ? null : cleanEmployer(segments[0]);
    }

    private static String cleanEmployer(String segment) {
        String candidate = segment.strip().replaceAll("^[\\p{Punct}\\s]+|[\\s,;:|–—-]+$", "").strip();
        candidate = candidate.replaceAll("\\s+(?:19|20)\\d{2}$", "").strip();
        if (candidate.length() < 2 || candidate.split("\\s+").length > MAX_EMPLOYER_WORDS
                || NOT_AN_EMPLOYER.matcher(candidate).matches() || DateRanges.RANGE.matcher(candidate).find()
                || candidate.matches("(?i).*\\b(?:19|20)\\d{2}\\b.*")) {
            return null;
        }
        return candidate;
    }

    private static List<String> dedupe(Set<String> values) {
        List<String> unique = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String value : values) {
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                unique.add(value);
            }
        }
        return unique;
    }
}
