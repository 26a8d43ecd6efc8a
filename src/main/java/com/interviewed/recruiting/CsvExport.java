package com.interviewed.recruiting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes a job's candidates as RFC 4180 CSV. Cells are quoted when they hold a comma, quote or line break, and a
 * cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is prefixed
 * with an apostrophe: candidate names and notes are untrusted input.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("Name", "Email", "Status", "Overall", "Band", "Communication",
            "Technical depth", "Problem solving", "Confidence", "Relevance", "Completeness", "Incomplete",
            "Integrity signals", "Decision", "Notes", "Invited at", "Completed at");

    /** Excel reads a CSV file as the system code page unless it starts with this: "Zoë Müller" would garble. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        writeRow(out, HEADER);
    }

    static void write(Writer out, Candidate c) throws IOException {
        Scores s = c.scores();
        writeRow(out, List.of(c.name() == null ? "" : c.name(), c.email(), c.statusLabel(),
                score(s == null ? null : s.overall()), s == null ? "" : s.band().label(),
                score(s == null ? null : s.communication()), score(s == null ? null : s.technicalDepth()),
                score(s == null ? null : s.problemSolving()), score(s == null ? null : s.confidence()),
                score(s == null ? null : s.relevance()), c.completenessLabel(),
                c.completeness() == null ? "" : c.incomplete() ? "Yes" : "No",
                c.integritySummary() == null ? "" : c.integritySummary(),
                c.decision() == null ? "" : c.decisionLabel(),
                c.notes() == null ? "" : c.notes(), String.valueOf(c.createdAt()),
                c.completedAt() == null ? "" : c.completedAt().toString()));
    }

    /** "backend-engineer-candidates-2026-12-02.csv": a name that says what the file is. */
    static String fileName(String jobTitle, java.time.LocalDate day) {
        String slug = java.text.Normalizer.normalize(jobTitle, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return (slug.isEmpty() ? "job" : slug) + "-candidates-" + day + ".csv";
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String score(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
