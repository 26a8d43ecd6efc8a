package com.interviewed.resumes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.util.unit.DataSize;

/** The measurements behind {@code bench/ResumeIntakeBenchmark}, here because the classes measured are package-private. */
public final class ResumeIntakeProbe {

    private ResumeIntakeProbe() {
    }

    public static void run(PrintStream out) {
        ResumeFileReader reader = new ResumeFileReader(new ResumesProperties(DataSize.ofMegabytes(5), false, 1000,
                DataSize.ofMegabytes(50), 200_000));
        long start = System.nanoTime();
        SkillTaxonomy taxonomy = SkillTaxonomy.fromClasspath();
        out.printf("taxonomy: %d skills loaded and compiled in %.1f ms%n", taxonomy.skills().size(),
                (System.nanoTime() - start) / 1e6);
        ProfileExtractor extractor = new ProfileExtractor(taxonomy, Clock.systemUTC());
        String text = ProfileExtractorTest.sample();
        byte[] pdf = ResumeFiles.pdf(ResumeFiles.sampleLines());
        byte[] docx = ResumeFiles.docx(ResumeFiles.sampleLines());
        byte[] txt = text.getBytes(StandardCharsets.UTF_8);
        byte[] bomb = ResumeFiles.zipBombDocx(60);
        measure(out, "extract profile (" + text.length() + " chars)", 200, () -> extractor.extract(text));
        measure(out, "read PDF (" + pdf.length / 1024 + " kB)", 50, () -> reader.read(pdf));
        measure(out, "read DOCX (" + docx.length / 1024 + " kB)", 50, () -> reader.read(docx));
        measure(out, "read text (" + txt.length / 1024 + " kB)", 50, () -> reader.read(txt));
        measure(out, "refuse 60 MB zip bomb (" + bomb.length / 1024 + " kB)", 20, () -> {
            try {
                return reader.read(bomb);
            } catch (ResumeRejectedException expected) {
                return expected;
            }
        });
    }

    private static void measure(PrintStream out, String what, int runs, Supplier<Object> work) {
        for (int i = 0; i < runs / 2; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        out.printf("%-40s median %7.2f ms   p90 %7.2f ms%n", what, millis[runs / 2], millis[runs * 9 / 10]);
    }
}
