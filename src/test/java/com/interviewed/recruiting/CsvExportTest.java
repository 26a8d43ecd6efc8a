package com.interviewed.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(CsvExport.cell("plain")).isEqualTo("plain");
        assertThat(CsvExport.cell("Hopper, Grace")).isEqualTo("\"Hopper, Grace\"");
        assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
        assertThat(CsvExport.cell("-2")).isEqualTo("'-2");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void writesOneRowPerCandidateWithScoresAndBand() throws Exception {
        StringWriter out = new StringWriter();
        CsvExport.writeHeader(out);
        CsvExport.write(out, new Candidate(UUID.randomUUID(), UUID.randomUUID(), "ada@example.com", "=Ada", "SCORED",
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"), null,
                Instant.parse("2026-11-21T10:00:00Z"), UUID.randomUUID(), 1,
                new Scores(8.25, 8, 9, 7.5, 6, 10), "ADVANCE", "Great, \"clear\"", new Completeness(6, 6, 4, true, false),
                2, "1 large paste (1,240 characters); away from the tab once (2 min)", 0));

        String[] lines = out.toString().split("\r\n");
        // A byte order mark first, so Excel reads "Zoë Müller" as UTF-8.
        assertThat(lines[0]).startsWith("\uFEFFName,Email,Status,Overall,Band,Communication");
        assertThat(lines[1]).isEqualTo("'=Ada,ada@example.com,Scored,8.3,Strong,8.0,9.0,7.5,6.0,10.0,"
                + "\"4 of 6 questions answered, no coding\",Yes,"
                + "\"1 large paste (1,240 characters); away from the tab once (2 min)\",Advance,"
                + "\"Great, \"\"clear\"\"\",2026-11-20T10:00:00Z,2026-11-21T10:00:00Z");
    }

    @Test
    void fileNameSaysWhichJobAndDay() {
        assertThat(CsvExport.fileName("Senior Backend Engineer (Zürich)", java.time.LocalDate.parse("2026-12-02")))
                .isEqualTo("senior-backend-engineer-zurich-candidates-2026-12-02.csv");
    }
}
