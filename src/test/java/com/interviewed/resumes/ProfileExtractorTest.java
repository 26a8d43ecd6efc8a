package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProfileExtractorTest {

    static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-15T10:00:00Z"), ZoneOffset.UTC);
    static final SkillTaxonomy TAXONOMY = SkillTaxonomy.fromClasspath();

    private final ProfileExtractor extractor = new ProfileExtractor(TAXONOMY, NOVEMBER_2026);

    static String sample() {
        try (InputStream in = ProfileExtractorTest.class.getResourceAsStream("/resumes/jane-doe.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void extractsEveryFieldOfARealisticResume() {
        ResumeProfile profile = extractor.extract(sample());

        assertThat(profile.skills()).contains("Java", "Kotlin", "Go", "Python", "JavaScript", "TypeScript", "C++",
                "C#", "Spring Boot", "Node.js", "React", ".NET", "PostgreSQL", "Redis", "Apache Kafka", "Kubernetes",
                "Docker", "Terraform", "Amazon Web Services", "GitHub Actions", "Spring", "Rust");
        assertThat(profile.titles()).containsExactly("Senior Backend Engineer", "Senior Software Engineer",
                "Backend Developer", "Junior Developer");
        assertThat(profile.employers()).containsExactly("Acme Corp", "Globex GmbH", "Initech");
        assertThat(profile.projects()).containsExactly("Real-time fraud detection pipeline", "Atlas",
                "Payment reconciliation service", "Interviewed", "Kvstore");
        // Jun 2014 – Nov 2026 without overlaps is 12 years 6 months.
        assertThat(profile.yearsOfExperience()).isEqualTo(12);
        assertThat(profile.education()).containsExactly("MSc Computer Science, Technical University of Munich",
                "Bachelor of Science in Mathematics, University of Leeds");
    }

    @Test
    void contactLinksAreNotSkills() {
        assertThat(extractor.extract("jane@example.com · github.com/jane · https://gitlab.com/jane/docker-tools")
                .skills()).isEmpty();
        assertThat(extractor.extract("Released on GitHub; deployed with Docker").skills())
                .containsExactly("GitHub", "Docker");
    }

    @Test
    void isDeterministic() {
        assertThat(extractor.extract(sample())).isEqualTo(extractor.extract(sample()));
    }

    @Test
    void ambiguousSkillNamesNeedTechnicalContext() {
        assertThat(extractor.extract("I like to Go hiking and react quickly to change.\nSpring is my favourite season.")
                .skills()).isEmpty();
        assertThat(extractor.extract("Tooling: Go and Spring with Docker").skills())
                .containsExactly("Go", "Spring", "Docker");
        assertThat(extractor.extract("Skills\nGo, R, Swift").skills()).containsExactly("Go", "R", "Swift");
    }

    @Test
    void statedYearsWinWhenLargerThanTheDatedJobs() {
        assertThat(extractor.extract("Engineer with 15 years of professional experience.\n"
                + "Experience\nAcme — Software Engineer, 2020 – 2022").yearsOfExperience()).isEqualTo(15);
        assertThat(extractor.extract("Nothing dated here.").yearsOfExperience()).isNull();
    }

    @Test
    void educationDatesDoNotCountAsExperience() {
        ResumeProfile profile = extractor.extract("""
                Experience
                Software Engineer at Hooli, 2021 – 2023
                Education
                BSc Computer Science, University of Bristol, 2015 – 2019
                """);

        assertThat(profile.yearsOfExperience()).isEqualTo(2);
        assertThat(profile.employers()).containsExactly("Hooli");
        assertThat(profile.education()).containsExactly("BSc Computer Science, University of Bristol");
    }
}
