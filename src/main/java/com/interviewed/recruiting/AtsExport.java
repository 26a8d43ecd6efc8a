package com.interviewed.recruiting;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A job's candidates with their scorecards in a shape that maps onto Greenhouse and Lever without glue code (the
 * field-by-field mapping is in docs/recruiting.md): first and last name, email, an external id to match on, the
 * overall recommendation in Greenhouse's vocabulary, ratings per criterion, completeness, integrity signals and
 * the link to the full scorecard.
 */
final class AtsExport {

    static final List<String> CSV_HEADER = List.of("External ID", "First Name", "Last Name", "Email", "Status",
            "Overall Recommendation", "Overall Score", "Communication", "Technical Depth", "Problem Solving",
            "Confidence", "Relevance", "Completeness", "Incomplete", "Integrity Signals", "Notes", "Applied At",
            "Completed At", "Scorecard URL");

    private AtsExport() {
    }

    /**
     * Greenhouse's {@code overall_recommendation}: a person's decision when there is one (advance is "strong yes"
     * for a strong score), otherwise {@code no_decision} — a score alone never recommends anyone.
     */
    static String recommendation(Candidate c) {
        if (c.decision() == null) {
            return "no_decision";
        }
        return switch (c.decision()) {
            case "ADVANCE" -> c.scores() != null && c.scores().band() == ScoreBand.STRONG ? "strong_yes" : "yes";
            case "HOLD" -> "mixed";
            default -> "no";
        };
    }

    static String[] names(Candidate c) {
        String name = c.name() == null || c.name().isBlank() ? "" : c.name().strip();
        if (name.contains(",")) {
            // "Last, First" as people paste it.
            String[] parts = name.split(",", 2);
            return new String[] {parts[1].strip(), parts[0].strip()};
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    static Map<String, Object> json(Candidate c, String scorecardUrl) {
        String[] names = names(c);
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("externalId", c.inviteId());
        candidate.put("firstName", names[0]);
        candidate.put("lastName", names[1]);
        candidate.put("email", c.email());
        candidate.put("status", c.status());
        candidate.put("appliedAt", c.createdAt());
        candidate.put("completedAt", c.completedAt());
        Map<String, Object> scorecard = new LinkedHashMap<>();
        scorecard.put("overallRecommendation", recommendation(c));
        scorecard.put("decision", c.decision());
        scorecard.put("overallScore", c.scores() == null ? null : c.scores().overall());
        if (c.scores() != null) {
            scorecard.put("ratings", Map.of("communication", c.scores().communication(), "technicalDepth",
                    c.scores().technicalDepth(), "problemSolving", c.scores().problemSolving(), "confidence",
                    c.scores().confidence(), "relevance", c.scores().relevance()));
        }
        scorecard.put("completeness", c.completeness() == null ? null : Map.of("summary", c.completenessLabel(),
                "incomplete", c.incomplete(), "questionsPlanned", c.completeness().planned(), "questionsAnswered",
                c.completeness().answered(), "codingDone", c.completeness().codingDone()));
        scorecard.put("integritySignals", c.integritySummary());
        scorecard.put("notes", c.notes());
        scorecard.put("url", scorecardUrl);
        candidate.put("scorecard", scorecard);
        return candidate;
    }

    static void writeCsv(Writer out, Candidate c, String scorecardUrl) throws IOException {
        String[] names = names(c);
        Scores s = c.scores();
        List<String> cells = List.of(c.inviteId().toString(), names[0], names[1], c.email(), c.statusLabel(),
                recommendation(c), score(s == null ? null : s.overall()), score(s == null ? null : s.communication()),
                score(s == null ? null : s.technicalDepth()), score(s == null ? null : s.problemSolving()),
                score(s == null ? null : s.confidence()), score(s == null ? null : s.relevance()),
                c.completenessLabel(), c.completeness() == null ? "" : c.incomplete() ? "Yes" : "No",
                c.integritySummary() == null ? "" : c.integritySummary(), c.notes() == null ? "" : c.notes(),
                String.valueOf(c.createdAt()), c.completedAt() == null ? "" : c.completedAt().toString(),
                scorecardUrl);
        writeRow(out, cells);
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(CsvExport.BYTE_ORDER_MARK);
        writeRow(out, CSV_HEADER);
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(CsvExport.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String score(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
