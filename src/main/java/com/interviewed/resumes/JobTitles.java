package com.interviewed.resumes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Common job-title patterns: an optional seniority, one or two field words and a role noun ("Senior Backend
 * Engineer", "Lead Data Scientist", "Engineering Manager"), plus titles that stand alone ("CTO", "Tech Lead").
 * A bare role noun ("developer") is not a title: too many sentences contain one. Found titles are written in
 * their canonical spelling, so "sr. back-end engineer" becomes "Senior Backend Engineer".
 */
final class JobTitles {

    /** A title found in a line and where. */
    record Found(String title, int start, int end) {
    }

    private static final Map<String, String> SENIORITY = spellings("Senior", "senior", "sr.", "sr", "Junior",
            "junior", "jr.", "jr", "Lead", "lead", "Principal", "principal", "Staff", "staff", "Chief", "chief",
            "Associate", "associate", "Mid-level", "mid-level", "Graduate", "graduate", "Entry-level", "entry-level",
            "Distinguished", "distinguished");
    private static final Map<String, String> FIELD = spellings("Software", "software", "Backend", "backend",
            "back-end", "back end", "Frontend", "frontend", "front-end", "front end", "Full Stack", "full stack",
            "full-stack", "fullstack", "Data", "data", "DevOps", "devops", "Machine Learning", "machine learning",
            "ML", "ml", "AI", "ai", "QA", "qa", "Test", "test", "Test Automation", "test automation", "Mobile",
            "mobile", "iOS", "ios", "Android", "android", "Cloud", "cloud", "Site Reliability", "site reliability",
            "Security", "security", "Platform", "platform", "Infrastructure", "infrastructure", "Embedded",
            "embedded", "Systems", "systems", "Web", "web", "Product", "product", "Project", "project", "Program",
            "program", "Engineering", "engineering", "UX", "ux", "UI", "ui", "UX/UI", "ux/ui", "UI/UX", "ui/ux",
            "Graphic", "graphic", "Database", "database", "Network", "network", "Solutions", "solutions",
            "Research", "research", "Java", "java", "Python", "python", ".NET", ".net", "JavaScript", "javascript",
            "Game", "game", "Business", "business", "Technical", "technical", "Support", "support", "Analytics",
            "analytics", "BI", "bi", "Application", "application", "Applications", "applications", "Integration",
            "integration", "Release", "release", "Firmware", "firmware", "Hardware", "hardware", "Quality",
            "quality", "Computer Vision", "computer vision", "NLP", "nlp", "Design", "design", "Growth", "growth",
            "Marketing", "marketing", "Operations", "operations", "Reliability", "reliability", "Big Data",
            "big data", "Salesforce", "salesforce", "SAP", "sap", "Cybersecurity", "cybersecurity");
    private static final Map<String, String> ROLE = spellings("Engineer", "engineer", "Developer", "developer",
            "Programmer", "programmer", "Architect", "architect", "Scientist", "scientist", "Analyst", "analyst",
            "Designer", "designer", "Manager", "manager", "Consultant", "consultant", "Administrator",
            "administrator", "Tester", "tester", "Specialist", "specialist", "Researcher", "researcher", "Intern",
            "intern", "Director", "director", "Lead", "lead", "Owner", "owner", "Officer", "officer", "Strategist",
            "strategist");
    private static final Map<String, String> STANDALONE = spellings("CTO", "cto", "CEO", "ceo", "CIO", "cio",
            "VP of Engineering", "vp of engineering", "Vice President of Engineering",
            "vice president of engineering", "Head of Engineering", "head of engineering", "Head of Product",
            "head of product", "Head of Data", "head of data", "Tech Lead", "tech lead", "Technical Lead",
            "technical lead", "Team Lead", "team lead", "Team Leader", "team leader", "Scrum Master", "scrum master",
            "SRE", "sre", "Founder", "founder", "Co-founder", "co-founder", "Cofounder", "cofounder",
            "Software Development Engineer in Test", "software development engineer in test", "SDET", "sdet");

    private static final Pattern TITLE = Pattern.compile("(?<![\\p{Alnum}./-])(?:"
            + "(?<standalone>" + alternation(STANDALONE) + ")"
            + "|(?<seniority>(?:(?:" + alternation(SENIORITY) + ")\\s+){1,2})?(?<field>(?:(?:" + alternation(FIELD)
            + ")\\s+){1,2})?(?<role>" + alternation(ROLE) + ")(?<level>\\s+(?:I{1,3}|IV|[1-3]))?"
            + ")(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE);

    private JobTitles() {
    }

    static List<Found> find(String line) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = TITLE.matcher(line);
        while (matcher.find()) {
            if (matcher.group("standalone") != null) {
                found.add(new Found(canonical(STANDALONE, matcher.group("standalone")), matcher.start(),
                        matcher.end()));
                continue;
            }
            String seniority = matcher.group("seniority");
            String field = matcher.group("field");
            if (seniority == null && field == null) {
                continue;
            }
            List<String> words = new ArrayList<>();
            if (seniority != null) {
                words.addAll(canonicalWords(SENIORITY, seniority));
            }
            if (field != null) {
                words.addAll(canonicalWords(FIELD, field));
            }
            words.add(canonical(ROLE, matcher.group("role")));
            if (matcher.group("level") != null) {
                words.add(matcher.group("level").strip().toUpperCase(Locale.ROOT));
            }
            found.add(new Found(String.join(" ", words), matcher.start(), matcher.end()));
        }
        return found;
    }

    /** Whether {@code text} is, apart from punctuation, nothing but a job title. */
    static boolean isTitle(String text) {
        String trimmed = text.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.+#]]+$", "").strip();
        List<Found> found = find(trimmed);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == trimmed.length();
    }

    private static List<String> canonicalWords(Map<String, String> spellings, String run) {
        // A run of up to two words: try it whole ("Machine Learning"), else word by word.
        String whole = canonical(spellings, run);
        if (whole != null) {
            return List.of(whole);
        }
        List<String> words = new ArrayList<>();
        String rest = run.strip();
        while (!rest.isEmpty()) {
            String next = null;
            for (String spelling : spellings.keySet()) {
                if (rest.toLowerCase(Locale.ROOT).startsWith(spelling)
                        && (rest.length() == spelling.length() || Character.isWhitespace(rest.charAt(spelling.length())))
                        && (next == null || spelling.length() > next.length())) {
                    next = spelling;
                }
            }
            if (next == null) {
                break;
            }
            words.add(spellings.get(next));
            rest = rest.substring(next.length()).strip();
        }
        return words;
    }

    private static String canonical(Map<String, String> spellings, String text) {
        return spellings.get(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** Pairs of (canonical, variant, variant…) given as a flat list where each canonical starts with a capital. */
    private static Map<String, String> spellings(String... words) {
        Map<String, String> map = new LinkedHashMap<>();
        String canonical = null;
        for (String word : words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || canonical == null) {
                canonical = word;
            }
            map.put(word.toLowerCase(Locale.ROOT), canonical);
        }
        return map;
    }

    private static String alternation(Map<String, String> spellings) {
        return spellings.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(spelling -> Pattern.quote(spelling).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|"));
    }
}
