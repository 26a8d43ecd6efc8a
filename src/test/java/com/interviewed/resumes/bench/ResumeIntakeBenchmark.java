package com.interviewed.resumes.bench;

import com.interviewed.resumes.ResumeIntakeProbe;

/**
 * How long resume intake takes: reading a generated PDF, DOCX and text file with Tika, and extracting a profile
 * from the text. Not a test; run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.interviewed.resumes.bench.ResumeIntakeBenchmark}
 * or from the IDE. Prints the median of many runs after a warm-up.
 */
public final class ResumeIntakeBenchmark {

    private ResumeIntakeBenchmark() {
    }

    public static void main(String[] args) {
        ResumeIntakeProbe.run(System.out);
    }
}
