package com.interviewed.resumes;

import com.interviewed.resumes.ResumeText.Line;
import com.interviewed.resumes.ResumeText.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Education entries: lines with a degree (BSc, MSc, PhD, MBA, B.Eng., "Bachelor of …", "Master's degree in …")
 * anywhere, and institutions (University, College, Institute…) in the Education section, joined to the degree
 * on the line above when they stand on a line of their own. Dates are dropped.
 */
final class EducationExtractor {

    static final Pattern DEGREE = Pattern.compile("(?<![\\p{Alpha}])(?:B\\.?\\s?Sc\\.?|BSc|B\\.S\\.|BS(?=\\s+in\\b)"
            + "|B\\.A\\.|BA(?=\\s+in\\b)|B\\.?\\s?Eng\\.?|B\\.?Tech\\.?|M\\.?\\s?Sc\\.?|MSc|M\\.S\\.|MS(?=\\s+in\\b)"
            + "|M\\.A\\.|MA(?=\\s+in\\b)|M\\.?\\s?Eng\\.?|M\\.?Tech\\.?|MBA|Ph\\.?\\s?D\\.?|DPhil|Dr\\.\\s?rer\\.\\s?nat\\.?"
            + "|(?i:bachelor(?:'s|’s)?\\s+(?:of|in|degree))|(?i:master(?:'s|’s)?\\s+(?:of|in|degree))"
            + "|(?i:doctor(?:ate)?\\s+(?:of|in))|(?i:associate(?:'s|’s)?\\s+(?:degree|of))|Diplom(?:a)?\\b"
            + "|A-levels|Abitur|HND)(?![\\p{Alpha}])");
    static final Pattern INSTITUTION = Pattern.compile("(?<![\\p{Alpha}])(?:University|Universität|Universidad|Université|College"
            + "|Institute|Polytechnic|Hochschule|École|Academy|School of|Business School|ETH|MIT|EPFL)\\b");
    private static final int MAX_LENGTH = 160;

    private EducationExtractor() {
    }

    static List<String> extract(ResumeText text) {
        Map<String, String> entries = new LinkedHashMap<>();
        String pendingDegree = null;
        for (Line line : text.lines()) {
            boolean educationSection = line.section() == Section.EDUCATION;
            String cleaned = clean(line.text());
            if (cleaned.isEmpty() || cleaned.length() > MAX_LENGTH) {
                pendingDegree = null;
                continue;
            }
            boolean degree = DEGREE.matcher(cleaned).find();
            boolean institution = INSTITUTION.matcher(cleaned).find();
            if (degree && (educationSection || !line.bullet())) {
                if (institution || !educationSection) {
                    add(entries, cleaned);
                    pendingDegree = null;
                } else {
                    pendingDegree = cleaned; // the institution may follow on the next line
                }
            } else if (educationSection && institution) {
                add(entries, pendingDegree != null ? pendingDegree + ", " + cleaned : cleaned);
                pendingDegree = null;
            } else if (pendingDegree != null) {
                add(entries, pendingDegree);
                pendingDegree = null;
            }
        }
        if (pendingDegree != null) {
            add(entries, pendingDegree);
        }
        return new ArrayList<>(entries.values());
    }

    private static void add(Map<String, String> entries, String entry) {
        entries.putIfAbsent(entry.toLowerCase(Locale.ROOT), entry);
    }

    /** Drops dates and grades' separators: "MSc Computer Science | TU Munich | 2012 – 2014" → "MSc …, TU Munich". */
    static String clean(String line) {
        String text = DateRanges.RANGE.matcher(line).replaceAll(" ");
        text = text.replaceAll("(?i)\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?(?:19|20)\\d{2}\\b", " ");
        text = text.replaceAll("\\s+[|–—-]\\s+|\\s*[|–—]\\s*", ", ");
        text = text.replaceAll("\\(\\s*\\)", " ").replaceAll("\\s+", " ").replaceAll("\\s+,", ",");
        text = text.replaceAll("(?:,\\s*)+", ", ");
        return text.replaceAll("^[\\s,;:.-]+|[\\s,;:-]+$", "").strip();
    }
}
