package com.interviewed.scoring;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** The report as PDF (rendered from its own XHTML template), CSV (one row per question) and JSON. */
@Component
class ReportExports {

    /** A font with the punctuation reports use (– ’ …); PDF's built-in fonts lack them. */
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final TemplateEngine templates;
    private final JsonMapper json;

    ReportExports(TemplateEngine templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    byte[] pdf(EvaluationReport report) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("evaluation", report);
        String html = templates.process("scoring/report-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(html, null);
            if (FONT.canRead()) {
                builder.useFont(FONT, "DejaVu Sans");
            }
            builder.toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String csv(EvaluationReport report) {
        StringBuilder csv = new StringBuilder(
                "position,question,answer,overall,communication,technical_depth,problem_solving,confidence,relevance,feedback,evidence,missing\r\n");
        Dimensions d = report.dimensions();
        row(csv, List.of("all", "Overall", "", n(report.overall()), n(d.communication()), n(d.technicalDepth()),
                n(d.problemSolving()), n(d.confidence()), n(d.relevance()), "scored by " + report.scorer(), "", ""));
        int position = 1;
        for (ScoredQuestion q : report.questions()) {
            Dimensions qd = q.dimensions();
            row(csv, List.of(String.valueOf(position++), q.question(), q.answer(), n(q.overall()),
                    n(qd.communication()), n(qd.technicalDepth()), n(qd.problemSolving()), n(qd.confidence()),
                    n(qd.relevance()), q.feedback(), String.join(" | ", q.evidence()), String.join(" | ", q.missing())));
        }
        return csv.toString();
    }

    String json(EvaluationReport report) {
        return json.writeValueAsString(report);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting, and a leading quote on formula-like cells so spreadsheets do not execute them. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches(".*[\",\\r\\n].*") || v.contains(",") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
