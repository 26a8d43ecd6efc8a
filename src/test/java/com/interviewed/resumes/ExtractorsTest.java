package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles, employers, projects and education, each from the lines people actually write. */
class ExtractorsTest {

    @Test
    void titlesAreFoundAndSpelledCanonically() {
        assertThat(JobTitles.find("sr. back-end engineer")).extracting(JobTitles.Found::title)
                .containsExactly("Senior Backend Engineer");
        assertThat(JobTitles.find("Lead Data Scientist, Staff Machine Learning Engineer")).extracting(JobTitles.Found::title)
                .containsExactly("Lead Data Scientist", "Staff Machine Learning Engineer");
        assertThat(JobTitles.find("CTO and Engineering Manager; Software Engineer II")).extracting(JobTitles.Found::title)
                .containsExactly("CTO", "Engineering Manager", "Software Engineer II");
        assertThat(JobTitles.find("I worked with a developer and managers")).isEmpty();
        assertThat(JobTitles.isTitle("Full-Stack Developer,")).isTrue();
        assertThat(JobTitles.isTitle("Acme Corp")).isFalse();
    }

    @Test
    void employersComeFromTheUsualExperienceLines() {
        assertThat(employer("Senior Engineer at Acme Corp")).isEqualTo("Acme Corp");
        assertThat(employer("Senior Engineer @ Acme Corp, Berlin")).isEqualTo("Acme Corp");
        assertThat(employer("Acme Corp — Senior Engineer, 2019–2023")).isEqualTo("Acme Corp");
        assertThat(employer("Senior Engineer, Acme Corp, 2019 - 2023")).isEqualTo("Acme Corp");
        assertThat(employer("Backend Developer | Globex GmbH | 2017 - 2019")).isEqualTo("Globex GmbH");
        assertThat(employer("Initech, Austin TX    Jan 2015 – Present")).isEqualTo("Initech");
        assertThat(employer("Software Engineer (Remote), Hooli, 2020 – 2021")).isEqualTo("Hooli");
        assertThat(employer("Senior Engineer, 2019 – 2023")).isNull();
        assertThat(employer("Improved latency by 40% across services")).isNull();
    }

    @Test
    void experienceSectionsGiveTitlesAndEmployersButNotBulletMentions() {
        ExperienceExtractor.Experience experience = ExperienceExtractor.extract(ResumeText.of("""
                Experience
                Data Engineer at Umbrella Labs
                2018 – 2020
                • Partnered with the product manager and two QA engineers
                Education
                MSc Data Science, University College London, 2016 - 2017
                """));

        assertThat(experience.titles()).containsExactly("Data Engineer");
        assertThat(experience.employers()).containsExactly("Umbrella Labs");
    }

    @Test
    void projectsComeFromTheProjectsSectionAndBuildBullets() {
        assertThat(ProjectExtractor.extract(ResumeText.of("""
                Experience
                • Built a real-time fraud detection pipeline using Kafka
                • Led a team of six engineers
                • Designed Atlas, our internal feature store
                • Implemented caching
                • Architected the new payments platform for 3 markets
                Projects
                Interviewed — open-source voice interview simulator
                Chess engine (Rust): bitboards and alpha-beta search
                This is a long sentence about what I did in my spare time without a name.
                """))).containsExactly("Real-time fraud detection pipeline", "Atlas", "Payments platform",
                "Interviewed", "Chess engine");
    }

    @Test
    void educationJoinsDegreesAndInstitutionsAndDropsDates() {
        assertThat(EducationExtractor.extract(ResumeText.of("""
                Education
                B.Sc. in Computer Science | ETH Zurich | 2010 – 2013
                Master of Science in Software Engineering
                Carnegie Mellon University, 2014
                PhD, Machine Learning, Stanford University (2015 - 2019)
                Imperial College London
                """))).containsExactly("B.Sc. in Computer Science, ETH Zurich",
                "Master of Science in Software Engineering, Carnegie Mellon University",
                "PhD, Machine Learning, Stanford University", "Imperial College London");
        assertThat(EducationExtractor.extract(ResumeText.of("Summary\nBackend engineer with an MSc in Physics.\n"
                + "Worked as Scrum Master on the master branch.")))
                .containsExactly("Backend engineer with an MSc in Physics.");
    }

    @Test
    void sectionsAreRecognisedInTheirUsualSpellings() {
        ResumeText text = ResumeText.of("""
                WORK EXPERIENCE
                Acme
                Technical Skills:
                Java
                Skills: Go, Rust
                Education & Training
                BSc
                """);

        assertThat(text.lines()).extracting(ResumeText.Line::section).containsExactly(ResumeText.Section.EXPERIENCE,
                ResumeText.Section.SKILLS, ResumeText.Section.SKILLS, ResumeText.Section.EDUCATION);
        assertThat(text.lines().get(2).text()).isEqualTo("Go, Rust");
    }

    private static String employer(String line) {
        return ExperienceExtractor.employer(line, JobTitles.find(line));
    }
}
